/*
 * The stored shape of one case: `{ schema, id, title, revision, updatedAt,
 * snapshot, journal }`, written in one put after every accepted event so the
 * snapshot and the journal can never disagree. Reading a record is defensive:
 * the envelope is checked against its schema, the snapshot must still fit the machine
 * and hold a valid case; if it doesn't, the journal rebuilds it; if that fails
 * too, the record is set aside as damaged with reasons a person can read.
 * Pure: no IndexedDB here (see caseStore.ts).
 */
import * as v from 'valibot';
import { billMachine, replay, restore, type BillSnapshot } from '../../machines';
import { check, journalEntrySchema, type CaseFile, type JournalEntry } from '../domain/caseFile';
import { billContextSchema } from './contextSchema';

export const RECORD_SCHEMA = 1;

export const caseRecordSchema = v.object({
  schema: v.literal(RECORD_SCHEMA),
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: v.string(),
  snapshot: v.looseObject({ value: v.unknown(), context: v.looseObject({ case: v.unknown() }) }),
  journal: v.array(journalEntrySchema),
});

export type CaseRecord = {
  schema: typeof RECORD_SCHEMA;
  id: string;
  title: string;
  revision: number;
  updatedAt: string;
  snapshot: unknown; // the machine's persisted snapshot, as getPersistedSnapshot() gave it
  journal: JournalEntry[];
};

export type LoadedCase = { record: CaseRecord; snapshot: BillSnapshot; rebuiltFromJournal: boolean };
export type DamagedRecord = { key: string; raw: unknown; reasons: string[] };
export type ReadResult = { ok: true; value: LoadedCase } | { ok: false; damaged: DamagedRecord };

/** A restored snapshot counts only if it is live and its whole context has the shape the machine expects. */
function usableSnapshot(persisted: unknown): BillSnapshot | undefined {
  const snapshot = restore(persisted);
  return snapshot && v.is(billContextSchema, snapshot.context) ? snapshot : undefined;
}

export function readCaseRecord(key: string, raw: unknown): ReadResult {
  const parsed = check(caseRecordSchema, raw);
  if (!parsed.ok) return { ok: false, damaged: { key, raw, reasons: parsed.errors } };
  const record = parsed.value as CaseRecord;
  const snapshot = usableSnapshot(record.snapshot);
  if (snapshot) return { ok: true, value: { record, snapshot, rebuiltFromJournal: false } };
  const opening = record.journal[0]?.event;
  if (opening?.type === 'CASE_OPENED') {
    const rebuilt = replay({ case: opening.case, journal: record.journal });
    const repaired = { ...record, snapshot: billMachine.getPersistedSnapshot(rebuilt) };
    return { ok: true, value: { record: repaired, snapshot: rebuilt, rebuiltFromJournal: true } };
  }
  return {
    ok: false,
    damaged: { key, raw, reasons: ['The saved step no longer fits this version of Billpath, and the history has no starting point to rebuild it from.'] },
  };
}

/** The record after an accepted event: one more journal entry, the new snapshot, the next revision. */
export function nextRecord(record: CaseRecord, snapshot: BillSnapshot, entry: JournalEntry): CaseRecord {
  return {
    ...record,
    title: snapshot.context.case.title,
    revision: record.revision + 1,
    updatedAt: entry.at,
    snapshot: billMachine.getPersistedSnapshot(snapshot),
    journal: [...record.journal, entry],
  };
}

/** A brand-new case: its journal starts with CASE_OPENED, so it can always be rebuilt. */
export function newCaseRecord(snapshot: BillSnapshot, openedAt: string): CaseRecord {
  const billCase = snapshot.context.case;
  return {
    schema: RECORD_SCHEMA,
    id: billCase.id,
    title: billCase.title,
    revision: 0,
    updatedAt: openedAt,
    snapshot: billMachine.getPersistedSnapshot(snapshot),
    journal: [{ at: openedAt, event: { type: 'CASE_OPENED', case: billCase } }],
  };
}

/** The backup format (CONTRACT.md) for a case: the case as it stands and its whole journal. */
export function toCaseFile(snapshot: BillSnapshot, journal: JournalEntry[]): CaseFile {
  return { format: 'billpath.case', version: 1, case: snapshot.context.case, journal };
}
