/*
 * The optional lock: records at rest are sealed with a key from the
 * passphrase (PBKDF2, at least 600,000 iterations; AES-GCM), the passphrase is
 * stored nowhere, a wrong one changes nothing, and saves, restores and another
 * tab's unsaved steps all go through it without losing an event.
 */
import { createStore, entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { heardFromTab } from '../../src/app/catchUp';
import { changePassphrase, eraseEverything, lockChanged, lockNow, turnOffLock, turnOnLock, unlock } from '../../src/app/lock';
import { restoreCases } from '../../src/app/restore';
import { boot, openCase, sendEvent, showCaseList, startSampleCase, useAppStore } from '../../src/app/store';
import { sampleCase } from '../../src/domain/sampleBill';
import { currentSealer, deleteCase, loadAllCases, revisionKey, saveCaseOver, STORAGE_NAMES, useSealer } from '../../src/storage/caseStore';
import { resealRecords } from '../../src/storage/resealRecords';
import { createLock, openLock, PBKDF2_ITERATIONS } from '../../src/storage/sealer';
import { caseFileOf, insuredCase, TODAY } from '../fixtures/cases';
import { freshDevice, reloadPage } from '../fixtures/storage';

const at = TODAY;
const PASSPHRASE = 'kettle river blue lamp';
const cases = () => createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore);
/** Everything stored, as a map from key to value. */
const stored = async () => new Map((await entries(cases())).map(([key, value]) => [String(key), value]));
/** Every stored byte of text a person could read: what a thief with the device's files would see. */
const readable = async () => JSON.stringify([...(await stored())].map(([key, value]) => [key, value instanceof Uint8Array ? [...value] : value]));

/** The sample case open at its second step, everything stored. */
async function sampleAtSecondStep(): Promise<string> {
  await startSampleCase();
  sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at });
  const open = useAppStore.getState().open!;
  await open.session.saved();
  return open.session.id;
}

const stepTitle = () => useAppStore.getState().open?.session.actor.getSnapshot().context.case.title;
const journalOf = (id: string) => useAppStore.getState().cases[id]?.record.journal.map((entry) => entry.event.type);

beforeEach(async () => {
  freshDevice();
  await boot();
});

describe('the lock record', () => {
  it('keeps a random salt, at least 600,000 iterations and a check value — never the passphrase', async () => {
    const { lock } = await createLock(PASSPHRASE);
    expect(lock.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(lock.salt).toHaveLength(16);
    expect(JSON.stringify({ ...lock, salt: [...lock.salt] })).not.toContain(PASSPHRASE);
    const other = await createLock(PASSPHRASE);
    expect([...other.lock.salt]).not.toEqual([...lock.salt]); // the same passphrase never gives the same key twice
  });

  it('opens with its passphrase only, however its accents were typed', async () => {
    const { lock } = await createLock('café au lait, s’il vous plaît');
    expect((await openLock(lock, 'café au lait, s’il vous plaît')).ok).toBe(true);
    expect((await openLock(lock, 'cafe\u0301 au lait, s’il vous plaît')).ok).toBe(true); // é typed as e + accent
    expect(await openLock(lock, 'Café au lait, s’il vous plaît')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await openLock(lock, '')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('refuses a damaged lock record, or one asking for fewer iterations', async () => {
    const { lock } = await createLock(PASSPHRASE);
    expect(await openLock({ ...lock, iterations: 1_000 }, PASSPHRASE)).toEqual({ ok: false, reason: 'damaged-lock' });
    expect(await openLock({ ...lock, salt: 'salt' }, PASSPHRASE)).toEqual({ ok: false, reason: 'damaged-lock' });
    expect(await openLock('nonsense', PASSPHRASE)).toEqual({ ok: false, reason: 'damaged-lock' });
  });
});

describe('turning the lock on', () => {
  it('stores every case sealed: no title, provider or history readable at rest', async () => {
    const id = await sampleAtSecondStep();
    const title = stepTitle()!;
    expect(await readable()).toContain(title);
    await turnOnLock(PASSPHRASE);
    const text = await readable();
    for (const words of [title, 'ITEMIZED_BILL_REQUESTED', sampleCase(id, TODAY).provider.name, PASSPHRASE]) expect(text).not.toContain(words);
    expect((await stored()).get(id)).toMatchObject({ sealed: 'AES-GCM' });
    expect(useAppStore.getState().lock).toBe('open');
  });

  it('asks for the passphrase after a reload; a wrong one changes nothing, the right one opens the same step', async () => {
    const id = await sampleAtSecondStep();
    const journal = journalOf(id);
    await turnOnLock(PASSPHRASE);
    reloadPage();
    await boot();
    expect(useAppStore.getState()).toMatchObject({ lock: 'closed', cases: {}, damaged: [] });
    const before = await readable();
    expect(await unlock('kettle river blue lamps')).toBe('wrong-passphrase');
    expect(await readable()).toBe(before);
    expect(useAppStore.getState().lock).toBe('closed');

    expect(await unlock(PASSPHRASE)).toBeUndefined();
    expect(useAppStore.getState().lock).toBe('open');
    expect(useAppStore.getState().open?.session.id).toBe(id); // the case open before the reload, at its step
    expect(journalOf(id)).toEqual(journal);
  });

  it('seals every later save, and reads them back', async () => {
    const id = await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    sendEvent({ type: 'CALL_LOGGED', with: 'Dana Whitfield', at });
    await useAppStore.getState().open!.session.saved();
    expect(await readable()).not.toContain('Dana Whitfield');
    reloadPage();
    await boot();
    await unlock(PASSPHRASE);
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'CALL_LOGGED']);
  });

  it('restores a backup into a locked device sealed', async () => {
    await turnOnLock(PASSPHRASE);
    const clinic = caseFileOf(insuredCase({ id: 'clinic', title: 'Clinic visit' }), [{ type: 'HOLD_REQUESTED', at }]);
    expect(await restoreCases([clinic])).toBe(1);
    expect(await readable()).not.toContain('Clinic visit');
    reloadPage();
    await boot();
    await unlock(PASSPHRASE);
    expect(useAppStore.getState().cases.clinic?.snapshot.context.hold.status).toBe('requested');
  });
});

describe('a locked record that was tampered with', () => {
  it('is set aside as damaged, with its reason, and the other cases open', async () => {
    const first = await sampleAtSecondStep();
    await startSampleCase();
    const second = useAppStore.getState().open!.session.id;
    await useAppStore.getState().open!.session.saved();
    await turnOnLock(PASSPHRASE);
    const sealed = (await stored()).get(first) as { data: ArrayBuffer };
    const bytes = new Uint8Array(sealed.data.slice(0));
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    await set(first, { ...sealed, data: bytes.buffer }, cases());

    const read = await loadAllCases();
    expect(read.cases.map((each) => each.record.id)).toEqual([second]);
    expect(read.damaged).toHaveLength(1);
    expect(read.damaged[0]!.reasons.join(' ')).toMatch(/damaged: they no longer match/);
  });

  it('will not open under another key: a sealed record copied to another case’s place is refused', async () => {
    const first = await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    await set('elsewhere', (await stored()).get(first), cases());
    const read = await loadAllCases();
    expect(read.damaged.map((each) => each.key)).toEqual(['elsewhere']);
  });
});

describe('changing and removing the lock', () => {
  it('changes the passphrase only when the current one is given; the old one then opens nothing', async () => {
    const id = await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    const before = await readable();
    expect(await changePassphrase('not it at all, no', 'a brand new river song')).toBe('wrong-passphrase');
    expect(await readable()).toBe(before);
    expect(await changePassphrase(PASSPHRASE, 'a brand new river song')).toBeUndefined();
    reloadPage();
    await boot();
    expect(await unlock(PASSPHRASE)).toBe('wrong-passphrase');
    expect(await unlock('a brand new river song')).toBeUndefined();
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
  });

  it('takes the lock off only with the passphrase, and stores the cases plain again', async () => {
    const id = await sampleAtSecondStep();
    const title = stepTitle()!;
    await turnOnLock(PASSPHRASE);
    expect(await turnOffLock('the wrong one, sorry')).toBe('wrong-passphrase');
    expect(await turnOffLock(PASSPHRASE)).toBeUndefined();
    expect((await stored()).has(STORAGE_NAMES.lock)).toBe(false);
    expect(await readable()).toContain(title);
    reloadPage();
    await boot();
    expect(useAppStore.getState().lock).toBeUndefined();
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
  });

  it('locks now: the key and the cases leave memory, and the same case opens again with the passphrase', async () => {
    const id = await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    openCase(id);
    sendEvent({ type: 'HOLD_REQUESTED', at });
    await lockNow();
    expect(useAppStore.getState()).toMatchObject({ lock: 'closed', cases: {}, open: undefined });
    expect(currentSealer()).toBeUndefined();
    reloadPage(); // nothing waits in memory: the step was stored before the key was dropped
    await boot();
    await unlock(PASSPHRASE);
    expect(useAppStore.getState().open?.session.id).toBe(id);
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED']);
  });

  it('erases everything when the passphrase is forgotten, and starts empty', async () => {
    await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    reloadPage();
    await boot();
    await eraseEverything();
    expect(await stored()).toEqual(new Map());
    expect(useAppStore.getState()).toMatchObject({ lock: undefined, cases: {} });
  });
});

describe('another tab changes the lock', () => {
  /** What another tab does: the records sealed with a new lock; this tab keeps no key for it. */
  async function lockedElsewhere() {
    const mine = currentSealer();
    await resealRecords(await createLock(PASSPHRASE));
    useSealer(mine);
  }

  it('refuses this tab’s plain save, closes, and adds its step once the passphrase is given', async () => {
    const id = await sampleAtSecondStep();
    await lockedElsewhere();
    expect(sendEvent({ type: 'HOLD_REQUESTED', at })).toBe(true);
    await expect.poll(() => useAppStore.getState().lock).toBe('closed');
    expect(await readable()).not.toContain('HOLD_REQUESTED'); // nothing written plain after the lock
    expect(await unlock(PASSPHRASE)).toBeUndefined();
    await expect.poll(() => journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED']);
    reloadPage();
    await boot();
    await unlock(PASSPHRASE);
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED']);
    expect(await readable()).not.toContain('HOLD_REQUESTED');
  });

  it('refuses a save sealed for a lock that is no longer the stored one', async () => {
    const id = await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    const record = useAppStore.getState().cases[id]!.record;
    const before = await readable();
    // The lock is taken off elsewhere: a save sealed for the old lock must not land.
    const mine = currentSealer();
    await resealRecords(undefined);
    useSealer(mine);
    const plain = await stored();
    expect(await saveCaseOver({ ...record, title: 'Written by the old lock', revision: record.revision + 2 }, record.revision + 1)).toBe('stale');
    expect(await stored()).toEqual(plain); // nothing written
    expect(await readable()).not.toBe(before);
    expect(await readable()).not.toContain('Written by the old lock');
  });

  it('opens the case again with no passphrase when the lock was taken off elsewhere', async () => {
    const id = await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    const mine = currentSealer();
    await resealRecords(undefined);
    useSealer(mine);
    heardFromTab({ lock: null });
    await expect.poll(() => useAppStore.getState().lock).toBeUndefined();
    expect(useAppStore.getState().open?.session.id).toBe(id);
    openCase(id);
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
  });
});

describe('what could go wrong around a lock change', () => {
  it('lets every queued step land before "Lock now" drops the key, even from a case just left', async () => {
    const id = await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    openCase(id);
    sendEvent({ type: 'HOLD_REQUESTED', at });
    sendEvent({ type: 'CALL_LOGGED', with: 'Dana', at });
    showCaseList();
    await lockNow();
    expect((await stored()).get(revisionKey(id))).toBe(4); // opened 0, requested 1, locked 2, hold 3, call 4: stored before closing
    reloadPage();
    await boot();
    await unlock(PASSPHRASE);
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'HOLD_REQUESTED', 'CALL_LOGGED']);
  });

  it('stores a new case whose first save was refused because another tab had just locked', async () => {
    const mine = currentSealer();
    await resealRecords(await createLock(PASSPHRASE)); // the other tab, with no case yet
    useSealer(mine);
    await startSampleCase();
    const id = Object.keys(useAppStore.getState().cases)[0]!;
    sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at });
    await expect.poll(() => useAppStore.getState().lock).toBe('closed');
    expect(await readable()).not.toContain('ITEMIZED_BILL_REQUESTED');
    await unlock(PASSPHRASE);
    await expect.poll(async () => (await stored()).has(id)).toBe(true);
    reloadPage();
    await boot();
    await unlock(PASSPHRASE);
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
    expect((await stored()).get(id)).toMatchObject({ sealed: 'AES-GCM' });
  });

  it('writes the lock again when a case is added or removed while it is being turned on', async () => {
    await set('junk-1', { nonsense: true }, cases());
    await set('junk-2', { nonsense: true }, cases());
    const id = await sampleAtSecondStep();
    const base = useAppStore.getState().cases[id]!.record;
    const next = await createLock(PASSPHRASE);
    // Between reading the records and writing them sealed, another tab removes the two damaged records
    // and stores a new case plain: the number of keys stays the same.
    let meddled = false;
    const seal = next.sealer.seal.bind(next.sealer);
    next.sealer = {
      ...next.sealer,
      seal: async (key, value) => {
        if (!meddled) {
          meddled = true;
          await deleteCase('junk-1');
          await deleteCase('junk-2');
          expect(await saveCaseOver({ ...base, id: 'new-case', title: 'A brand new secret title' }, undefined)).toBe('saved');
        }
        return seal(key, value);
      },
    };
    await resealRecords(next);
    const after = await stored();
    expect(after.get('new-case')).toMatchObject({ sealed: 'AES-GCM' });
    expect(after.has('junk-1') || after.has('junk-2')).toBe(false); // removed records are not brought back
    expect(await readable()).not.toContain('A brand new secret title');
  });

  it('moves each record on a revision, so a tab still running an older Billpath (which checks only revisions) cannot write over it', async () => {
    const id = await sampleAtSecondStep();
    const record = useAppStore.getState().cases[id]!.record;
    await turnOnLock(PASSPHRASE);
    /** The previous version's save: compare the revision key, then put the record plain. */
    const oldVersionSave = (next: typeof record, expected: number) =>
      cases()('readwrite', (store) => new Promise<'saved' | 'stale'>((resolve) => {
        let outcome: 'saved' | 'stale' = 'stale';
        store.transaction.oncomplete = () => resolve(outcome);
        const revision = store.get(revisionKey(next.id));
        revision.onsuccess = () => {
          if (revision.result !== expected) return;
          store.put(next, next.id);
          store.put(next.revision, revisionKey(next.id));
          outcome = 'saved';
        };
      }));
    expect(await oldVersionSave({ ...record, title: 'OLD TAB PLAIN TITLE', revision: record.revision + 1 }, record.revision)).toBe('stale');
    expect((await stored()).get(id)).toMatchObject({ sealed: 'AES-GCM' });
    expect(await readable()).not.toContain('OLD TAB PLAIN TITLE');
  });

  it('follows when another tab locks now, and when the lock is taken off while this tab is closed', async () => {
    const id = await sampleAtSecondStep();
    await turnOnLock(PASSPHRASE);
    openCase(id);
    heardFromTab({ lockNow: true });
    await expect.poll(() => useAppStore.getState().lock).toBe('closed');
    expect(useAppStore.getState().cases).toEqual({});

    // Another tab, holding the key, takes the lock off; this one, closed, hears of it.
    const opened = await openLock((await stored()).get(STORAGE_NAMES.lock), PASSPHRASE);
    useSealer(opened.ok ? opened.sealer : undefined);
    await resealRecords(undefined);
    useSealer(undefined);
    await lockChanged();
    expect(useAppStore.getState().lock).toBeUndefined();
    expect(journalOf(id)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
    expect(useAppStore.getState().open?.session.id).toBe(id); // the case that was open here, open again
  });
});
