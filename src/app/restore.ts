/*
 * Restoring checked case files into this device's storage (loaded with the
 * backup screen). A case whose id is stored already is kept beside it under a
 * new id, or replaces it, as the person chose. One transaction writes them all,
 * or none; then the list shows them and the other tabs are told.
 */
import { copyWithId, englishCopy, type CopyWords } from '../domain/backup';
import { movedInto, type Episode } from '../domain/episodes/episode';
import { episodeKey, type StoredEpisode } from '../storage/episodeStore';
import { billMachine, replay } from '../../machines/workflow';
import type { CaseFile, JournalEntry } from '../domain/caseFile';
import { RECORD_SCHEMA, type CaseRecord, type LoadedCase } from '../storage/caseRecord';
import { datedJournal } from '../storage/migrations';
import { restoreRecords } from '../storage/restoreRecords';
import { now } from './clock';
import { announceSaved, tellOtherTabs, useAppStore } from './store';

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

/** A cross-bill finding's id with its bills' ids as restored (finding ids name bills: crossBill.ts). */
const renamedBills = (id: string, restoredAs: ReadonlyMap<string, string>): string => id.replace(/[^:/+]+/g, (part) => restoredAs.get(part) ?? part);

/** The answers to cross-bill findings, under the bills' restored ids. */
const answersAs = (answered: Episode['answered'], restoredAs: ReadonlyMap<string, string>): Episode['answered'] =>
  answered && Object.fromEntries(Object.entries(answered).map(([id, answer]) => [renamedBills(id, restoredAs), answer]));

/**
 * The episodes to write for a backup's episodes, their cases (and the answers naming them) under the
 * ids they were restored as (`restoredAs`). An episode already here takes the restored cases in
 * beside its own, and keeps its own answers beside the restored ones, unless some of the cases were
 * kept as copies: then the restored one is an episode of its own, named as a copy. A case is taken
 * out of any other episode it was in here. Each comes with the revision stored here, if any.
 */
export function restoredEpisodes(episodes: readonly Episode[], restoredAs: ReadonlyMap<string, string>, here: Readonly<Record<string, StoredEpisode>>, words: CopyWords = englishCopy): StoredEpisode[] {
  const changed = new Map<string, Episode>(Object.values(here).map(({ episode }) => [episode.id, episode]));
  const touched = new Set<string>();
  for (const episode of episodes) {
    const caseIds = episode.caseIds.map((id) => restoredAs.get(id) ?? id);
    const local = changed.get(episode.id);
    const copied = episode.caseIds.some((id) => restoredAs.get(id) !== id);
    const answered = answersAs(episode.answered, restoredAs);
    let target: Episode = local && copied
      ? { ...episode, id: crypto.randomUUID(), title: words.restoredCopy(episode.title || words.untitled), caseIds: [], ...(answered ? { answered } : {}) }
      : { ...episode, caseIds: local ? local.caseIds : [], ...(answered || local?.answered ? { answered: { ...answered, ...local?.answered } } : {}) };
    for (const caseId of caseIds) {
      const [moved, ...others] = movedInto([...changed.values()], target, caseId);
      target = moved!;
      for (const other of others) {
        changed.set(other.id, other);
        touched.add(other.id);
      }
    }
    changed.set(target.id, target);
    touched.add(target.id);
  }
  return [...touched].map((id) => ({ episode: changed.get(id)!, revision: here[id]?.revision }));
}

/** Restores the files (and their episodes); returns how many cases were written. A copy kept beside a case is named in `words` (English unless given). */
export async function restoreCases(files: readonly CaseFile[], choices: Partial<Record<string, RestoreChoice>> = {}, words?: CopyWords, episodes: readonly Episode[] = []): Promise<number> {
  const taken = storedIds();
  const at = now().toISOString();
  const restoredAs = new Map<string, string>();
  const restored = files.map((file) => {
    const keepBoth = taken.has(file.case.id) && choices[file.case.id] !== 'replace';
    const kept = keepBoth ? copyWithId(file, crypto.randomUUID(), words) : file;
    restoredAs.set(file.case.id, kept.case.id);
    return restoredCase(kept, at);
  });
  const episodeChanges = restoredEpisodes(episodes, restoredAs, useAppStore.getState().episodes, words ?? englishCopy);
  const { cases: written, episodes: writtenEpisodes } = await restoreRecords(restored.map((loaded) => loaded.record), episodeChanges);
  // The list takes the cases as written (with the revision each was stored at); a damaged record replaced is gone.
  const { cases, damaged } = useAppStore.getState();
  const snapshots = new Map(restored.map((loaded) => [loaded.record.id, loaded.snapshot]));
  const added = Object.fromEntries(written.map((record): [string, LoadedCase] => [record.id, { record, snapshot: snapshots.get(record.id)!, rebuiltFromJournal: false }]));
  const restoredEpisodeIds = new Set(writtenEpisodes.map((record) => episodeKey(record.episode.id)));
  useAppStore.setState({
    cases: { ...cases, ...added },
    damaged: damaged.filter((record) => !(record.key in added) && !restoredEpisodeIds.has(record.key)),
    episodes: { ...useAppStore.getState().episodes, ...Object.fromEntries(writtenEpisodes.map((record) => [record.episode.id, { episode: record.episode, revision: record.revision }])) },
  });
  // The other tabs read the restored cases and episodes again, as after any save.
  written.forEach(announceSaved);
  writtenEpisodes.forEach((record) => tellOtherTabs({ episode: record.episode.id }));
  return written.length;
}
