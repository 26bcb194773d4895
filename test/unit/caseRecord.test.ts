/*
 * Reading stored records defensively: a good record restores as it was; an
 * old snapshot is rebuilt from the journal; anything else is set aside as
 * damaged with reasons, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { billMachine, replay } from '../../machines';
import type { BillEvent } from '../../src/domain/events';
import { newCaseRecord, nextRecord, toCaseFile, type CaseRecord } from '../../src/storage/caseRecord';
import { readCaseRecord } from '../../src/storage/readCaseRecord';
import { insuredCase, TODAY } from '../fixtures/cases';

function storedRecord(events: BillEvent[] = []): CaseRecord {
  const billCase = insuredCase();
  let record = newCaseRecord(replay({ case: billCase, journal: [] }), '2026-03-02T10:00:00.000Z');
  for (const event of events) {
    const snapshot = replay({ case: billCase, journal: [...record.journal, { at: TODAY, event }] });
    record = nextRecord(record, snapshot, { at: '2026-03-02T10:05:00.000Z', event });
  }
  return JSON.parse(JSON.stringify(record)); // as IndexedDB would hand it back
}

const events: BillEvent[] = [
  { type: 'ITEMIZED_BILL_REQUESTED', at: TODAY },
  { type: 'HOLD_REQUESTED', at: TODAY },
];

describe('readCaseRecord', () => {
  it('restores a good record at the same step', () => {
    const read = readCaseRecord('case-1', storedRecord(events));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.rebuiltFromJournal).toBe(false);
    expect(read.value.snapshot.value).toEqual({ stabilization: { itemizedBill: 'requested', insurance: 'unknown', hold: 'requested' } });
    expect(read.value.record.revision).toBe(2);
    expect(toCaseFile(read.value.snapshot, read.value.record.journal).journal.map((entry) => entry.event.type)).toEqual(['CASE_OPENED', ...events.map((e) => e.type)]);
  });

  it('rebuilds from the journal a snapshot that no longer fits the machine', () => {
    const record = storedRecord(events);
    const stale = { ...record, snapshot: { ...(record.snapshot as object), value: { negotiating: 'old-state' } } };
    const read = readCaseRecord('case-1', stale);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.rebuiltFromJournal).toBe(true);
    expect(read.value.snapshot.value).toEqual(readCaseRecord('case-1', record).ok && replay({ case: insuredCase(), journal: record.journal }).value);
    expect(read.value.record.snapshot).toEqual(billMachine.getPersistedSnapshot(read.value.snapshot));
  });

  it('rebuilds when the saved case inside the snapshot is corrupt', () => {
    const record = storedRecord(events) as CaseRecord & { snapshot: { context: { case: object } } };
    record.snapshot.context.case = { ...record.snapshot.context.case, statementBalance: 'a lot' };
    const read = readCaseRecord('case-1', record);
    expect(read.ok && read.value.rebuiltFromJournal).toBe(true);
  });

  it('rebuilds when the context lacks something the machine needs (an older version wrote it)', () => {
    const record = storedRecord(events) as CaseRecord & { snapshot: { context: Record<string, unknown> } };
    delete record.snapshot.context.assistance;
    const read = readCaseRecord('case-1', record);
    expect(read.ok && read.value.rebuiltFromJournal).toBe(true);
    if (read.ok) expect(read.value.snapshot.context.assistance).toEqual({ status: 'none' });
  });

  it.each([
    ['nothing at all', undefined],
    ['a string', 'corrupt'],
    ['a record of another schema', { ...storedRecord(), schema: 99 }],
    ['a record with a broken journal', { ...storedRecord(), journal: [{ at: 'yesterday', event: { type: 'HOLD_REQUESTED' } }] }],
  ])('sets aside %s as damaged, with reasons', (_what, raw) => {
    const read = readCaseRecord('key-1', raw);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.damaged.key).toBe('key-1');
    expect(read.damaged.raw).toBe(raw);
    expect(read.damaged.reasons.length).toBeGreaterThan(0);
  });

  it('sets aside an unfit snapshot whose journal cannot rebuild it', () => {
    const record = storedRecord();
    const read = readCaseRecord('case-1', { ...record, snapshot: { value: 'gone', context: { case: {} } }, journal: [] });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.damaged.reasons[0]).toMatch(/no longer fits/);
  });
});
