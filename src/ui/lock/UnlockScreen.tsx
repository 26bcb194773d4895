/*
 * Billpath is locked (the optional passphrase lock): nothing can be read
 * until the passphrase is given. A wrong one is said plainly and changes
 * nothing. A forgotten one cannot be recovered, so the way out is to erase the
 * locked cases (after a clear question) and restore a backup.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { eraseEverything, unlock, wasClosedByAnotherTab } from '../../app/lock';
import { lock } from '../../i18n/en/lock';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import { announce, focusWhenShown } from '../announcer';
import { PassphraseField, ShowPassphrase } from './PassphraseField';

/** After the screen changes whole, focus goes to the top of the page's content. */
const focusMain = () => requestAnimationFrame(() => document.getElementById('main')?.focus());

export default function UnlockScreen() {
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  useOnLanguageChange(() => setError(undefined));
  const [erasing, setErasing] = useState(false);
  const [eraseFailed, setEraseFailed] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const words = useWords('lock', lock);
  const w = words.unlock;
  // The one thing to do on this screen: the box is ready to type in (the page changed whole, so focus moves).
  useEffect(() => field.current?.focus(), []);

  const refuse = (message: string) => {
    setError(message);
    announce(message); // said even when focus is already in the box
    field.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return refuse(w.enterPassphrase);
    setBusy(true);
    setError(undefined);
    try {
      const refused = await unlock(passphrase);
      if (refused) refuse(w.refusal[refused]);
      else {
        announce(w.unlocked);
        focusMain();
      }
    } catch {
      refuse(w.storageFailed);
    }
    setBusy(false);
  };

  const erase = async () => {
    try {
      await eraseEverything();
      announce(w.erased);
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
      <h1 id="unlock-title">{w.title}</h1>
      <p>
        {wasClosedByAnotherTab() && `${w.changedInAnotherTab} `}
        {w.intro}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField label={w.passphrase} value={passphrase} onChange={setPassphrase} autoComplete="current-password" shown={shown} error={error} inputRef={field} />
        <ShowPassphrase shown={shown} onChange={setShown} label={words.form.show} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>{busy ? w.unlocking : w.unlock}</button>
        </div>
      </form>
      <details>
        <summary>{w.forgot}</summary>
        <p>{w.cannotRecover}</p>
        {erasing ? (
          <div className="error-banner" role="group" aria-label={w.eraseQuestionName}>
            <p tabIndex={-1} ref={focusWhenShown}>{w.eraseQuestion}</p>
            <div className="button-row">
              <button type="button" onClick={() => void erase()}>{w.eraseEverything}</button>
              <button type="button" onClick={keep}>{w.keep}</button>
            </div>
            {eraseFailed && <p role="alert">{w.eraseFailed}</p>}
          </div>
        ) : (
          <button type="button" ref={eraseButton} onClick={() => setErasing(true)}>{w.erase}</button>
        )}
      </details>
    </section>
  );
}
