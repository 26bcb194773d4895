/*
 * This file deals with keeping cases in the browser's IndexedDB through
 * idb-keyval: one record per case in the `billpath` / `cases` store, beside it
 * the record's revision under a key of its own, and the app settings (the
 * case that was open last; the optional lock) under `setting:` keys, so starting up opens one
 * database and reads it once. With the lock on, each record is stored sealed
 * (sealer.ts, loaded only then) and a save checks that the lock it sealed
 * with is still the stored one. Nothing here knows React. Stores are created
 * lazily and can be swapped in tests.
 */
import { createStore, del, delMany, entries, get, set, type UseStore } from 'idb-keyval';
import { RECORD_SCHEMA, type CaseRecord, type DamagedRecord, type LoadedCase, type ReadResult } from './caseRecord';
import { readCaseRecord } from './readCaseRecord';

export const STORAGE_NAMES = {
  casesDatabase: 'billpath',
  casesStore: 'cases',
  /** Kept in the cases store too, so starting up opens one database and reads it once. */
  lastOpenCase: 'setting:lastOpenCaseId',
  /** The episode that was on screen last (a case may be open on top of it). */
  lastOpenEpisode: 'setting:lastOpenEpisodeId',
  /** The optional lock: its salt and check value, never the passphrase (sealer.ts). */
  lock: 'setting:lock',
} as const;

/**
 * How this tab stores records while the lock is on: sealed with the key the passphrase gave
 * (sealer.ts). Without one, records are stored as they are.
 */
export type Sealer = {
  /** The stored lock it belongs to. */
  lockId: string;
  seal(key: string, value: unknown): Promise<unknown>;
  /** The value, or a throw with words a person can read. */
  open(key: string, stored: unknown): Promise<unknown>;
};

let sealer: Sealer | undefined;

/** The sealer this tab holds (none when the lock is off, or closed). */
export const currentSealer = (): Sealer | undefined => sealer;
export const useSealer = (next: Sealer | undefined): void => {
  sealer = next;
};

/** The stored lock's id, if the value stored under `setting:lock` is one. */
export const lockIdOf = (stored: unknown): string | undefined => (stored as { id?: string } | undefined)?.id;

const isSealed = (raw: unknown): boolean => Boolean((raw as { sealed?: unknown } | null)?.sealed);

let stores: { cases: UseStore } | undefined;

/** The cases store itself, for a transaction of one's own (restoring a backup). */
export const casesStore = (): UseStore => openStores().cases;

function openStores() {
  stores ??= { cases: createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore) };
  return stores;
}

/** Forget the open stores and any key, as a new page does (tests delete the databases between runs). */
export function resetStores(): void {
  stores = undefined;
  sealer = undefined;
}

/**
 * `lock`: the lock is on and this tab holds its key ('open'), or does not ('closed': nothing was read).
 * `episodes`: the stored episode records as they are (episodeStore.ts reads them, loaded only when there are some).
 */
export type StoredCases = { cases: LoadedCase[]; damaged: DamagedRecord[]; episodes: [string, unknown][]; lastOpen?: string; lastEpisode?: string; lock?: 'open' | 'closed' };

/**
 * Beside each record, its revision under a key of its own: a save checks that
 * small number instead of reading the whole record (with its journal) back.
 */
const REVISION_KEY = 'revision:';
export const revisionKey = (id: string) => `${REVISION_KEY}${id}`;

/**
 * A stored record read as this version reads it: an older one is migrated first (that code loads
 * only then). Whatever goes wrong, the answer is a result, never a throw, and a damaged record
 * keeps what was stored, untouched, for its "save a copy".
 */
export async function readStoredRecord(key: string, stored: unknown): Promise<ReadResult> {
  let raw = stored;
  try {
    if (isSealed(stored)) {
      if (!sealer) throw new Error('It is locked.');
      raw = await sealer.open(key, stored);
    }
    const schema = (raw as { schema?: unknown } | null)?.schema;
    const older = typeof schema === 'number' && schema < RECORD_SCHEMA;
    const read = readCaseRecord(key, older ? (await import('./migrations')).migrateRecord(raw).record : raw);
    return read.ok ? read : { ok: false, damaged: { ...read.damaged, raw } };
  } catch (error) {
    return { ok: false, damaged: { key, raw, cause: 'unreadable', reasons: [String((error as Error)?.message ?? error).slice(0, 200)] } };
  }
}

/** Every case on this device; records that fail their checks come back as damaged, never thrown. */
export async function loadAllCases(): Promise<StoredCases> {
  const all = new Map(await entries(openStores().cases));
  const lastOpen = all.get(STORAGE_NAMES.lastOpenCase);
  const lastEpisode = all.get(STORAGE_NAMES.lastOpenEpisode);
  const result: StoredCases = {
    cases: [], damaged: [], episodes: [],
    lastOpen: typeof lastOpen === 'string' ? lastOpen : undefined,
    lastEpisode: typeof lastEpisode === 'string' ? lastEpisode : undefined,
  };
  const lock = lockIdOf(all.get(STORAGE_NAMES.lock));
  if (lock) {
    result.lock = lock === sealer?.lockId ? 'open' : 'closed';
    if (result.lock === 'closed') return result; // nothing can be read without the passphrase
  }
  for (const [key, raw] of all) {
    if (isEpisodeKey(String(key))) result.episodes.push([String(key), raw]);
    if (!isRecordKey(String(key))) continue;
    const read = await readStoredRecord(String(key), raw);
    if (read.ok) result.cases.push(read.value);
    else result.damaged.push(read.damaged);
  }
  return result;
}

/** Episodes of care (several bills from one visit) are kept beside the cases, under keys of their own. */
export const EPISODE_KEY = 'episode:';
export const isEpisodeKey = (key: string): boolean => key.startsWith(EPISODE_KEY);

/** A case record's key: not a revision, not a setting, not an episode. */
export const isRecordKey = (key: string): boolean => !key.startsWith(REVISION_KEY) && !key.startsWith('setting:') && !isEpisodeKey(key);

/** What the lock seals: cases and episodes. */
export const isSealedKey = (key: string): boolean => isRecordKey(key) || isEpisodeKey(key);

/**
 * 'stale' when the stored record is not the one this write builds on (another tab moved on), or the
 * lock is not the one this tab sealed it for (the lock changed in another tab).
 */
export type SaveOutcome = 'saved' | 'stale';

export const revisionOf = (stored: unknown): number | undefined => {
  const revision = (stored as { revision?: unknown } | undefined)?.revision;
  return typeof revision === 'number' ? revision : undefined;
};

/** One record to write: `value` as stored (sealed, with the lock on), if its stored revision is still `expected`. */
export type RecordPut = { key: string; value: unknown; revision?: number; expected: number | undefined };

/** A record as this tab stores it now: sealed while the lock is on. */
export const putOf = (record: CaseRecord, expected: number | undefined, using = sealer): Promise<RecordPut> => sealedPut(record.id, record, expected, using);

/** Any record with a revision under `key`, sealed while the lock is on (cases; episodes). */
export const sealedPut = async (key: string, record: { revision: number }, expected: number | undefined, using = sealer): Promise<RecordPut> => ({
  key,
  value: using ? await using.seal(key, record) : record,
  revision: record.revision,
  expected,
});

/**
 * Writes `puts` in one transaction, all or none, only if the stored lock is still `lockId` and each
 * record's stored revision is still the one it builds on — so two tabs never overwrite each other's
 * events, and no record is written plain once another tab has locked them. When nothing is stored for a
 * key (a first save, or a case removed in another tab) it is written: nothing recorded is lost.
 * `lock` changes the lock in the same transaction (null: removes it), and only if the store still holds
 * exactly the keys `lock.keys` (no case added or removed meanwhile).
 */
export function putRecords(puts: readonly RecordPut[], lockId: string | undefined, lock?: { keys: readonly string[]; value: unknown }): Promise<SaveOutcome> {
  return openStores().cases('readwrite', (store) => new Promise<SaveOutcome>((resolve, reject) => {
    const transaction = store.transaction;
    let outcome: SaveOutcome = 'stale';
    let fine = true;
    let waiting = puts.length + (lock ? 2 : 1);
    transaction.oncomplete = () => resolve(outcome);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('The save was cancelled.'));
    const write = () => {
      try {
        for (const put of puts) {
          store.put(put.value, put.key);
          if (put.revision !== undefined) store.put(put.revision, revisionKey(put.key));
        }
        if (lock) lock.value === null ? store.delete(STORAGE_NAMES.lock) : store.put(lock.value, STORAGE_NAMES.lock);
        outcome = 'saved';
      } catch (error) {
        transaction.abort(); // a record that can't be stored (say, one that can't be cloned): reported, never hanging
        reject(error);
      }
    };
    // Every check answers once; the writes go ahead (in this same transaction) only if all passed.
    const check = (passed: boolean) => {
      fine &&= passed;
      if (--waiting === 0 && fine) write();
    };
    const storedLock = store.get(STORAGE_NAMES.lock);
    storedLock.onsuccess = () => check(lockIdOf(storedLock.result) === lockId);
    if (lock) {
      const keys = store.getAllKeys();
      keys.onsuccess = () => check(keys.result.length === lock.keys.length && keys.result.every((key) => lock.keys.includes(String(key))));
    }
    for (const put of puts) {
      const compare = (stored: number | undefined) => check(stored === undefined || stored === put.expected);
      const quick = store.get(revisionKey(put.key));
      quick.onsuccess = () => {
        if (typeof quick.result === 'number') return compare(quick.result);
        // No revision key yet (a record saved before there was one): read the record itself, once.
        const full = store.get(put.key);
        full.onsuccess = () => compare(revisionOf(full.result));
      };
    }
  }));
}

/** Writes `record` if the stored one is still at `expectedRevision` (see putRecords). */
export async function saveCaseOver(record: CaseRecord, expectedRevision: number | undefined): Promise<SaveOutcome> {
  const using = sealer;
  return putRecords([await putOf(record, expectedRevision, using)], using?.lockId);
}

/** One case as stored now (another tab may have moved it on). */
export async function loadCase(id: string): Promise<ReadResult | undefined> {
  const raw = await get<unknown>(id, openStores().cases);
  return raw === undefined ? undefined : readStoredRecord(id, raw);
}

export function deleteCase(key: string): Promise<void> {
  return delMany([key, revisionKey(key)], openStores().cases);
}

export function rememberOpenCase(id: string | undefined, key: string = STORAGE_NAMES.lastOpenCase): Promise<void> {
  const cases = openStores().cases;
  return id ? set(key, id, cases) : del(key, cases);
}
