/*
 * This file deals with keeping cases in the browser's IndexedDB through
 * idb-keyval: one record per case in the `billpath` / `cases` store, beside it
 * the record's revision under a key of its own, and the one app setting (the
 * case that was open last) under a `setting:` key, so starting up opens one
 * database and reads it once. Nothing here knows React. Stores are created
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
} as const;

let stores: { cases: UseStore } | undefined;

/** The cases store itself, for a transaction of one's own (restoring a backup). */
export const casesStore = (): UseStore => openStores().cases;

function openStores() {
  stores ??= { cases: createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore) };
  return stores;
}

/** Forget the open stores (tests delete the databases between runs). */
export function resetStores(): void {
  stores = undefined;
}

export type StoredCases = { cases: LoadedCase[]; damaged: DamagedRecord[]; lastOpen?: string };

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
export async function readStoredRecord(key: string, raw: unknown): Promise<ReadResult> {
  try {
    const schema = (raw as { schema?: unknown } | null)?.schema;
    const older = typeof schema === 'number' && schema < RECORD_SCHEMA;
    const read = readCaseRecord(key, older ? (await import('./migrations')).migrateRecord(raw).record : raw);
    return read.ok ? read : { ok: false, damaged: { ...read.damaged, raw } };
  } catch (error) {
    return { ok: false, damaged: { key, raw, reasons: [`Billpath could not read it (${String(error).slice(0, 120)}).`] } };
  }
}

/** Every case on this device; records that fail their checks come back as damaged, never thrown. */
export async function loadAllCases(): Promise<StoredCases> {
  const all = await entries(openStores().cases);
  const result: StoredCases = { cases: [], damaged: [] };
  for (const [key, raw] of all) {
    if (key === STORAGE_NAMES.lastOpenCase) {
      if (typeof raw === 'string') result.lastOpen = raw;
      continue;
    }
    if (String(key).startsWith(REVISION_KEY)) continue;
    const read = await readStoredRecord(String(key), raw);
    if (read.ok) result.cases.push(read.value);
    else result.damaged.push(read.damaged);
  }
  return result;
}

/** 'stale' when the stored record is not the one this write builds on (another tab moved on). */
export type SaveOutcome = 'saved' | 'stale';

export const revisionOf = (stored: unknown): number | undefined => {
  const revision = (stored as { revision?: unknown } | undefined)?.revision;
  return typeof revision === 'number' ? revision : undefined;
};

/**
 * Writes `record` only if the stored one still has `expectedRevision`, reading and writing in one
 * transaction, so two tabs can never overwrite each other's events. When nothing is stored (a first
 * save that failed, or the case removed in another tab) the record is written: nothing recorded is lost.
 */
export function saveCaseOver(record: CaseRecord, expectedRevision: number | undefined): Promise<SaveOutcome> {
  return openStores().cases('readwrite', (store) => new Promise<SaveOutcome>((resolve, reject) => {
    const transaction = store.transaction;
    let outcome: SaveOutcome = 'stale';
    transaction.oncomplete = () => resolve(outcome);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('The save was cancelled.'));
    const compare = (stored: number | undefined) => {
      if (stored !== undefined && stored !== expectedRevision) return; // completes with nothing written: stale
      try {
        store.put(record, record.id);
        store.put(record.revision, revisionKey(record.id));
        outcome = 'saved';
      } catch (error) {
        transaction.abort(); // a record that can't be stored (say, one that can't be cloned): reported, never hanging
        reject(error);
      }
    };
    const quick = store.get(revisionKey(record.id));
    quick.onsuccess = () => {
      if (typeof quick.result === 'number') return compare(quick.result);
      // No revision key yet (a record saved before there was one): read the record itself, once.
      const full = store.get(record.id);
      full.onsuccess = () => compare(revisionOf(full.result));
    };
  }));
}

/** One case as stored now (another tab may have moved it on). */
export async function loadCase(id: string): Promise<ReadResult | undefined> {
  const raw = await get<unknown>(id, openStores().cases);
  return raw === undefined ? undefined : readStoredRecord(id, raw);
}

export function deleteCase(key: string): Promise<void> {
  return delMany([key, revisionKey(key)], openStores().cases);
}

export function rememberOpenCase(id: string | undefined): Promise<void> {
  const cases = openStores().cases;
  return id ? set(STORAGE_NAMES.lastOpenCase, id, cases) : del(STORAGE_NAMES.lastOpenCase, cases);
}

export type PersistResult = 'granted' | 'refused' | 'unsupported';

/** Ask the browser not to evict Billpath's data when space runs low. */
export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}
