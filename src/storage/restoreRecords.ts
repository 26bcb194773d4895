/*
 * Writing restored records (a backup): loaded with the backup screen, beside
 * the store it writes to (caseStore.ts).
 */
import { get, getMany } from 'idb-keyval';
import type { CaseRecord } from './caseRecord';
import { casesStore, currentSealer, putOf, putRecords, revisionKey, revisionOf, sealedPut } from './caseStore';
import { episodeKey, nextEpisodeRecord, type EpisodeRecord, type StoredEpisode } from './episodeStore';

/** Tries before giving up when other tabs keep saving the same cases meanwhile. */
const ATTEMPTS = 3;

/** The revision stored for each id now (undefined: nothing stored). */
async function storedRevisions(ids: readonly string[]): Promise<(number | undefined)[]> {
  const revisions = await getMany<unknown>(ids.map(revisionKey), casesStore());
  return Promise.all(ids.map(async (id, at) => {
    const revision = revisions[at];
    // A record saved before revisions had keys of their own carries it inside.
    return typeof revision === 'number' ? revision : revisionOf(await get(id, casesStore()));
  }));
}

/**
 * Writes restored records in one transaction, with the episodes they change: all of them or, on any
 * failure, none (sealed if the lock is on). A record whose id is already stored replaces it with the
 * next revision, so other tabs see it as news; so does an episode (the restored one is worked out
 * from this tab's episodes: see app/restore.ts).
 */
export async function restoreRecords(records: readonly CaseRecord[], episodes: readonly StoredEpisode[] = []): Promise<{ cases: CaseRecord[]; episodes: EpisodeRecord[] }> {
  const at = new Date().toISOString();
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const sealer = currentSealer();
    const before = await storedRevisions(records.map((record) => record.id));
    const episodesBefore = await storedRevisions(episodes.map(({ episode }) => episodeKey(episode.id)));
    const episodeRecords = episodes.map(({ episode }, index) => nextEpisodeRecord({ episode, revision: episodesBefore[index] }, at));
    const written = records.map((record, at) => {
      const stored = before[at];
      return { ...record, revision: stored === undefined ? record.revision : Math.max(stored + 1, record.revision) };
    });
    const puts = await Promise.all([
      ...written.map((record, index) => putOf(record, before[index], sealer)),
      ...episodeRecords.map((record, index) => sealedPut(episodeKey(record.episode.id), record, episodesBefore[index], sealer)),
    ]);
    if ((await putRecords(puts, sealer?.lockId)) === 'saved') return { cases: written, episodes: episodeRecords };
  }
  throw new Error('Another tab kept changing these cases. Nothing was restored; try again.');
}
