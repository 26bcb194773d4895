/*
 * The stored shape of one case: `{ schema, id, title, revision, updatedAt,
 * snapshot, journal }`, written in one put after every accepted event so the
 * snapshot and the journal can never disagree. Reading a record is defensive:
 * the envelope is checked against its schema, the snapshot must still fit the machine
 * and hold a valid case; if it doesn't, the journal rebuilds it; if that fails
 * too, the record is set aside as damaged, with its cause (said in the
 * chosen language: src/i18n/<language>/home.ts, `damaged.cause`) and its
 * reasons in English (the cause in words, or the checks' technical details).
 * Pure: no IndexedDB here (see caseStore.ts).
 */
import { billMachine, type BillSnapshot } from '../../machines/workflow';
import type { CaseFile, JournalEntry } from '../domain/caseFile';

/** The shape records are written in now (migrations.ts reads the older ones). */
export const RECORD_SCHEMA = 2;

export type CaseRecord = {
  schema: typeof RECORD_SCHEMA;
  id: string;
  title: string;
  revision: number;
  updatedAt: string;
  snapshot: unknown; // the machine's persisted snapshot, as getPersistedSnapshot() gave it
  journal: JournalEntry[];
};

/**
 * A case in memory. `stored` is the version last known to be in storage when it is older than
 * `record` (steps recorded and not saved yet; null when nothing is stored at all); left out, the
 * record itself is what is stored.
 */
export type LoadedCase = { record: CaseRecord; snapshot: BillSnapshot; rebuiltFromJournal: boolean; stored?: CaseRecord | null };
/** Why a record was set aside: a newer version's, one with no start to rebuild from, one of the wrong shape, or one that could not be read (opened) at all. */
export type DamageCause = 'newer-version' | 'no-starting-point' | 'wrong-shape' | 'unreadable';
/** `reasons`: in English; for 'wrong-shape' and 'unreadable', the technical details. */
export type DamagedRecord = { key: string; raw: unknown; cause: DamageCause; reasons: string[] };
export type ReadResult = { ok: true; value: LoadedCase } | { ok: false; damaged: DamagedRecord };

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
    journal: [{ at: openedAt, event: { type: 'CASE_OPENED', case: billCase, at: openedAt.slice(0, 10) } }],
  };
}

/** The backup format (CONTRACT.md) for a case: the case as it stands and its whole journal. */
export function toCaseFile(snapshot: BillSnapshot, journal: JournalEntry[]): CaseFile {
  return { format: 'billpath.case', version: 1, case: snapshot.context.case, journal };
}
