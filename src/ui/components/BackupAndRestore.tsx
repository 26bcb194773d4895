/*
 * Backups: save every case in one file, or restore
 * cases from a backup. A file is checked whole before anything is written; a bad one is
 * refused with its reasons and nothing stored changes. A case whose id is on
 * this device already is kept beside it, or replaces it, as the person chooses.
 */
import { useId, useRef, useState } from 'react';
import { restoreCases, storedIds, type RestoreChoice } from '../../app/restore';
import { now, today } from '../../app/clock';
import { useAppStore } from '../../app/store';
import { backupOf, MAX_BACKUP_BYTES, readBackupText } from '../../domain/backup';
import type { CaseFile } from '../../domain/caseFile';
import { toCaseFile } from '../../storage/caseRecord';
import { downloadJson } from '../download';
import { MayBeCleared } from './MayBeCleared';

/** Reasons shown for a refused file; the rest are counted. */
const SHOWN_REASONS = 8;

type Picked = { name: string; files: CaseFile[]; choices: Record<string, RestoreChoice>; taken: Set<string> };

export function BackupAndRestore() {
  const id = useId();
  const cases = useAppStore((state) => state.cases);
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked>();
  const [refused, setRefused] = useState<{ name: string; reasons: string[] }>();
  const [done, setDone] = useState('');
  const count = Object.keys(cases).length;

  const saveAll = () => {
    const files = Object.values(cases).map(({ record, snapshot }) => toCaseFile(snapshot, record.journal));
    downloadJson(`billpath-backup-${today()}.json`, backupOf(files, now().toISOString()));
  };

  const heading = useRef<HTMLHeadingElement>(null);
  // The file box is emptied after each try, so the same file can be picked again.
  const clearFile = () => {
    if (input.current) input.current.value = '';
  };
  const refuse = (name: string, reasons: string[]) => {
    setRefused({ name, reasons });
    clearFile();
  };

  const pick = async (file: File | undefined) => {
    setPicked(undefined);
    setRefused(undefined);
    setDone('');
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return refuse(file.name, ['This file is far too big to be a Billpath backup.']);
    const text = await file.text().catch(() => undefined);
    if (text === undefined) return refuse(file.name, ['The file could not be read. Try saving it again, then pick it here.']);
    const read = readBackupText(text);
    if (!read.ok) return refuse(file.name, read.errors);
    const taken = storedIds();
    setPicked({ name: file.name, files: read.value, taken, choices: Object.fromEntries(read.value.filter((f) => taken.has(f.case.id)).map((f) => [f.case.id, 'keep-both'])) });
  };

  const restore = async () => {
    if (!picked) return;
    try {
      const restored = await restoreCases(picked.files, picked.choices);
      const message = `Restored ${restored === 1 ? 'one case' : `${restored} cases`} from ${picked.name}.`;
      setDone(message);
      setPicked(undefined);
      clearFile();
    } catch {
      setPicked(undefined);
      refuse(picked.name, ['This device could not store the cases (it may be out of space). Nothing was changed.']);
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
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>Backups</h2>
      <p>Save all your cases in one file, to keep or to move to another device. Nothing is sent anywhere.</p>
      <MayBeCleared />
      <div className="button-row">
        <button type="button" onClick={saveAll} disabled={count === 0}>Save a backup of all {count === 1 ? 'one case' : `${count} cases`}</button>
      </div>
      <label htmlFor={`${id}-file`}>Restore cases from a backup file</label>{' '}
      <input id={`${id}-file`} ref={input} type="file" accept=".json,application/json" onChange={(event) => void pick(event.target.files?.[0])} />
      {refused && (
        <div role="alert" className="error-banner">
          <p>{refused.name} can’t be restored. Nothing was changed.</p>
          <ul>{refused.reasons.slice(0, SHOWN_REASONS).map((reason) => <li key={reason}>{reason}</li>)}</ul>
          {refused.reasons.length > SHOWN_REASONS && <p>And {refused.reasons.length - SHOWN_REASONS} more problems.</p>}
        </div>
      )}
      {picked && (
        <div className="restore-plan">
          <p>{picked.name} holds {picked.files.length === 1 ? 'one case' : `${picked.files.length} cases`}:</p>
          <ul>
            {picked.files.map((file) => (
              <li key={file.case.id}>
                <strong>{file.case.title || 'Untitled bill'}</strong>
                {picked.taken.has(file.case.id) && (
                  <fieldset>
                    <legend>“{file.case.title || 'Untitled bill'}” is on this device already.</legend>
                    {(['keep-both', 'replace'] as const).map((choice) => (
                      <label key={choice}>
                        <input type="radio" name={`${id}-${file.case.id}`} checked={picked.choices[file.case.id] === choice} onChange={() => choose(file.case.id, choice)} />
                        {choice === 'keep-both' ? ' Keep both (the restored one is added as a copy)' : ' Replace the one on this device'}
                      </label>
                    ))}
                  </fieldset>
                )}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void restore()}>
              Restore {picked.files.length === 1 ? 'this case' : `these ${picked.files.length} cases`}
            </button>
            <button type="button" onClick={cancel}>Cancel</button>
          </div>
        </div>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
