/*
 * The shell store and the open-case session: every accepted event is journaled
 * and saved in one put; ignored events write nothing; a reload (memory
 * forgotten, IndexedDB kept) reopens the same case at the same step.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { nextAction } from '../../machines';
import { setClock, today } from '../../src/app/clock';
import { boot, openCase, sendEvent, showCaseList, startSampleCase, useAppStore } from '../../src/app/store';
import { loadAllCases } from '../../src/storage/caseStore';
import { freshDevice, reloadPage } from '../fixtures/storage';

beforeEach(() => {
  freshDevice();
  setClock(new Date(2026, 2, 2, 10, 0));
});

const openSnapshot = () => useAppStore.getState().open!.session.actor.getSnapshot();
const saved = () => useAppStore.getState().open!.session.saved();

describe('recording and resuming', () => {
  it('starts with no cases, then opens the sample at its first step', async () => {
    await boot();
    expect(useAppStore.getState()).toMatchObject({ ready: true, cases: {}, damaged: [] });
    expect(useAppStore.getState().open).toBeUndefined();
    await startSampleCase();
    expect(nextAction(openSnapshot(), today()).id).toBe('request-itemized-bill');
  });

  it('journals and saves each accepted event, and nothing for ignored ones', async () => {
    await boot();
    await startSampleCase();
    expect(sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at: today() })).toBe(true);
    expect(sendEvent({ type: 'PAYMENT_MADE', amount: 100, at: today() })).toBe(false);
    await saved();
    const [stored] = (await loadAllCases()).cases;
    expect(stored!.record.revision).toBe(1);
    expect(stored!.record.journal.map((entry) => entry.event.type)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
    expect(useAppStore.getState().open!.journal).toHaveLength(2);
  });

  it('keeps every event when many are recorded quickly, in a few writes rather than one each', async () => {
    await boot();
    await startSampleCase();
    performance.clearMeasures('billpath:save');
    for (let i = 0; i < 50; i += 1) sendEvent({ type: 'CALL_LOGGED', with: `Rep ${i}`, at: today() });
    await saved();
    const [stored] = (await loadAllCases()).cases;
    expect(stored!.record.revision).toBe(50);
    expect(stored!.record.journal).toHaveLength(51);
    // The write under way when the burst began, then the newest record: never one per step.
    expect(performance.getEntriesByName('billpath:save').length).toBeLessThanOrEqual(2);
  });

  it('reopens the same case at the same step after a reload', async () => {
    await boot();
    await startSampleCase();
    sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at: today() });
    sendEvent({ type: 'EOB_RECEIVED', eob: openSnapshot().context.case.eob!, at: today() });
    await saved();
    const before = { value: openSnapshot().value, step: nextAction(openSnapshot(), today()) };

    reloadPage();
    await boot();
    expect(useAppStore.getState().open).toBeDefined();
    expect(openSnapshot().value).toEqual(before.value);
    expect(nextAction(openSnapshot(), today())).toEqual(before.step);
  });

  it('shows the list after a reload when the list was showing', async () => {
    await boot();
    await startSampleCase();
    const id = useAppStore.getState().open!.session.id;
    showCaseList();
    reloadPage();
    await boot();
    expect(useAppStore.getState().open).toBeUndefined();
    openCase(id);
    expect(useAppStore.getState().open?.session.id).toBe(id);
  });
});
