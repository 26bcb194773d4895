/*
 * Backups: one case file (CONTRACT.md's format), or all cases in one file
 * (`billpath.backup`, a list of case files). Reading one back checks everything
 * with the same schemas as storage, plus what a schema can't see: a case id used
 * twice, a journal whose opening names another case, a case opened twice. A file
 * with any problem is refused whole, with every reason, so nothing half-restores.
 * The reasons are in the words given (English unless the caller passes the
 * chosen language's: src/i18n/<language>/home.ts, `backupFile`); the schemas'
 * own details stay in English, and say so (`inEnglish`).
 */
import * as v from 'valibot';
import { home } from '../i18n/en/home';
import type { Words } from '../i18n/words';
import { caseFileSchema, check, type CaseFile, type Parsed } from './caseFile';

export type BackupFileWords = Words['home']['backupFile'];

/** A backup read back: the cases, or every reason it can't be restored (`inEnglish`: the schemas' details). */
export type ReadBackup = Parsed<CaseFile[]> | { ok: false; errors: string[]; inEnglish: true };

export const BACKUP_FORMAT = 'billpath.backup';

/** Bigger than any real backup by far; a file this size is not one. */
export const MAX_BACKUP_BYTES = 50_000_000;

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: v.string(),
  cases: v.array(caseFileSchema),
});

export type Backup = v.InferOutput<typeof backupSchema>;

export function backupOf(cases: CaseFile[], exportedAt: string): Backup {
  return { format: BACKUP_FORMAT, version: 1, exportedAt, cases };
}

/** The same case under a new id (kept beside the one already stored), its title marked as the restored copy. */
export function copyWithId(file: CaseFile, id: string, words: Pick<Words['home'], 'untitled' | 'backupFile'> = home): CaseFile {
  const title = words.backupFile.restoredCopy(file.case.title || words.untitled);
  const journal = file.journal.map((entry, index) =>
    index === 0 && entry.event.type === 'CASE_OPENED' ? { ...entry, event: { ...entry.event, case: { ...entry.event.case, id, title } } } : entry);
  return { ...file, case: { ...file.case, id, title }, journal };
}

/** What a schema can't check: each journal belongs to its case and opens it at most once, at the start. */
function journalProblems(file: CaseFile, where: string, words: BackupFileWords): string[] {
  const problems: string[] = [];
  file.journal.forEach(({ event }, index) => {
    if (event.type !== 'CASE_OPENED') return;
    if (index > 0) problems.push(words.openedAgain(where, index));
    else if (event.case.id !== file.case.id) problems.push(words.opensOtherCase(where, event.case.id, file.case.id));
  });
  return problems;
}

function formatOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { format?: unknown }).format : undefined;
}

/** The cases in a parsed backup file, or every reason it can't be restored. */
export function parseBackup(json: unknown, words: BackupFileWords = home.backupFile): ReadBackup {
  const format = formatOf(json);
  const version = (json as { version?: unknown } | null)?.version;
  if (format === undefined) return { ok: false, errors: [words.noFormat] };
  if (format !== BACKUP_FORMAT && format !== 'billpath.case') return { ok: false, errors: [words.otherFormat(String(format).slice(0, 40))] };
  if (typeof version === 'number' && version > 1) return { ok: false, errors: [words.newerVersion(version)] };
  const parsed = format === BACKUP_FORMAT ? check(backupSchema, json) : check(caseFileSchema, json);
  if (!parsed.ok) return { ...parsed, inEnglish: true };
  const files = 'cases' in parsed.value ? parsed.value.cases : [parsed.value];
  if (files.length === 0) return { ok: false, errors: [words.noCases] };
  const prefix = (index: number) => ('cases' in parsed.value ? `cases.${index}.` : '');
  const seen = new Map<string, number>();
  const errors = files.flatMap((file, index) => {
    const earlier = seen.get(file.case.id);
    seen.set(file.case.id, index);
    return [
      ...(earlier !== undefined ? [words.sameId(prefix(index), file.case.id, earlier)] : []),
      // Names the store keeps for itself beside the cases (caseStore.ts).
      ...(/^(revision|setting):/.test(file.case.id) ? [words.reservedId(prefix(index), file.case.id.slice(0, 40))] : []),
      ...journalProblems(file, prefix(index), words),
    ];
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: files };
}

/** A backup file's text: too big, not JSON, or the result of parseBackup. */
export function readBackupText(text: string, words: BackupFileWords = home.backupFile): ReadBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, errors: [words.tooBig] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [words.notJson] };
  }
  return parseBackup(json, words);
}
