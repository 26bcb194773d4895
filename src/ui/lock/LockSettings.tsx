/*
 * The home screen's lock card: lock Billpath with a passphrase, and once it
 * is on, lock it now, change the passphrase, or take the lock off (both ask
 * for the current passphrase again). The words say plainly that a forgotten
 * passphrase cannot be recovered and that backup files are not locked.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { changePassphrase, lockNow, turnOffLock, turnOnLock, type LockRefusal } from '../../app/lock';
import { useAppStore } from '../../app/store';
import { announce } from '../announcer';
import { PassphraseField, ShowPassphrase } from './PassphraseField';

/**
 * Shorter passphrases are refused: NIST SP 800-63B-4 (2025), 3.1.1.2, asks at least 15 characters of a
 * password that is the only thing guarding an account, and sets no rules on which characters.
 */
export const MIN_PASSPHRASE = 15;

type Task = 'turn-on' | 'change' | 'turn-off';

const doneWords: Record<Task, string> = {
  'turn-on': 'Billpath is locked with your passphrase. It will ask for it each time it opens.',
  change: 'The passphrase is changed. Use the new one from now on.',
  'turn-off': 'The lock is off. Your cases are stored as before, without a passphrase.',
};

const refusalWords: Record<LockRefusal, string> = {
  'wrong-passphrase': 'That is not the current passphrase. Nothing was changed.',
  'damaged-lock': 'The lock’s record on this device is damaged. Nothing was changed.',
};

/** Characters as a person counts them (an accented letter or an emoji is one). */
const characters = (text: string) => [...text.normalize('NFKC')].length;

/** The new passphrase's problem, if any. */
function newPassphraseError(next: string, again: string): { next?: string; again?: string } {
  if (characters(next) < MIN_PASSPHRASE) return { next: `Use at least ${MIN_PASSPHRASE} characters. A few words that don’t go together, like “kettle river blue lamp”, are easy to remember and hard to guess.` };
  if (again !== next) return { again: 'The two passphrases are not the same. Type it again.' };
  return {};
}

function LockForm({ task, onDone, onCancel }: { task: Task; onDone: (task: Task) => void; onCancel: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ current?: string; next?: string; again?: string; form?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  const asksCurrent = task !== 'turn-on';
  const asksNew = task !== 'turn-off';

  // The form replaced the buttons: focus goes to its first box.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  /** Each problem is said (focus may already be in its box) and focus goes to the first. */
  const show = (found: typeof errors) => {
    setErrors(found);
    announce(Object.values(found).join(' '));
    setTimeout(() => form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = { ...(asksCurrent && !current ? { current: 'Enter the passphrase you use now.' } : {}), ...(asksNew ? newPassphraseError(next, again) : {}) };
    if (Object.keys(found).length > 0) return show(found);
    setErrors({});
    setBusy(true);
    try {
      const refused = task === 'turn-on' ? await turnOnLock(next) : task === 'change' ? await changePassphrase(current, next) : await turnOffLock(current);
      if (!refused) return onDone(task);
      show({ current: refusalWords[refused] });
    } catch (error) {
      setErrors({ form: `${error instanceof Error ? error.message : 'The lock could not be changed.'} Nothing was changed.` });
    }
    setBusy(false);
  };

  const action = { 'turn-on': 'Lock with this passphrase', change: 'Change the passphrase', 'turn-off': 'Take the lock off' }[task];
  return (
    <form ref={form} onSubmit={(event) => void submit(event)} noValidate className="fields-form">
      {asksCurrent && <PassphraseField label="Current passphrase" value={current} onChange={setCurrent} autoComplete="current-password" shown={shown} error={errors.current} />}
      {asksNew && (
        <>
          <PassphraseField label="New passphrase" value={next} onChange={setNext} autoComplete="new-password" shown={shown} error={errors.next} hint={`At least ${MIN_PASSPHRASE} characters. Nobody can recover it if you forget it.`} />
          <PassphraseField label="The new passphrase again" value={again} onChange={setAgain} autoComplete="new-password" shown={shown} error={errors.again} />
        </>
      )}
      <ShowPassphrase shown={shown} onChange={setShown} />
      {errors.form && <p role="alert" className="error-banner">{errors.form}</p>}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Working… this takes a moment' : action}</button>
        <button type="button" onClick={onCancel} disabled={busy}>Cancel</button>
      </div>
    </form>
  );
}

export default function LockSettings() {
  const id = useId();
  const locked = useAppStore((state) => state.lock === 'open');
  const [task, setTask] = useState<Task>();
  const [done, setDone] = useState('');
  const [lockFailed, setLockFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const closeNow = () => lockNow().catch(() => setLockFailed(true));

  const start = (next: Task) => {
    setTask(next);
    setDone('');
  };
  const finish = (finished?: Task) => {
    setTask(undefined);
    setDone(finished ? doneWords[finished] : '');
    // The form is gone: focus goes back to the top of this card, where the outcome is said.
    heading.current?.focus();
  };

  return (
    <section className="card lock-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>Lock with a passphrase</h2>
      {locked ? (
        <p>Your cases are stored locked (encrypted) with your passphrase. Billpath asks for it each time it opens. “Lock now” locks every open Billpath tab. Backup files are not locked: keep them somewhere safe.</p>
      ) : (
        <p>
          Anyone who uses this browser can open Billpath. A passphrase locks your cases: they are stored encrypted, and
          Billpath asks for it each time it opens. <strong>If you forget the passphrase, nobody can recover your cases</strong>,
          so save a backup first and keep the passphrase somewhere safe.
        </p>
      )}
      {task ? (
        <LockForm task={task} onDone={finish} onCancel={() => finish()} />
      ) : (
        <div className="button-row">
          {locked ? (
            <>
              <button type="button" onClick={() => void closeNow()}>Lock now</button>
              <button type="button" onClick={() => start('change')}>Change the passphrase</button>
              <button type="button" onClick={() => start('turn-off')}>Take the lock off</button>
            </>
          ) : (
            <button type="button" onClick={() => start('turn-on')}>Lock with a passphrase</button>
          )}
        </div>
      )}
      {lockFailed && <p role="alert" className="error-banner">Billpath could not lock: a step is still being saved. Try again in a moment.</p>}
      <p role="status">{done}</p>
    </section>
  );
}
