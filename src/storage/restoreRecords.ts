/*
 * Writing restored records (a backup): loaded with the backup screen, beside
 * the store it writes to (caseStore.ts).
 */
import type { CaseRecord } from './caseRecord';
import { casesStore, revisionKey, revisionOf } from './caseStore';

/**
 * Writes restored records in one transaction: all of them or, on any failure, none. A record
 * whose id is already stored replaces it with the next revision, so other tabs see it as news.
 */
export function restoreRecords(records: readonly CaseRecord[]): Promise<CaseRecord[]> {
  return casesStore()('readwrite', (store) => new Promise<CaseRecord[]>((resolve, reject) => {
    const transaction = store.transaction;
    const written: CaseRecord[] = [];
    transaction.oncomplete = () => resolve(written);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('The restore was cancelled.'));
    for (const record of records) {
      const stored = store.get(record.id);
      stored.onsuccess = () => {
        const before = revisionOf(stored.result);
        const next = { ...record, revision: before === undefined ? record.revision : Math.max(before + 1, record.revision) };
        try {
          store.put(next, next.id);
          store.put(next.revision, revisionKey(next.id));
          written.push(next);
        } catch (error) {
          transaction.abort();
          reject(error);
        }
      };
    }
  }));
}
