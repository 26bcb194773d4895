/*
 * A new version is ready: said once, with the person choosing when to reload
 * (loaded only when there is one).
 */
export default function UpdateNotice({ reload }: { reload: () => void }) {
  return (
    <p className="note" role="status">
      A new version of Billpath is ready. Everything you recorded is saved; finish what you are typing, then{' '}
      <button type="button" onClick={reload}>Reload now</button>
    </p>
  );
}
