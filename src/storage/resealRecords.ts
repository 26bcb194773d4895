/*
 * Turning the lock on, off, or to a new passphrase: every record is written
 * again, sealed with the new key or plain, together with the new lock record,
 * in one transaction — all of it or none. Loaded only when the lock changes.
 */
import { entries } from 'idb-keyval';
import { casesStore, currentSealer, isRecordKey, putRecords, revisionKey, revisionOf, useSealer, type RecordPut, type Sealer } from './caseStore';
import type { LockRecord } from './sealer';

/** Tries before giving up when another tab keeps saving meanwhile. */
const ATTEMPTS = 5;

/** What the records are sealed with next: a new lock and its sealer, or nothing (the lock comes off). */
export type NextLock = { lock: LockRecord; sealer: Sealer } | undefined;

/** A record's value as `next` stores it; undefined when it can't be read (it stays as it is). */
async function resealed(key: string, raw: unknown, from: Sealer | undefined, next: NextLock): Promise<unknown> {
  let plain = raw;
  if ((raw as { sealed?: unknown } | null)?.sealed) {
    if (!from) return undefined;
    plain = await from.open(key, raw).catch(() => undefined);
    if (plain === undefined) return undefined;
  }
  try {
    return next ? await next.sealer.seal(key, plain) : plain;
  } catch {
    return undefined; // a damaged record that can't even be written out as text: left as stored
  }
}

/**
 * Writes every record again for `next`, with the lock record, in one transaction; read and written
 * again if another tab saved meanwhile. Afterwards this tab seals with `next`.
 */
export async function resealRecords(next: NextLock): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const from = currentSealer();
    const all = await entries(casesStore());
    const revisions = new Map(all.map(([key, value]) => [String(key), value]));
    const puts: RecordPut[] = [];
    for (const [key, raw] of all) {
      if (!isRecordKey(String(key))) continue;
      const value = await resealed(String(key), raw, from, next);
      if (value === undefined) continue;
      const kept = revisions.get(revisionKey(String(key)));
      const expected = typeof kept === 'number' ? kept : revisionOf(raw);
      puts.push({ key: String(key), value, revision: expected, expected });
    }
    if ((await putRecords(puts, from?.lockId, { count: all.length, value: next?.lock ?? null })) === 'saved') {
      useSealer(next?.sealer);
      return;
    }
  }
  throw new Error('Another tab kept saving, so the lock was not changed. Try again.');
}
