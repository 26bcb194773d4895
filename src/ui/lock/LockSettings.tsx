/*
 * The home screen's lock card: lock Billpath with a passphrase, and once it
 * is on, lock it now, change the passphrase, or take the lock off (both ask
 * for the current passphrase again). The words say plainly that a forgotten
 * passphrase cannot be recovered and that backup files are not locked.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { AnotherTabKeptSaving, changePassphrase, lockNow, turnOffLock, turnOnLock } from '../../app/lock';
import { useAppStore } from '../../app/store';
import { lock } from '../../i18n/en/lock';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import type { Words } from '../../i18n/words';
import { announce } from '../announcer';
import { PassphraseField, ShowPassphrase } from './PassphraseField';

/**
 * Shorter passphrases are refused: NIST SP 800-63B-4 (2025), 3.1.1.2, asks at least 15 characters of a
 * password that is the only thing guarding an account, and sets no rules on which characters.
 */
export const MIN_PASSPHRASE = 15;

type Task = 'turn-on' | 'change' | 'turn-off';
type FormWords = Words['lock']['form'];

/** Characters as a person counts them (an accented letter or an emoji is one). */
const characters = (text: string) => [...text.normalize('NFKC')].length;

/** The new passphrase's problem, if any. */
function newPassphraseError(next: string, again: string, w: FormWords): { next?: string; again?: string } {
  if (characters(next) < MIN_PASSPHRASE) return { next: w.tooShort(MIN_PASSPHRASE) };
  if (again !== next) return { again: w.notTheSame };
  return {};
}

function LockForm({ task, onDone, onCancel }: { task: Task; onDone: (task: Task) => void; onCancel: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ current?: string; next?: string; again?: string; form?: string }>({});
  useOnLanguageChange(() => setErrors({}));
  const w = useWords('lock', lock).form;
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
    const found = { ...(asksCurrent && !current ? { current: w.enterCurrent } : {}), ...(asksNew ? newPassphraseError(next, again, w) : {}) };
    if (Object.keys(found).length > 0) return show(found);
    setErrors({});
    setBusy(true);
    try {
      const refused = task === 'turn-on' ? await turnOnLock(next) : task === 'change' ? await changePassphrase(current, next) : await turnOffLock(current);
      if (!refused) return onDone(task);
      show({ current: w.refusal[refused] });
    } catch (error) {
      setErrors({ form: error instanceof AnotherTabKeptSaving ? w.anotherTabKeptSaving : w.failed });
    }
    setBusy(false);
  };

  return (
    <form ref={form} onSubmit={(event) => void submit(event)} noValidate className="fields-form">
      {asksCurrent && <PassphraseField label={w.current} value={current} onChange={setCurrent} autoComplete="current-password" shown={shown} error={errors.current} />}
      {asksNew && (
        <>
          <PassphraseField label={w.next} value={next} onChange={setNext} autoComplete="new-password" shown={shown} error={errors.next} hint={w.nextHint(MIN_PASSPHRASE)} />
          <PassphraseField label={w.again} value={again} onChange={setAgain} autoComplete="new-password" shown={shown} error={errors.again} />
        </>
      )}
      <ShowPassphrase shown={shown} onChange={setShown} label={w.show} />
      {errors.form && <p role="alert" className="error-banner">{errors.form}</p>}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>{busy ? w.working : w.submit[task]}</button>
        <button type="button" onClick={onCancel} disabled={busy}>{w.cancel}</button>
      </div>
    </form>
  );
}

export default function LockSettings() {
  const id = useId();
  const locked = useAppStore((state) => state.lock === 'open');
  const [task, setTask] = useState<Task>();
  const [done, setDone] = useState('');
  useOnLanguageChange(() => setDone(''));
  const [lockFailed, setLockFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const words = useWords('lock', lock);
  const w = words.card;

  const closeNow = () => lockNow().catch(() => setLockFailed(true));

  const start = (next: Task) => {
    setTask(next);
    setDone('');
  };
  const finish = (finished?: Task) => {
    setTask(undefined);
    setDone(finished ? words.done[finished] : '');
    // The form is gone: focus goes back to the top of this card, where the outcome is said.
    heading.current?.focus();
  };

  return (
    <section className="card lock-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>{w.title}</h2>
      {locked ? (
        <p>{w.aboutOn}</p>
      ) : (
        <p>
          {w.aboutOff} <strong>{w.cannotRecover}</strong>{w.saveBackupFirst}
        </p>
      )}
      {task ? (
        <LockForm task={task} onDone={finish} onCancel={() => finish()} />
      ) : (
        <div className="button-row">
          {locked ? (
            <>
              <button type="button" onClick={() => void closeNow()}>{w.lockNow}</button>
              <button type="button" onClick={() => start('change')}>{w.change}</button>
              <button type="button" onClick={() => start('turn-off')}>{w.turnOff}</button>
            </>
          ) : (
            <button type="button" onClick={() => start('turn-on')}>{w.turnOn}</button>
          )}
        </div>
      )}
      {lockFailed && <p role="alert" className="error-banner">{w.couldNotLock}</p>}
      <p role="status">{done}</p>
    </section>
  );
}
