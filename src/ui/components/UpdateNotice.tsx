/*
 * A new version is ready: said once, with the person choosing when to reload
 * (loaded only when there is one).
 */
import { app } from '../../i18n/en/app';
import { useWords } from '../../i18n/language';

export default function UpdateNotice({ reload }: { reload: () => void }) {
  const w = useWords('app', app).update;
  return (
    <p className="note" role="status">
      {w.ready}{' '}
      <button type="button" onClick={reload}>{w.reloadNow}</button>
    </p>
  );
}
