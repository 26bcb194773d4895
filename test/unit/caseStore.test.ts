/*
 * The idb-keyval adapter, on a real in-memory IndexedDB.
 */
import { set, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replay } from '../../machines';
import { newCaseRecord } from '../../src/storage/caseRecord';
import { loadAllCases, rememberOpenCase, saveCaseOver, STORAGE_NAMES } from '../../src/storage/caseStore';
import { requestPersistentStorage } from '../../src/storage/persistence';
import { insuredCase } from '../fixtures/cases';
import { freshDevice } from '../fixtures/storage';

beforeEach(freshDevice);
afterEach(() => vi.unstubAllGlobals());

const recordFor = (id: string) => newCaseRecord(replay({ case: insuredCase({ id }), journal: [] }), '2026-03-02T10:00:00.000Z');

describe('the case store', () => {
  it('keeps one record per case', async () => {
    await saveCaseOver(recordFor('a'), undefined);
    await saveCaseOver(recordFor('b'), undefined);
    await saveCaseOver({ ...recordFor('a'), revision: 3 }, 0);
    const { cases, damaged } = await loadAllCases();
    expect(cases.map((c) => [c.record.id, c.record.revision]).sort()).toEqual([['a', 3], ['b', 0]]);
    expect(damaged).toEqual([]);
  });

  it('lists a corrupt record as damaged and still loads the others', async () => {
    await saveCaseOver(recordFor('good'), undefined);
    await set('broken', { schema: 1, id: 'broken', snapshot: 'nope' }, createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore));
    const { cases, damaged } = await loadAllCases();
    expect(cases.map((c) => c.record.id)).toEqual(['good']);
    expect(damaged.map((d) => d.key)).toEqual(['broken']);
  });

  it('remembers which case was open', async () => {
    const lastOpen = async () => (await loadAllCases()).lastOpen;
    expect(await lastOpen()).toBeUndefined();
    await rememberOpenCase('a');
    expect(await lastOpen()).toBe('a');
    await rememberOpenCase(undefined);
    expect(await lastOpen()).toBeUndefined();
  });
});

describe('persistent storage', () => {
  it('reports a browser without the storage API', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe('unsupported');
  });
  it('reports a refusal', async () => {
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist: async () => false } });
    expect(await requestPersistentStorage()).toBe('refused');
  });
  it('reports a grant', async () => {
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist: async () => true } });
    expect(await requestPersistentStorage()).toBe('granted');
  });
});
