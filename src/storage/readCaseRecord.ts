/*
 * Reading a stored case back, defensively (a record written by an older
 * version has been brought to the current shape first: caseStore.ts runs
 * migrations.ts on it): the envelope is checked against its schema, the snapshot must still fit the machine and hold a valid context; if
 * it doesn't, the journal rebuilds it; if that fails too, the record is set
 * aside as damaged with its cause and reasons.
 */
import * as v from 'valibot';
import { billMachine, replay, restore, type BillSnapshot } from '../../machines/workflow';
import { check, journalEntrySchema } from '../domain/caseFile';
import { home } from '../i18n/en/home';
import { RECORD_SCHEMA, type CaseRecord, type ReadResult } from './caseRecord';
import { billContextSchema } from './contextSchema';

export const caseRecordSchema = v.object({
  schema: v.literal(RECORD_SCHEMA),
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: v.string(),
  // Left out by a migration that needs the journal to rebuild it.
  snapshot: v.optional(v.looseObject({ value: v.unknown(), context: v.looseObject({ case: v.unknown() }) })),
  journal: v.array(journalEntrySchema),
});

/** A restored snapshot counts only if it is live and its whole context has the shape the machine expects. */
function usableSnapshot(persisted: unknown): BillSnapshot | undefined {
  const snapshot = restore(persisted);
  return snapshot && v.is(billContextSchema, snapshot.context) ? snapshot : undefined;
}

export function readCaseRecord(key: string, raw: unknown): ReadResult {
  if ((raw as { schema?: unknown } | null)?.schema as number > RECORD_SCHEMA) {
    return { ok: false, damaged: { key, raw, cause: 'newer-version', reasons: [home.damaged.cause['newer-version']] } };
  }
  const parsed = check(caseRecordSchema, raw);
  if (!parsed.ok) return { ok: false, damaged: { key, raw, cause: 'wrong-shape', reasons: parsed.errors } };
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
    damaged: { key, raw, cause: 'no-starting-point', reasons: [home.damaged.cause['no-starting-point']] },
  };
}
