/*
 * The optional lock, for the app (loaded when it is used): turn it on, change
 * the passphrase, take it off, lock now, unlock, start over when the
 * passphrase is forgotten, and follow a lock changed in another tab. Closing
 * drops the key and every case from this tab's memory. Steps recorded and not
 * stored yet are never dropped: they wait, and are added to their case once it
 * is open again, as after any conflict between tabs (catchUp.ts).
 */
import { clear } from 'idb-keyval';
import { wordsArrived } from '../i18n/language';
import { casesStore, useSealer } from '../storage/caseStore';
import { resealRecords } from '../storage/resealRecords';
import { createLock, openLock } from '../storage/sealer';
import type { CaseSession } from './caseSession';
import { catchUp, lockIsMine, storedLock } from './catchUp';
import { boot, everySaved, openCase, readAllCases, tellOtherTabs, useAppStore } from './store';

export { AnotherTabKeptSaving } from '../storage/resealRecords';

/** Why the passphrase did not open the lock. */
export type LockRefusal = 'wrong-passphrase' | 'damaged-lock';

/** Sessions whose steps were not stored when Billpath closed. */
let waiting: CaseSession[] = [];
/** The case open in this tab when it closed, to open again. */
let openBeforeClosing: string | undefined;
/** Closed because another tab changed the lock (the unlock screen says so). */
let closedByAnotherTab = false;

export const wasClosedByAnotherTab = (): boolean => closedByAnotherTab;

/** Forgets what waits in memory, as a new page does (the tests' reload). */
export function forgetLockState(): void {
  waiting = [];
  openBeforeClosing = undefined;
  closedByAnotherTab = false;
}

// Steps that wait for the passphrase live only in this page: leaving it asks first.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (waiting.length > 0) event.preventDefault();
  });
}


/** Drops the key and the cases from memory; steps not stored wait. */
function close(diverged?: CaseSession): void {
  const { open } = useAppStore.getState();
  for (const session of [diverged, open?.session]) {
    if (session && !session.upToDate() && !waiting.includes(session)) waiting.push(session);
  }
  openBeforeClosing = open?.session.id ?? openBeforeClosing;
  open?.session.stop();
  useSealer(undefined);
  useAppStore.setState({ cases: {}, damaged: [], episodes: {}, openEpisode: undefined, open: undefined, syncNotice: undefined, saveError: undefined, lock: 'closed' });
}

/** Reads the cases again (with this tab's key, if any), adds the steps that waited, and opens the case that was open. */
async function reopen(): Promise<void> {
  // The cases come back at their steps: their words must be here too (main.tsx loads them beside the start).
  await Promise.all([boot(), wordsArrived()]);
  if (useAppStore.getState().lock === 'closed') return;
  const sessions = waiting;
  const caseId = openBeforeClosing;
  forgetLockState();
  for (const session of sessions) await catchUp(session.id, session);
  const { open, cases } = useAppStore.getState();
  // Shown as stored now, with the steps that waited.
  const showing = caseId && cases[caseId] ? caseId : open?.session.id;
  if (showing) openCase(showing);
}

/** Locks Billpath in this tab now, once every step recorded here is stored; `everywhere` tells the other tabs to lock too. */
export async function lockNow(everywhere = true): Promise<void> {
  await everySaved();
  close();
  if (everywhere) tellOtherTabs({ lockNow: true });
}

/** Opens the lock with `passphrase`; nothing stored changes either way. */
export async function unlock(passphrase: string): Promise<LockRefusal | undefined> {
  const stored = await storedLock();
  if (stored !== undefined) {
    const opened = await openLock(stored, passphrase);
    if (!opened.ok) return opened.reason;
    useSealer(opened.sealer);
  }
  await reopen();
  return undefined;
}

/** Another tab changed the lock (or this tab's save was refused for it): close, and open again if no passphrase is needed. */
export async function lockChanged(diverged?: CaseSession): Promise<void> {
  const closedHere = useAppStore.getState().lock === 'closed';
  if ((await lockIsMine()) && !closedHere) {
    if (diverged) await catchUp(diverged.id, diverged);
    return;
  }
  close(diverged);
  closedByAnotherTab = true;
  await reopen(); // stays closed if the lock is on; opens at once if it was taken off or everything erased
}

/** Writes every record again for the new lock (or none), reads them back, and tells the other tabs. */
async function changeLock(next: Awaited<ReturnType<typeof createLock>> | undefined): Promise<void> {
  await everySaved();
  await resealRecords(next);
  tellOtherTabs({ lock: next?.lock.id ?? null });
  // The records moved on a revision (so an older Billpath still open can't write over them): read them
  // again, staying where the person is.
  await readAllCases();
  const open = useAppStore.getState().open?.session.id;
  if (open) openCase(open);
}

/** The current passphrase checked again before the lock is changed or taken off. */
async function confirmed(passphrase: string): Promise<LockRefusal | undefined> {
  const opened = await openLock(await storedLock(), passphrase);
  return opened.ok ? undefined : opened.reason;
}

export async function turnOnLock(passphrase: string): Promise<void> {
  await changeLock(await createLock(passphrase));
}

export async function changePassphrase(current: string, next: string): Promise<LockRefusal | undefined> {
  const refused = await confirmed(current);
  if (!refused) await changeLock(await createLock(next));
  return refused;
}

export async function turnOffLock(current: string): Promise<LockRefusal | undefined> {
  const refused = await confirmed(current);
  if (!refused) await changeLock(undefined);
  return refused;
}

/** The passphrase is forgotten: every case on this device is erased for good, and Billpath starts empty. */
export async function eraseEverything(): Promise<void> {
  await clear(casesStore());
  forgetLockState();
  useSealer(undefined);
  tellOtherTabs({ lock: null });
  await reopen();
}
