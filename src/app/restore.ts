/*
 * Restoring checked case files into this device's storage (loaded with the
 * backup screen). A case whose id is stored already is kept beside it under a
 * new id, or replaces it, as the person chose. One transaction writes them all,
 * or none; then the list shows them and the other tabs are told.
 */
import { copyWithId } from '../domain/backup';
import { billMachine, replay } from '../../machines/workflow';
import type { CaseFile, JournalEntry } from '../domain/caseFile';
import type { Words } from '../i18n/words';
import { RECORD_SCHEMA, type CaseRecord, type LoadedCase } from '../storage/caseRecord';
import { datedJournal } from '../storage/migrations';
import { restoreRecords } from '../storage/restoreRecords';
import { now } from './clock';
import { announceSaved, useAppStore } from './store';

export type RestoreChoice = 'keep-both' | 'replace';

/**
 * The record for a case file being restored: its journal opened with CASE_OPENED (a file from
 * elsewhere may start without one, and then its case is where the history starts), the snapshot
 * replayed from it.
 */
export function restoredCase(file: CaseFile, restoredAt: string): LoadedCase {
  const opened = file.journal[0]?.event.type === 'CASE_OPENED';
  const complete: JournalEntry[] = opened ? file.journal : [{ at: file.journal[0]?.at ?? restoredAt, event: { type: 'CASE_OPENED', case: file.case } }, ...file.journal];
  // Stored as Billpath writes it now: every event with its date.
  const { journal } = datedJournal(complete);
  const snapshot = replay({ case: file.case, journal });
  const record: CaseRecord = {
    schema: RECORD_SCHEMA,
    id: file.case.id,
    title: snapshot.context.case.title,
    revision: journal.length - 1,
    updatedAt: restoredAt,
    snapshot: billMachine.getPersistedSnapshot(snapshot),
    journal,
  };
  return { record, snapshot, rebuiltFromJournal: false };
}

/** The ids stored on this device already: the cases, and records that could not be read (never overwritten unasked). */
export function storedIds(): Set<string> {
  const { cases, damaged } = useAppStore.getState();
  return new Set([...Object.keys(cases), ...damaged.map((record) => record.key)]);
}

/** Restores the files; returns how many cases were written. A copy kept beside a case is named in `words` (English unless given). */
export async function restoreCases(files: readonly CaseFile[], choices: Partial<Record<string, RestoreChoice>> = {}, words?: Words['home']): Promise<number> {
  const taken = storedIds();
  const at = now().toISOString();
  const restored = files.map((file) => {
    const keepBoth = taken.has(file.case.id) && choices[file.case.id] !== 'replace';
    return restoredCase(keepBoth ? copyWithId(file, crypto.randomUUID(), words) : file, at);
  });
  const written = await restoreRecords(restored.map((loaded) => loaded.record));
  // The list takes the cases as written (with the revision each was stored at); a damaged record replaced is gone.
  const { cases, damaged } = useAppStore.getState();
  const snapshots = new Map(restored.map((loaded) => [loaded.record.id, loaded.snapshot]));
  const added = Object.fromEntries(written.map((record): [string, LoadedCase] => [record.id, { record, snapshot: snapshots.get(record.id)!, rebuiltFromJournal: false }]));
  useAppStore.setState({ cases: { ...cases, ...added }, damaged: damaged.filter((record) => !(record.key in added)) });
  // The other tabs read the restored cases again, as after any save.
  written.forEach(announceSaved);
  return written.length;
}
