/*
 * Backups: what is accepted, a corpus of malformed files each refused with its
 * reason, and restoring into storage — new, kept beside, replacing — where a
 * refused or failed restore changes nothing already stored.
 */
import { createStore, entries } from 'idb-keyval';
import { IDBObjectStore } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { restoreCases } from '../../src/app/restore';
import { boot, useAppStore } from '../../src/app/store';
import { backupOf, copyWithId, parseBackup, readBackupText } from '../../src/domain/backup';
import type { CaseFile } from '../../src/domain/caseFile';
import { sampleCase } from '../../src/domain/sampleBill';
import { STORAGE_NAMES } from '../../src/storage/caseStore';
import { caseFileOf, insuredCase, TODAY } from '../fixtures/cases';
import { exampleEvents } from '../fixtures/events';
import { freshDevice, reloadPage } from '../fixtures/storage';

const at = TODAY;
const opened = (file: CaseFile): CaseFile => ({ ...file, journal: [{ at, event: { type: 'CASE_OPENED', case: file.case } }, ...file.journal] });
const clinic = opened(caseFileOf(insuredCase({ id: 'clinic', title: 'Clinic visit' }), [{ type: 'HOLD_REQUESTED', at }, { type: 'CALL_LOGGED', with: 'Dana', at }]));
const er = opened(caseFileOf(sampleCase('er', TODAY), exampleEvents.slice(0, 6)));
const backup = backupOf([clinic, er], '2026-03-02T10:00:00.000Z');
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('reading a backup', () => {
  it('accepts one case file, or a backup of all cases, exactly as written', () => {
    expect(readBackupText(JSON.stringify(clinic))).toEqual({ ok: true, value: [clinic] });
    expect(readBackupText(JSON.stringify(backup))).toEqual({ ok: true, value: [clinic, er] });
  });

  it('accepts a case file from elsewhere whose history does not start with the opening', () => {
    expect(parseBackup(json(caseFileOf(insuredCase(), [{ type: 'HOLD_REQUESTED', at }]))).ok).toBe(true);
  });

  const withCase = (change: (file: Record<string, unknown>) => void) => {
    const file = json(clinic);
    change(file);
    return JSON.stringify(file);
  };
  const inBackup = (change: (file: Record<string, unknown>) => void) => {
    const all = json(backup);
    change(all);
    return JSON.stringify(all);
  };
  const corpus: [string, string, RegExp][] = [
    ['an empty file', '', /not a JSON file/],
    ['a file cut short', JSON.stringify(backup).slice(0, 200), /not a JSON file/],
    ['plain text', 'my medical bills', /not a JSON file/],
    ['a number', '42', /no "format"/],
    ['null', 'null', /no "format"/],
    ['a list', '[]', /no "format"/],
    ['an object with no format', '{"cases": []}', /no "format"/],
    ['another app\'s file', '{"format": "acme.export", "version": 1}', /format is "acme.export"/],
    ['a newer version', inBackup((b) => { b.version = 2; }), /newer version of Billpath/],
    ['a backup with no cases', inBackup((b) => { b.cases = []; }), /holds no cases/],
    ['a backup whose cases are not a list', inBackup((b) => { b.cases = { a: clinic }; }), /cases/],
    ['a case file of another version', withCase((f) => { f.version = '1'; }), /version/],
    ['a case with no id', withCase((f) => { (f.case as Record<string, unknown>).id = ''; }), /case\.id/],
    ['a balance in dollars', withCase((f) => { (f.case as Record<string, unknown>).statementBalance = 12.5; }), /case\.statementBalance/],
    ['a negative balance', withCase((f) => { (f.case as Record<string, unknown>).statementBalance = -100; }), /case\.statementBalance/],
    ['an unknown provider kind', withCase((f) => { (f.case as { provider: Record<string, unknown> }).provider.kind = 'spa'; }), /case\.provider\.kind/],
    ['an impossible date', withCase((f) => { (f.case as Record<string, unknown>).firstStatementDate = '2026-02-30'; }), /case\.firstStatementDate/],
    ['a journal that is not a list', withCase((f) => { f.journal = 'none'; }), /journal/],
    ['an entry with no date', withCase((f) => { (f.journal as Record<string, unknown>[])[1] = { event: { type: 'HOLD_REQUESTED' } }; }), /journal\.1\.at/],
    ['an unknown event', withCase((f) => { (f.journal as Record<string, unknown>[])[1] = { at, event: { type: 'FORGIVE_ALL' } }; }), /journal\.1\.event/],
    ['an offer in dollars', withCase((f) => { (f.journal as Record<string, unknown>[])[1] = { at, event: { type: 'OFFER_MADE', amount: 99.5, kind: 'lump-sum' } }; }), /journal\.1\.event\.amount/],
    ['a history that opens another case', withCase((f) => { ((f.journal as { event: { case: Record<string, unknown> } }[])[0]!.event.case).id = 'someone-else'; }), /journal\.0: the history opens case "someone-else"/],
    ['a case opened twice', withCase((f) => { (f.journal as unknown[]).push((f.journal as unknown[])[0]); }), /journal\.3: the case is opened again/],
    ['two cases with one id', inBackup((b) => { (b.cases as unknown[])[1] = json(clinic); }), /cases\.1\.case\.id: "clinic" is also the id of cases\.0/],
    ['one bad case among good ones', inBackup((b) => { ((b.cases as { case: Record<string, unknown> }[])[1]!.case).coverage = 'maybe'; }), /cases\.1\.case\.coverage/],
    ['a name the store keeps for itself', withCase((f) => { (f.case as Record<string, unknown>).id = 'setting:lastOpenCaseId'; ((f.journal as { event: { case: Record<string, unknown> } }[])[0]!.event.case).id = 'setting:lastOpenCaseId'; }), /not a case id Billpath can use/],
    ['far too big', ' '.repeat(50_000_001), /far too big/],
  ];

  it(`refuses each of ${corpus.length} malformed files with a reason that says what and where`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    for (const [what, text, reason] of corpus) {
      const read = readBackupText(text);
      expect(read.ok, what).toBe(false);
      if (!read.ok) expect(read.errors.join('\n'), what).toMatch(reason);
    }
  });
});

describe('restoring', () => {
  const stored = async () => Object.fromEntries(await entries(createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore)));

  beforeEach(async () => {
    freshDevice();
    await boot();
  });

  it('stores every case at the step its history leads to', async () => {
    expect(await restoreCases([clinic, er])).toBe(2);
    const cases = useAppStore.getState().cases;
    expect(Object.keys(cases).sort()).toEqual(['clinic', 'er']);
    expect(cases.clinic!.snapshot.context.hold.status).toBe('requested');
    // The history as it was, each event now carrying its own date (the opening had none in the file).
    expect(cases.clinic!.record.journal.map((entry) => entry.event.type)).toEqual(clinic.journal.map((entry) => entry.event.type));
    expect(cases.clinic!.record.journal.every((entry) => entry.event.at === entry.at.slice(0, 10))).toBe(true);
    // Read back from IndexedDB as on the next start: the same.
    reloadPage();
    await boot();
    expect(useAppStore.getState().cases.clinic!.snapshot.context.hold.status).toBe('requested');
  });

  it('keeps both when the id exists already, unless asked to replace', async () => {
    await restoreCases([clinic]);
    const changed = opened(caseFileOf(insuredCase({ id: 'clinic', title: 'Clinic visit' }), [{ type: 'HOLD_CONFIRMED', until: '2026-04-01', at }]));
    await restoreCases([changed]);
    const both = Object.values(useAppStore.getState().cases);
    expect(both.map((c) => c.record.title).sort()).toEqual(['Clinic visit', 'Clinic visit (restored copy)']);
    const copy = both.find((c) => c.record.id !== 'clinic')!;
    expect(copy.snapshot.context.hold.status).toBe('confirmed');
    expect(copy.record.journal[0]!.event).toMatchObject({ type: 'CASE_OPENED', case: { id: copy.record.id } });

    const before = (await stored())['revision:clinic'] as number;
    await restoreCases([changed], { clinic: 'replace' });
    const replaced = useAppStore.getState().cases.clinic!;
    expect(replaced.snapshot.context.hold.status).toBe('confirmed');
    expect(replaced.record.revision).toBeGreaterThan(before);
    expect(Object.keys(useAppStore.getState().cases)).toHaveLength(2);
  });

  it('adds the opening to a history from elsewhere, so the case can always be rebuilt', async () => {
    await restoreCases([caseFileOf(insuredCase({ id: 'plain' }), [{ type: 'HOLD_REQUESTED', at }])]);
    expect(useAppStore.getState().cases.plain!.record.journal.map((entry) => entry.event.type)).toEqual(['CASE_OPENED', 'HOLD_REQUESTED']);
  });

  it('changes nothing when a case in the file cannot be stored (the disk is full)', async () => {
    await restoreCases([clinic]);
    const before = await stored();
    const put = IDBObjectStore.prototype.put;
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (key === 'er') throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    try {
      await expect(restoreCases([copyWithId(clinic, 'fresh'), er])).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      full.mockRestore();
    }
    expect(await stored()).toEqual(before);
  });
});
