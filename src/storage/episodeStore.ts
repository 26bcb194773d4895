/*
 * Episodes of care in storage: one record per episode, `{ schema, revision,
 * updatedAt, episode }` under `episode:<id>` in the cases store, sealed like a
 * case while the lock is on, its revision checked on every write so two tabs
 * never overwrite each other (caseStore.ts, putRecords). A record that fails
 * its checks is set aside as damaged, like a case, never dropped. Loaded only
 * when there are episodes, or one is made.
 */
import { promisifyRequest } from 'idb-keyval';
import * as v from 'valibot';
import { describeIssues } from '../domain/caseFile';
import { episodeSchema, oneVisitPerBill, type Episode } from '../domain/episodes/episode';
import { home } from '../i18n/en/home';
import type { DamagedRecord } from './caseRecord';
import { casesStore, currentSealer, EPISODE_KEY, putRecords, revisionKey, sealedPut, type SaveOutcome } from './caseStore';

export const EPISODE_SCHEMA = 1;

const episodeRecordSchema = v.object({
  schema: v.literal(EPISODE_SCHEMA),
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: v.string(),
  episode: episodeSchema,
});

export type EpisodeRecord = v.InferOutput<typeof episodeRecordSchema>;
/** An episode as this tab knows it: the episode and the revision it was stored at (undefined: not stored yet). */
export type StoredEpisode = { episode: Episode; revision?: number };

export const episodeKey = (id: string): string => `${EPISODE_KEY}${id}`;

/** Stored episode records read: each one whole and checked, or set aside as damaged with its reasons. */
export async function readEpisodes(stored: readonly [string, unknown][]): Promise<{ episodes: StoredEpisode[]; damaged: DamagedRecord[] }> {
  const episodes: StoredEpisode[] = [];
  const damaged: DamagedRecord[] = [];
  for (const [key, raw] of stored) {
    try {
      const sealer = currentSealer();
      const plain = (raw as { sealed?: unknown } | null)?.sealed ? await sealer!.open(key, raw) : raw;
      const schema = (plain as { schema?: unknown } | null)?.schema;
      if (typeof schema === 'number' && schema > EPISODE_SCHEMA) {
        damaged.push({ key, raw, cause: 'newer-version', reasons: [home.damaged.cause['newer-version']] });
        continue;
      }
      const read = v.safeParse(episodeRecordSchema, plain);
      if (read.success && episodeKey(read.output.episode.id) === key) episodes.push({ episode: read.output.episode, revision: read.output.revision });
      else damaged.push({ key, raw, cause: 'wrong-shape', reasons: read.success ? [`id: ${read.output.episode.id}`] : describeIssues(read.issues) });
    } catch (error) {
      damaged.push({ key, raw, cause: 'unreadable', reasons: [String((error as Error)?.message ?? error).slice(0, 200)] });
    }
  }
  // A bill stored in two visits (two tabs at once) is kept in the first.
  const mended = oneVisitPerBill(episodes.map((stored) => stored.episode));
  return { episodes: episodes.map((stored, index) => ({ ...stored, episode: mended[index]! })), damaged };
}

/** The record for an episode at its next revision. */
export const nextEpisodeRecord = (stored: StoredEpisode, at: string): EpisodeRecord =>
  ({ schema: EPISODE_SCHEMA, revision: (stored.revision ?? -1) + 1, updatedAt: at, episode: stored.episode });

/**
 * Writes the episodes in one transaction, each only if its stored revision is still the one this tab
 * read ('stale' otherwise: nothing written). Returns the records as written.
 */
export async function saveEpisodes(changed: readonly StoredEpisode[], at: string): Promise<{ outcome: SaveOutcome; records: EpisodeRecord[] }> {
  const sealer = currentSealer();
  const records = changed.map((each) => nextEpisodeRecord(each, at));
  const puts = await Promise.all(records.map((record, index) => sealedPut(episodeKey(record.episode.id), record, changed[index]!.revision, sealer)));
  return { outcome: await putRecords(puts, sealer?.lockId), records };
}

/**
 * Removes an episode for good. Its revision key stays, one higher: a tab that still holds the episode
 * finds its write out of date instead of bringing the episode back.
 */
export function deleteEpisode(id: string): Promise<void> {
  const key = episodeKey(id);
  return casesStore()('readwrite', (store) => new Promise<void>((resolve, reject) => {
    const revision = store.get(revisionKey(key));
    revision.onsuccess = () => {
      store.delete(key);
      store.put((typeof revision.result === 'number' ? revision.result : 0) + 1, revisionKey(key));
    };
    store.transaction.oncomplete = () => resolve();
    store.transaction.onerror = () => reject(store.transaction.error);
  }));
}

/** Every stored episode record, as stored (to read again after another tab changed some): the episode keys alone, not the cases. */
export function storedEpisodeEntries(): Promise<[string, unknown][]> {
  const range = IDBKeyRange.bound(EPISODE_KEY, `${EPISODE_KEY}\uffff`);
  return casesStore()('readonly', async (store) => {
    const [keys, values] = await Promise.all([promisifyRequest(store.getAllKeys(range)), promisifyRequest(store.getAll(range))]);
    return keys.map((key, index): [string, unknown] => [String(key), values[index]]);
  });
}
