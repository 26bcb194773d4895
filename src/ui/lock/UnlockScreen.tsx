/*
 * Billpath is locked (the optional passphrase lock): nothing can be read
 * until the passphrase is given. A wrong one is said plainly and changes
 * nothing. A forgotten one cannot be recovered, so the way out is to erase the
 * locked cases (after a clear question) and restore a backup.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { eraseEverything, unlock, wasClosedByAnotherTab, type LockRefusal } from '../../app/lock';
import { announce, focusWhenShown } from '../announcer';
import { PassphraseField, ShowPassphrase } from './PassphraseField';

const refusalWords: Record<LockRefusal, string> = {
  'wrong-passphrase': 'That passphrase does not open Billpath. Check for capital letters and try again. Nothing was changed.',
  'damaged-lock': 'The lock’s record on this device is damaged, so no passphrase can open it. If you have a backup file, erase the locked cases below, then restore the backup.',
};

/** After the screen changes whole, focus goes to the top of the page's content. */
const focusMain = () => requestAnimationFrame(() => document.getElementById('main')?.focus());

export default function UnlockScreen() {
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [erasing, setErasing] = useState(false);
  const [eraseFailed, setEraseFailed] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  // The one thing to do on this screen: the box is ready to type in (the page changed whole, so focus moves).
  useEffect(() => field.current?.focus(), []);

  const refuse = (message: string) => {
    setError(message);
    announce(message); // said even when focus is already in the box
    field.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return refuse('Enter your passphrase.');
    setBusy(true);
    setError(undefined);
    try {
      const refused = await unlock(passphrase);
      if (refused) refuse(refusalWords[refused]);
      else {
        announce('Unlocked. Your cases are open.');
        focusMain();
      }
    } catch {
      refuse('Billpath could not read this device’s storage. Reload the page and try again.');
    }
    setBusy(false);
  };

  const erase = async () => {
    try {
      await eraseEverything();
      announce('Every case on this device was erased.');
      focusMain();
    } catch {
      setEraseFailed(true);
    }
  };

  const keep = () => {
    setErasing(false);
    requestAnimationFrame(() => eraseButton.current?.focus());
  };

  return (
    <section className="card unlock" aria-labelledby="unlock-title">
      <h1 id="unlock-title">Billpath is locked</h1>
      <p>
        {wasClosedByAnotherTab() ? 'The lock was turned on or its passphrase changed in another tab. ' : ''}
        Your cases on this device are locked with a passphrase. Enter it to open them.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField label="Passphrase" value={passphrase} onChange={setPassphrase} autoComplete="current-password" shown={shown} error={error} inputRef={field} />
        <ShowPassphrase shown={shown} onChange={setShown} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Unlocking…' : 'Unlock'}</button>
        </div>
      </form>
      <details>
        <summary>Forgot your passphrase?</summary>
        <p>
          Nobody can recover it, not even Billpath: the passphrase is never stored, and without it the locked cases can’t
          be read. If you have a backup file, you can erase the locked cases here, then restore the backup.
        </p>
        {erasing ? (
          <div className="error-banner" role="group" aria-label="Erase every case?">
            <p tabIndex={-1} ref={focusWhenShown}>
              Erase every case on this device for good? This can’t be undone. If Billpath is open and unlocked in another
              tab, use that tab instead: save a backup or take the lock off there.
            </p>
            <div className="button-row">
              <button type="button" onClick={() => void erase()}>Erase everything</button>
              <button type="button" onClick={keep}>Keep them</button>
            </div>
            {eraseFailed && <p role="alert">The cases could not be erased. Reload the page and try again.</p>}
          </div>
        ) : (
          <button type="button" ref={eraseButton} onClick={() => setErasing(true)}>Erase the locked cases…</button>
        )}
      </details>
    </section>
  );
}
