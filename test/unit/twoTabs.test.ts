/*
 * Two tabs on one case never lose an event: a save only lands on the record it
 * was built on; a tab that finds a newer record replays its own steps on top
 * of it, and says so.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../src/app/caseSession';
import { setClock } from '../../src/app/clock';
import { boot, openCase, sendEvent, showCaseList, startSampleCase, useAppStore } from '../../src/app/store';
import type { BillEvent } from '../../src/domain/events';
import { createStore, set } from 'idb-keyval';
import { deleteCase, loadAllCases, loadCase, saveCaseOver, STORAGE_NAMES } from '../../src/storage/caseStore';
import { newCaseRecord } from '../../src/storage/caseRecord';
import { replay } from '../../machines';
import { insuredCase } from '../fixtures/cases';
import { freshDevice } from '../fixtures/storage';

const at = '2026-03-02';

beforeEach(async () => {
  freshDevice();
  setClock(new Date(2026, 2, 2, 10, 0));
  await boot();
});

/** Another tab: its own session on the case as stored now. */
async function otherTab(id: string) {
  const read = await loadCase(id);
  if (!read?.ok) throw new Error('case not stored');
  return startSession(read.value, { save: saveCaseOver, now: () => new Date(), onSaveError: (error) => { throw error; } });
}

async function storedEvents(id: string): Promise<string[]> {
  const read = await loadCase(id);
  return read?.ok ? read.value.record.journal.map((entry) => entry.event.type) : [];
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('never happened');
}

/** The sample open here, and another tab that has already stored a step this tab doesn't know of. */
async function sampleWithOtherTabAhead(): Promise<string> {
  await startSampleCase();
  const id = useAppStore.getState().open!.session.id;
  const tab = await otherTab(id);
  tab.send({ type: 'ITEMIZED_BILL_REQUESTED', at });
  await tab.saved();
  return id;
}

describe('saving over a record', () => {
  it('writes only on the revision it builds on', async () => {
    const record = newCaseRecord(replay({ case: insuredCase({ id: 'x' }), journal: [] }), `${at}T10:00:00.000Z`);
    expect(await saveCaseOver(record, undefined)).toBe('saved');
    expect(await saveCaseOver({ ...record, title: 'again' }, undefined)).toBe('stale'); // it exists now
    expect(await saveCaseOver({ ...record, revision: 1 }, 0)).toBe('saved');
    expect(await saveCaseOver({ ...record, revision: 2, title: 'late' }, 0)).toBe('stale');
    const read = await loadCase('x');
    expect(read?.ok && [read.value.record.revision, read.value.record.title]).toEqual([1, 'Clinic visit']);
  });

  it('checks a record stored before revisions had a key of their own by reading the record, once', async () => {
    const record = newCaseRecord(replay({ case: insuredCase({ id: 'old' }), journal: [] }), `${at}T10:00:00.000Z`);
    await set('old', { ...record, revision: 4 }, createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore));
    expect(await saveCaseOver({ ...record, revision: 5 }, 3)).toBe('stale');
    expect(await saveCaseOver({ ...record, revision: 5 }, 4)).toBe('saved');
    expect(await saveCaseOver({ ...record, revision: 6 }, 4)).toBe('stale');
    expect((await loadAllCases()).cases.map((each) => each.record.revision)).toEqual([5]);
  });
});

describe('two tabs on one case', () => {
  it('keeps both tabs’ steps when both record at once', async () => {
    await startSampleCase();
    const id = useAppStore.getState().open!.session.id;
    const tab = await otherTab(id);
    const first: BillEvent = { type: 'ITEMIZED_BILL_REQUESTED', at };
    expect(tab.send(first)).toBe(true);
    await tab.saved();

    // This tab still shows revision 0 and records its own step.
    expect(sendEvent({ type: 'HOLD_REQUESTED', at })).toBe(true);
    await until(async () => (await storedEvents(id)).length === 3);
    expect(await storedEvents(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED']);
    const open = useAppStore.getState().open!;
    expect(open.journal.map((entry) => entry.event.type)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED']);
    expect(useAppStore.getState().syncNotice).toEqual({ kind: 'merged' });
  });

  it('says which steps no longer fit instead of forcing them in', async () => {
    await startSampleCase();
    const open = useAppStore.getState().open!;
    const id = open.session.id;
    sendEvent({ type: 'PROCEED_ANYWAY', at });
    sendEvent({ type: 'PROCEED_ANYWAY', at });
    await open.session.saved();
    const tab = await otherTab(id);
    expect(tab.send({ type: 'PAYMENT_PLAN_OFFERED', monthly: 5000, months: 24, at })).toBe(true);
    expect(tab.send({ type: 'PAYMENT_PLAN_ACCEPTED', monthly: 5000, months: 24, at })).toBe(true);
    await tab.saved();
    const stored = await storedEvents(id);

    // Fine here, where no plan is known; after the plan the other tab accepted, an offer is refused.
    expect(sendEvent({ type: 'OFFER_MADE', amount: 30000, kind: 'lump-sum', at })).toBe(true);
    await until(async () => useAppStore.getState().syncNotice !== undefined);
    expect(useAppStore.getState().syncNotice).toMatchObject({ kind: 'not-fitting', lost: 1 });
    expect(await storedEvents(id)).toEqual(stored);
    expect(useAppStore.getState().open!.session.actor.getSnapshot().context.paymentPlan?.status).toBe('accepted');
  });

  it('keeps steps recorded while catching up, with their own times', async () => {
    const id = await sampleWithOtherTabAhead();

    setClock(new Date(2026, 2, 2, 11, 0));
    expect(sendEvent({ type: 'HOLD_REQUESTED', at })).toBe(true); // its save will find the other tab's record
    setClock(new Date(2026, 2, 2, 11, 5));
    expect(sendEvent({ type: 'CALL_LOGGED', with: 'Dana', at })).toBe(true); // recorded before the catch-up lands
    await until(async () => (await storedEvents(id)).length === 4);
    expect(await storedEvents(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED', 'CALL_LOGGED']);
    const read = await loadCase(id);
    expect(read?.ok && read.value.record.journal.slice(2).map((entry) => entry.at)).toEqual([
      new Date(2026, 2, 2, 11, 0).toISOString(), new Date(2026, 2, 2, 11, 5).toISOString(),
    ]);
  });

  it('stores the step even when the person leaves the case before the catch-up', async () => {
    const id = await sampleWithOtherTabAhead();

    expect(sendEvent({ type: 'HOLD_REQUESTED', at })).toBe(true);
    showCaseList();
    await until(async () => (await storedEvents(id)).length === 3);
    expect(await storedEvents(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED']);
    await until(async () => useAppStore.getState().cases[id]!.record.revision === 2);
  });

  it('stores the case again when it is not stored at all (a first save that failed, or removed elsewhere)', async () => {
    await startSampleCase();
    const open = useAppStore.getState().open!;
    await open.session.saved();
    await deleteCase(open.session.id);
    expect(sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at })).toBe(true);
    await open.session.saved();
    expect(await storedEvents(open.session.id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
  });
});

describe('steps that could not be saved', () => {
  /** Saves fail while `full` is set, as on a full disk. */
  async function withFullDisk(run: () => Promise<void>) {
    const { IDBObjectStore } = await import('fake-indexeddb');
    const { vi } = await import('vitest');
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await run();
    } finally {
      spy.mockImplementation(put);
      spy.mockRestore();
    }
  }

  it('are kept when the person leaves the case and comes back: stored once each, with the next step', async () => {
    await startSampleCase();
    const id = useAppStore.getState().open!.session.id;
    await withFullDisk(async () => {
      sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at });
      sendEvent({ type: 'HOLD_REQUESTED', at });
      await useAppStore.getState().open!.session.saved();
      expect(useAppStore.getState().saveError).toEqual({ kind: 'full', caseId: id });
    });
    showCaseList();
    openCase(id); // the new session tries again at once
    sendEvent({ type: 'CALL_LOGGED', with: 'Dana', at });
    await useAppStore.getState().open!.session.saved();
    expect(await storedEvents(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED', 'CALL_LOGGED']);
    expect(useAppStore.getState().saveError).toBeUndefined();
  });

  it('keep their warning until their own case is saved, not when another case saves', async () => {
    await startSampleCase();
    const first = useAppStore.getState().open!.session.id;
    await withFullDisk(async () => {
      sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at });
      await useAppStore.getState().open!.session.saved();
    });
    await startSampleCase(); // another case, whose steps save fine
    expect(useAppStore.getState().open!.session.id).not.toBe(first);
    sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at });
    await useAppStore.getState().open!.session.saved();
    expect(useAppStore.getState().saveError).toMatchObject({ caseId: first });
  });

  it('are never added twice when the case is reopened while its last save is still landing', async () => {
    await startSampleCase();
    const id = useAppStore.getState().open!.session.id;
    sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at });
    const landing = useAppStore.getState().open!.session.saved();
    showCaseList();
    openCase(id);
    await landing;
    await useAppStore.getState().open!.session.saved();
    await until(async () => useAppStore.getState().open?.session.upToDate() === true);
    expect(await storedEvents(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
  });
});
