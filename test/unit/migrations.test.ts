/*
 * Records written by older versions of Billpath, read by this one: each saved
 * fixture of an old shape (test/fixtures/records/) is brought to the current
 * schema, reopens at its step, and keeps its whole history; a record from a
 * newer version is set aside, never misread. Events now carry their dates, so
 * the journal replays to the snapshot the app holds.
 */
import { readFileSync } from 'node:fs';
import { createStore, get, set } from 'idb-keyval';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../machines';
import { setClock } from '../../src/app/clock';
import { boot, openCase, sendEvent, startSampleCase, useAppStore } from '../../src/app/store';
import { deadlinesOf } from '../../src/domain/deadlines';
import { STORAGE_NAMES } from '../../src/storage/caseStore';
import { CURRENT_SCHEMA, migrateRecord } from '../../src/storage/migrations';
import { addCalendarDays, localDateOf } from '../../src/domain/dates';
import { loadAllCases, readStoredRecord } from '../../src/storage/caseStore';
import { exampleEvents } from '../fixtures/events';
import { freshDevice } from '../fixtures/storage';

type OldRecord = {
  schema: number;
  snapshot: { context: { claim: { deniedAt?: string } } };
  journal: { at: string; event: { type: string; at?: string; case?: unknown } }[];
};
const fixture = (name: string): OldRecord => JSON.parse(readFileSync(new URL(`../fixtures/records/${name}.json`, import.meta.url), 'utf8'));
const dated = fixture('v1-dated-events');
const undated = fixture('v1-undated-events');

const fixtures = { 'v1-dated-events': dated, 'v1-undated-events': undated };
const copy = <T>(value: T): T => structuredClone(value);

describe('every older record fixture', () => {
  it.each(Object.entries(fixtures))('%s reaches the current schema with every event dated and nothing dropped', (_name, fixture) => {
    const { record, from } = migrateRecord(copy(fixture)) as { record: { schema: number; journal: { at: string; event: { type: string; at?: string } }[] }; from?: number };
    expect(from).toBe(1);
    expect(record.schema).toBe(CURRENT_SCHEMA);
    // The same history, every field kept, each event now with its (local) date.
    expect(record.journal).toEqual(fixture.journal.map((entry) => ({ ...entry, event: { ...entry.event, at: entry.event.at ?? localDateOf(entry.at) } })));
  });

  it('keeps the snapshot when no recorded date was missing: the case reopens as it was', async () => {
    const read = await readStoredRecord('v1-dated', copy(dated));
    expect(read.ok && read.value.rebuiltFromJournal).toBe(false);
    expect(read.ok && read.value.snapshot.context.hold.status).toBe('requested');
  });

  it('rebuilds the snapshot when a date was missing, so the denial starts its appeal deadline', async () => {
    expect(undated.snapshot.context.claim.deniedAt).toBe(''); // the old shape's loss
    const read = await readStoredRecord('v1-undated', copy(undated));
    if (!read.ok) throw new Error(read.damaged.reasons.join('; '));
    expect(read.value.rebuiltFromJournal).toBe(true);
    const deniedOn = localDateOf('2026-02-01T15:00:00.000Z'); // February 1 in most of the world
    expect(read.value.snapshot.context.claim.deniedAt).toBe(deniedOn);
    expect(deadlinesOf(read.value.snapshot.context).find((deadline) => deadline.kind === 'internal-appeal')?.due).toBe(addCalendarDays(deniedOn, 180));
    expect(read.value.record.schema).toBe(CURRENT_SCHEMA);
  });

  it('sets aside an old record too damaged to migrate, keeping it as stored, and still reads the others', async () => {
    const broken = { ...copy(undated), journal: [null, ...copy(undated).journal] };
    const read = await readStoredRecord('broken', broken);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.damaged.raw).toBe(broken);
    freshDevice();
    const cases = createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore);
    await set('broken', broken, cases);
    await set('v1-dated', copy(dated), cases);
    const all = await loadAllCases();
    expect(all.cases.map((loaded) => loaded.record.id)).toEqual(['v1-dated']);
    expect(all.damaged.map((record) => record.key)).toEqual(['broken']);
  });

  it('sets aside a record from a newer version, with the reason', async () => {
    const read = await readStoredRecord('future', { ...copy(dated), schema: CURRENT_SCHEMA + 1 });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.damaged.reasons).toEqual([expect.stringMatching(/newer version of Billpath/)]);
  });

  it('is stored in the current shape once the case is opened on this version', async () => {
    freshDevice();
    const cases = createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore);
    await set('v1-undated', copy(undated), cases);
    await boot();
    openCase('v1-undated');
    await useAppStore.getState().open!.session.saved();
    const stored = (await get('v1-undated', cases)) as { schema: number; snapshot?: unknown };
    expect(stored.schema).toBe(CURRENT_SCHEMA);
    expect(stored.snapshot).toBeDefined();
  });
});

describe('events carry their dates', () => {
  it('a step recorded without a date is journaled with one, and the journal replays to the live snapshot', async () => {
    freshDevice();
    setClock(new Date(2026, 2, 2, 10, 0));
    await boot();
    await startSampleCase();
    expect(sendEvent({ type: 'CLAIM_STATUS_CONFIRMED', status: 'denied' })).toBe(true);
    const open = useAppStore.getState().open!;
    expect(open.journal.at(-1)!.event).toMatchObject({ type: 'CLAIM_STATUS_CONFIRMED', at: '2026-03-02' });
    const live = open.session.actor.getSnapshot();
    expect(live.context.claim.deniedAt).toBe('2026-03-02');
    expect(replay({ case: live.context.case, journal: open.journal }).context).toEqual(live.context);
  });

  it('replaying a history whose events lack dates gives them their entries\' dates (1,000 random histories)', () => {
    const billCase = dated.journal[0]!.event.case as never;
    fc.assert(fc.property(fc.array(fc.constantFrom(...exampleEvents), { maxLength: 20 }), (events) => {
      const journal = events.map((event, index) => ({ at: `2026-03-${String(1 + (index % 28)).padStart(2, '0')}T12:00:00.000Z`, event }));
      const withoutDates = journal.map(({ at, event }) => ({ at, event: { ...event, at: undefined } }));
      const withDates = journal.map(({ at, event }) => ({ at, event: { ...event, at: localDateOf(at) } }));
      expect(replay({ case: billCase, journal: withoutDates as never }).context).toEqual(replay({ case: billCase, journal: withDates }).context);
    }), { numRuns: 1000 });
  });
});
