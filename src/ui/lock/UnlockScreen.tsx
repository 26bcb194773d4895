/*
 * Billpath is locked (the optional passphrase lock): nothing can be read
 * until the passphrase is given. A wrong one is said plainly and changes
 * nothing. A forgotten one cannot be recovered, so the way out is to erase the
 * locked cases (after a clear question) and restore a backup.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { eraseEverything, unlock, type LockRefusal } from '../../app/lock';
import { PassphraseField, ShowPassphrase } from './PassphraseField';

const refusalWords: Record<LockRefusal, string> = {
  'wrong-passphrase': 'That passphrase does not open Billpath. Check for capital letters and try again. Nothing was changed.',
  'damaged-lock': 'The lock’s record on this device is damaged, so no passphrase can open it. Your locked cases can’t be read.',
};

export default function UnlockScreen() {
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [erasing, setErasing] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // The one thing to do on this screen: the box is ready to type in (the page changed whole, so focus moves).
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) {
      setError('Enter your passphrase.');
      return field.current?.focus();
    }
    setBusy(true);
    setError(undefined);
    try {
      const refused = await unlock(passphrase);
      if (!refused) return;
      setError(refusalWords[refused]);
    } catch {
      setError('Billpath could not read this device’s storage. Reload the page and try again.');
    }
    setBusy(false);
    field.current?.focus();
  };

  return (
    <section className="card unlock" aria-labelledby="unlock-title">
      <h1 id="unlock-title">Billpath is locked</h1>
      <p>Your cases on this device are locked with a passphrase. Enter it to open them.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField label="Passphrase" value={passphrase} onChange={setPassphrase} autoComplete="current-password" shown={shown} error={error} inputRef={field} />
        <ShowPassphrase shown={shown} onChange={setShown} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Unlocking…' : 'Unlock'}</button>
        </div>
        <p role="status" className="visually-hidden">{busy ? 'Unlocking, this takes a moment.' : ''}</p>
      </form>
      <details>
        <summary>Forgot your passphrase?</summary>
        <p>
          Nobody can recover it, not even Billpath: the passphrase is never stored, and without it the locked cases can’t
          be read. If you have a backup file, you can erase the locked cases here, then restore the backup.
        </p>
        {erasing ? (
          <div role="alert" className="error-banner">
            <p>Erase every case on this device for good? This can’t be undone.</p>
            <div className="button-row">
              <button type="button" onClick={() => void eraseEverything()}>Erase everything</button>
              <button type="button" onClick={() => setErasing(false)}>Keep them</button>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => setErasing(true)}>Erase the locked cases…</button>
        )}
      </details>
    </section>
  );
}
