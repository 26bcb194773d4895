/*
 * Backups: one case file (CONTRACT.md's format), or all cases in one file
 * (`billpath.backup`, a list of case files and, when there are some, the
 * episodes that group them by visit). Reading one back checks everything
 * with the same schemas as storage, plus what a schema can't see: a case id used
 * twice, a journal whose opening names another case, a case opened twice, an
 * episode naming a case the file doesn't hold. A file
 * with any problem is refused whole, with every reason, so nothing half-restores.
 * The reasons are in the words given (English unless the caller passes the
 * chosen language's: src/i18n/<language>/backups.ts, `file`); the schemas'
 * own details stay in English, and say so (`inEnglish`).
 */
import * as v from 'valibot';
import { backups } from '../i18n/en/backups';
import { home } from '../i18n/en/home';
import type { Words } from '../i18n/words';
import { caseFileSchema, check, type CaseFile } from './caseFile';
import { episodeSchema, oneVisitPerBill, type Episode } from './episodes/episode';

export type BackupFileWords = Words['backups']['file'];

/**
 * A backup read back: the cases (and the episodes grouping them, when there are any), or every
 * reason it can't be restored (`inEnglish`: the schemas' details).
 */
export type ReadBackup =
  | { ok: true; value: CaseFile[]; episodes?: Episode[] }
  | { ok: false; errors: string[] }
  | { ok: false; errors: string[]; inEnglish: true };

export const BACKUP_FORMAT = 'billpath.backup';

/** Bigger than any real backup by far; a file this size is not one. */
export const MAX_BACKUP_BYTES = 50_000_000;

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: v.string(),
  cases: v.array(caseFileSchema),
  episodes: v.optional(v.array(episodeSchema)),
});

export type Backup = v.InferOutput<typeof backupSchema>;

export function backupOf(cases: CaseFile[], exportedAt: string, episodes: Episode[] = []): Backup {
  const held = new Set(cases.map((file) => file.case.id));
  // An episode keeps only the cases the backup holds (a damaged record's id is left out with it).
  const kept = oneVisitPerBill(episodes.map((episode) => ({ ...episode, caseIds: episode.caseIds.filter((id) => held.has(id)) })));
  return { format: BACKUP_FORMAT, version: 1, exportedAt, cases, ...(kept.length ? { episodes: kept } : {}) };
}

/**
 * What a schema can't check in the episodes: each has its own id and names cases of this file. (A
 * case in two episodes is mended, not refused: the first keeps it, as when reading storage.)
 */
function episodeProblems(episodes: readonly Episode[], files: readonly CaseFile[], words: BackupFileWords): string[] {
  const held = new Set(files.map((file) => file.case.id));
  const episodeIds = new Set<string>();
  return episodes.flatMap((episode, index) => {
    const where = `episodes.${index}.`;
    const problems = episodeIds.has(episode.id) ? [words.sameEpisodeId(where, episode.id)] : [];
    episodeIds.add(episode.id);
    for (const id of episode.caseIds) if (!held.has(id)) problems.push(words.episodeCaseMissing(where, id));
    return problems;
  });
}

/** The same case under a new id (kept beside the one already stored), its title marked as the restored copy. */
/** How a restored copy is named: the words for an untitled case, and for a copy. */
export type CopyWords = { untitled: string; restoredCopy: (title: string) => string };
export const englishCopy: CopyWords = { untitled: home.untitled, restoredCopy: backups.file.restoredCopy };

export function copyWithId(file: CaseFile, id: string, words: CopyWords = englishCopy): CaseFile {
  const title = words.restoredCopy(file.case.title || words.untitled);
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
export function parseBackup(json: unknown, words: BackupFileWords = backups.file): ReadBackup {
  const format = formatOf(json);
  const version = (json as { version?: unknown } | null)?.version;
  if (format === undefined) return { ok: false, errors: [words.noFormat] };
  if (format !== BACKUP_FORMAT && format !== 'billpath.case') return { ok: false, errors: [words.otherFormat(String(format).slice(0, 40))] };
  if (typeof version === 'number' && version > 1) return { ok: false, errors: [words.newerVersion(version)] };
  const parsed = format === BACKUP_FORMAT ? check(backupSchema, json) : check(caseFileSchema, json);
  if (!parsed.ok) return { ...parsed, inEnglish: true };
  const files = 'cases' in parsed.value ? parsed.value.cases : [parsed.value];
  const episodes = 'cases' in parsed.value ? parsed.value.episodes ?? [] : [];
  if (files.length === 0) return { ok: false, errors: [words.noCases] };
  const prefix = (index: number) => ('cases' in parsed.value ? `cases.${index}.` : '');
  const seen = new Map<string, number>();
  const errors = files.flatMap((file, index) => {
    const earlier = seen.get(file.case.id);
    seen.set(file.case.id, index);
    return [
      ...(earlier !== undefined ? [words.sameId(prefix(index), file.case.id, earlier)] : []),
      // Names the store keeps for itself beside the cases (caseStore.ts).
      ...(/^(revision|setting|episode):/.test(file.case.id) ? [words.reservedId(prefix(index), file.case.id.slice(0, 40))] : []),
      ...journalProblems(file, prefix(index), words),
    ];
  });
  errors.push(...episodeProblems(episodes, files, words));
  return errors.length ? { ok: false, errors } : { ok: true, value: files, ...(episodes.length ? { episodes: oneVisitPerBill(episodes) } : {}) };
}

/** A backup file's text: too big, not JSON, or the result of parseBackup. */
export function readBackupText(text: string, words: BackupFileWords = backups.file): ReadBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, errors: [words.tooBig] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [words.notJson] };
  }
  return parseBackup(json, words);
}
