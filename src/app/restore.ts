/*
 * Restoring checked case files into this device's storage (loaded with the
 * backup screen). A case whose id is stored already is kept beside it under a
 * new id, or replaces it, as the person chose. One transaction writes them all,
 * or none.
 */
import { copyWithId } from '../domain/backup';
import type { CaseFile } from '../domain/caseFile';
import { recordFromCaseFile } from '../storage/caseRecord';
import { restoreRecords } from '../storage/caseStore';
import { now } from './clock';
import { reloadCases, useAppStore } from './store';

export type RestoreChoice = 'keep-both' | 'replace';

/** The ids stored on this device already: the cases, and records that could not be read (never overwritten unasked). */
export function storedIds(): Set<string> {
  const { cases, damaged } = useAppStore.getState();
  return new Set([...Object.keys(cases), ...damaged.map((record) => record.key)]);
}

/** Restores the files; returns how many cases were written. */
export async function restoreCases(files: readonly CaseFile[], choices: Partial<Record<string, RestoreChoice>> = {}): Promise<number> {
  const taken = storedIds();
  const at = now().toISOString();
  const records = files.map((file) => {
    const keepBoth = taken.has(file.case.id) && choices[file.case.id] !== 'replace';
    return recordFromCaseFile(keepBoth ? copyWithId(file, crypto.randomUUID()) : file, at);
  });
  const written = await restoreRecords(records);
  await reloadCases(written);
  return written.length;
}
