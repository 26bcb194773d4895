/*
 * Backups: save every case in one file, or restore
 * cases from a backup. A file is checked whole before anything is written; a bad one is
 * refused with its reasons and nothing stored changes (the format checker's
 * details stay in English, marked so). A case whose id is on
 * this device already is kept beside it, or replaces it, as the person chooses.
 */
import { useId, useRef, useState } from 'react';
import { restoreCases, storedIds, type RestoreChoice } from '../../app/restore';
import { now, today } from '../../app/clock';
import { useAppStore } from '../../app/store';
import { backupOf, MAX_BACKUP_BYTES, readBackupText } from '../../domain/backup';
import type { CaseFile } from '../../domain/caseFile';
import type { Episode } from '../../domain/episodes/episode';
import { backups } from '../../i18n/en/backups';
import { home } from '../../i18n/en/home';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import { toCaseFile } from '../../storage/caseRecord';
import { downloadJson } from '../download';
import { MayBeCleared } from './MayBeCleared';

/** Reasons shown for a refused file; the rest are counted. */
const SHOWN_REASONS = 8;

type Picked = { name: string; files: CaseFile[]; episodes: Episode[]; choices: Record<string, RestoreChoice>; taken: Set<string> };
/** `inEnglish`: the reasons are the format checker's details. */
type Refused = { name: string; reasons: string[]; inEnglish?: boolean };

export function BackupAndRestore() {
  const id = useId();
  const cases = useAppStore((state) => state.cases);
  const episodes = useAppStore((state) => state.episodes);
  const words = useWords('home', home);
  const w = useWords('backups', backups);
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked>();
  const [refused, setRefused] = useState<Refused>();
  const [done, setDone] = useState('');
  useOnLanguageChange(() => { setDone(''); setRefused(undefined); });
  const count = Object.keys(cases).length;

  const saveAll = () => {
    const files = Object.values(cases).map(({ record, snapshot }) => toCaseFile(snapshot, record.journal));
    downloadJson(`billpath-backup-${today()}.json`, backupOf(files, now().toISOString(), Object.values(episodes).map((stored) => stored.episode)));
  };

  const heading = useRef<HTMLHeadingElement>(null);
  // The file box is emptied after each try, so the same file can be picked again.
  const clearFile = () => {
    if (input.current) input.current.value = '';
  };
  const refuse = (name: string, reasons: string[], inEnglish?: boolean) => {
    setRefused({ name, reasons, inEnglish });
    clearFile();
  };

  const pick = async (file: File | undefined) => {
    setPicked(undefined);
    setRefused(undefined);
    setDone('');
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return refuse(file.name, [w.file.tooBig]);
    const text = await file.text().catch(() => undefined);
    if (text === undefined) return refuse(file.name, [w.unreadableFile]);
    const read = readBackupText(text, w.file);
    if (!read.ok) return refuse(file.name, read.errors, 'inEnglish' in read);
    const taken = storedIds();
    setPicked({ name: file.name, files: read.value, episodes: read.episodes ?? [], taken, choices: Object.fromEntries(read.value.filter((f) => taken.has(f.case.id)).map((f) => [f.case.id, 'keep-both'])) });
  };

  const restore = async () => {
    if (!picked) return;
    try {
      const restored = await restoreCases(picked.files, picked.choices, { untitled: words.untitled, restoredCopy: w.file.restoredCopy }, picked.episodes);
      setDone(w.restored(restored, picked.name));
      setPicked(undefined);
      clearFile();
    } catch {
      setPicked(undefined);
      refuse(picked.name, [w.couldNotStore]);
    }
    // The restore buttons are gone: focus goes back to the top of this section, where the outcome is said.
    heading.current?.focus();
  };

  const cancel = () => {
    setPicked(undefined);
    clearFile();
    heading.current?.focus();
  };

  const choose = (caseId: string, choice: RestoreChoice) =>
    setPicked((current) => current && { ...current, choices: { ...current.choices, [caseId]: choice } });

  return (
    <section className="card backups" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>{w.title}</h2>
      <p>{w.intro}</p>
      <MayBeCleared />
      <div className="button-row">
        <button type="button" onClick={saveAll} disabled={count === 0}>{w.saveAll(count)}</button>
      </div>
      <label htmlFor={`${id}-file`}>{w.restoreFrom}</label>{' '}
      <input id={`${id}-file`} ref={input} type="file" accept=".json,application/json" onChange={(event) => void pick(event.target.files?.[0])} />
      {refused && (
        <div role="alert" className="error-banner">
          <p>{w.refused(refused.name)}</p>
          {refused.inEnglish && <p>{w.wrongShape} {w.details}</p>}
          <ul lang={refused.inEnglish ? 'en' : undefined}>{refused.reasons.slice(0, SHOWN_REASONS).map((reason) => <li key={reason}>{reason}</li>)}</ul>
          {refused.reasons.length > SHOWN_REASONS && <p>{w.moreProblems(refused.reasons.length - SHOWN_REASONS)}</p>}
        </div>
      )}
      {picked && (
        <div className="restore-plan">
          <p>{w.holds(picked.name, picked.files.length)}</p>
          {picked.episodes.length > 0 && <p>{w.holdsVisits(picked.episodes.length)}</p>}
          <ul>
            {picked.files.map((file) => (
              <li key={file.case.id}>
                <strong>{file.case.title || words.untitled}</strong>
                {picked.taken.has(file.case.id) && (
                  <fieldset>
                    <legend>{w.alreadyHere(file.case.title || words.untitled)}</legend>
                    {(['keep-both', 'replace'] as const).map((choice) => (
                      <label key={choice}>
                        <input type="radio" name={`${id}-${file.case.id}`} checked={picked.choices[file.case.id] === choice} onChange={() => choose(file.case.id, choice)} />
                        {' '}{choice === 'keep-both' ? w.keepBoth : w.replace}
                      </label>
                    ))}
                  </fieldset>
                )}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void restore()}>
              {w.restore(picked.files.length)}
            </button>
            <button type="button" onClick={cancel}>{w.cancel}</button>
          </div>
        </div>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
