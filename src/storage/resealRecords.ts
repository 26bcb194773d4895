/*
 * Turning the lock on, off, or to a new passphrase: every record this tab can
 * read is written again, sealed with the new key or plain, together with the
 * new lock record, in one transaction — all of it or none. Loaded only when
 * the lock changes.
 */
import { entries } from 'idb-keyval';
import { casesStore, currentSealer, isSealedKey, putRecords, revisionKey, revisionOf, useSealer, type RecordPut, type Sealer } from './caseStore';
import type { LockRecord } from './sealer';

/** Tries before giving up when another tab keeps saving meanwhile. */
const ATTEMPTS = 5;

/** What the records are sealed with next: a new lock and its sealer, or nothing (the lock comes off). */
export type NextLock = { lock: LockRecord; sealer: Sealer } | undefined;

/** A stored value as it reads without the lock; undefined when this tab can't open it (it is left as stored). */
async function opened(key: string, raw: unknown, from: Sealer | undefined): Promise<unknown> {
  if (!(raw as { sealed?: unknown } | null)?.sealed) return raw;
  return from?.open(key, raw).catch(() => undefined);
}

/** The value as `next` stores it; undefined when it can't be (a damaged record that isn't even text: left as stored). */
async function storedAs(key: string, plain: unknown, next: NextLock): Promise<unknown> {
  try {
    return next ? await next.sealer.seal(key, plain) : plain;
  } catch {
    return undefined;
  }
}

/** The writes for one attempt: each readable record at its next revision, sealed for `next`. */
async function resealed(all: [IDBValidKey, unknown][], from: Sealer | undefined, next: NextLock): Promise<RecordPut[]> {
  const values = new Map(all.map(([key, value]) => [String(key), value]));
  const puts: RecordPut[] = [];
  for (const [key, raw] of values) {
    if (!isSealedKey(key)) continue;
    const plain = await opened(key, raw, from);
    if (plain === undefined) continue;
    const kept = values.get(revisionKey(key));
    const expected = typeof kept === 'number' ? kept : revisionOf(plain);
    // The next revision: a tab still running an older Billpath (which checks revisions, not the lock)
    // then finds its record out of date and can't write over this one.
    const revision = expected === undefined ? undefined : expected + 1;
    const value = await storedAs(key, revision === undefined ? plain : { ...(plain as object), revision }, next);
    if (value !== undefined) puts.push({ key, value, revision, expected });
  }
  return puts;
}

/** Other tabs saved on every try: the lock is not changed (the form says so in the chosen language). */
export class AnotherTabKeptSaving extends Error {
  override name = 'AnotherTabKeptSaving';
}

/**
 * Writes every record again for `next`, with the lock record, in one transaction; read and written
 * again if another tab saved, added or removed a case meanwhile. Afterwards this tab seals with `next`.
 */
export async function resealRecords(next: NextLock): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const from = currentSealer();
    const all = await entries(casesStore());
    const puts = await resealed(all, from, next);
    if ((await putRecords(puts, from?.lockId, { keys: all.map(([key]) => String(key)), value: next?.lock ?? null })) === 'saved') {
      useSealer(next?.sealer);
      return;
    }
  }
  throw new AnotherTabKeptSaving('Another tab kept saving, so the lock was not changed.');
}
