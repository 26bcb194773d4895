/*
 * Stored records across versions of Billpath. A record says which schema wrote
 * it; reading an older one runs the small steps from its schema to the current
 * one (loaded only when such a record is found), each
 * a pure function from one shape to the next, tested against a saved record of
 * the old shape (test/fixtures/records/). A change to the machine itself needs
 * no step: a snapshot that no longer fits is rebuilt from the journal.
 *
 *   1 → 2  every journal event carries its own date (the machine records dates
 *          from events; an event written without one lost its date)
 */
import type { JournalEntry } from '../domain/caseFile';
import { localDateOf } from '../domain/dates';
import { RECORD_SCHEMA as CURRENT_SCHEMA } from './caseRecord';

export { CURRENT_SCHEMA };

type Stored = Record<string, unknown>;
type Entry = { at?: unknown; event?: Record<string, unknown> };

const isObject = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each event without a date gets its journal entry's; says whether any event the machine records from changed. */
export function datedJournal<E extends Entry | JournalEntry>(journal: readonly E[]): { journal: E[]; changed: boolean } {
  let changed = false;
  const dated = journal.map((entry) => {
    const event = isObject(entry) ? (entry as Entry).event : undefined;
    if (!isObject(event) || event.at || typeof entry.at !== 'string') return entry;
    if (event.type !== 'CASE_OPENED') changed = true;
    return { ...entry, event: { ...event, at: localDateOf(entry.at) } };
  });
  return { journal: dated, changed };
}

const steps: Record<number, (record: Stored) => Stored> = {
  1: (record) => {
    if (!Array.isArray(record.journal)) return { ...record, schema: 2 };
    const { journal, changed } = datedJournal(record.journal as Entry[]);
    // The old snapshot was built without those dates: leave it out, so the journal rebuilds it.
    return { ...record, schema: 2, journal, ...(changed ? { snapshot: undefined } : {}) };
  },
};

export type Migrated = { record: unknown; from?: number; tooNew?: boolean };

/** The record in the current shape (or as it was, when it isn't a record Billpath knows how to read). */
export function migrateRecord(raw: unknown): Migrated {
  if (!isObject(raw) || typeof raw.schema !== 'number') return { record: raw };
  if (raw.schema > CURRENT_SCHEMA) return { record: raw, tooNew: true };
  let record = raw;
  while ((record.schema as number) < CURRENT_SCHEMA) {
    const step = steps[record.schema as number];
    if (!step) return { record };
    record = step(record);
  }
  return { record, ...(raw.schema !== CURRENT_SCHEMA ? { from: raw.schema } : {}) };
}
