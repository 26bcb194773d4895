/*
 * The app shell's state (zustand): which cases exist on this device, which one
 * is open, and notices about storage. The bill's phase and facts are never
 * copied here: they live in the open case's machine snapshot. Actions are plain
 * module functions (zustand's "no store actions" pattern), so components and
 * tests call them directly. One-way flow: action -> event -> machine -> record.
 */
import { create } from 'zustand';
import { phaseOf, recommend, replay, type Phase } from '../../machines/workflow';
import { home } from '../i18n/en/home';
import { stepWordsNow, wordsArrived, wordsNow } from '../i18n/language';
import type { Case } from '../domain/case';
import type { JournalEntry } from '../domain/caseFile';
import type { BillEvent } from '../domain/events';
import { newCaseRecord, type DamagedRecord, type LoadedCase } from '../storage/caseRecord';
import type { StoredEpisode } from '../storage/episodeStore';
import {
  deleteCase,
  loadAllCases,
  rememberOpenCase,
  saveCaseOver,
} from '../storage/caseStore';
import { startSession, type CaseSession } from './caseSession';
import { now, today } from './clock';

export type CaseSummary = { id: string; title: string; phase: Phase; next: string; updatedAt: string };
export type OpenCase = { session: CaseSession; journal: JournalEntry[]; rebuiltFromJournal: boolean };

export type AppState = {
  ready: boolean;
  cases: Record<string, LoadedCase>;
  damaged: DamagedRecord[];
  /** Episodes of care: bills from one visit, grouped (app/episodes.ts). */
  episodes: Record<string, StoredEpisode>;
  /** The episode on screen, under any case opened from it. */
  openEpisode?: string;
  open?: OpenCase;
  /** Storage may be cleared by the browser, or is not available at all. */
  storageNotice?: 'may-be-cleared' | 'unavailable';
  /** A save of this case failed: the device is out of space ('full'), or it failed for another reason. */
  saveError?: { kind: SaveError; caseId: string };
  /** The open case was changed in another tab: what Billpath did about it (the words are in ui/components/Notices.tsx). */
  syncNotice?: SyncNotice;
  /** The optional lock is on: open in this tab, or closed (nothing is read until the passphrase is given). */
  lock?: 'open' | 'closed';
};

export type SaveError = 'full' | 'failed';
export type SyncNotice = { kind: 'refreshed' } | { kind: 'merged' } | { kind: 'not-fitting'; lost: number; title: string };

/** Out of space (QuotaExceededError; Firefox's older name too), or anything else. */
const saveErrorOf = (error: unknown): SaveError =>
  error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`) ? 'full' : 'failed';

const initialState: AppState = { ready: false, cases: {}, damaged: [], episodes: {} };

export const useAppStore = create<AppState>()(() => initialState);

const set = useAppStore.setState;
const get = useAppStore.getState;

/**
 * Whether cases are stored, for the next visit's early script (earlyWords in vite.config.ts): with cases,
 * their step words download beside the app instead of after it.
 */
const HAS_CASES_KEY = 'billpath:has-cases';
useAppStore.subscribe((state, previous) => {
  const has = Object.keys(state.cases).length > 0;
  if (has === Object.keys(previous.cases).length > 0 && state.ready === previous.ready) return;
  try {
    if (state.ready) localStorage.setItem(HAS_CASES_KEY, has ? '1' : '0');
  } catch {
    // Storage blocked: the words load when the app asks for them.
  }
});

export function resetAppStore(): void {
  get().open?.session.stop();
  sessions = [];
  set(initialState, true);
}

function summaryOf(loaded: LoadedCase, on: string): CaseSummary {
  let next = '';
  try {
    const words = stepWordsNow();
    next = words.openToSee;
    next = recommend(loaded.snapshot, on, words).title;
  } catch {
    // Records are checked when read; should one still surprise us, the list must not go blank.
  }
  const { id, title, updatedAt } = loaded.record;
  return { id, title, phase: phaseOf(loaded.snapshot.value), next, updatedAt };
}

/** The cases, most recently touched first. */
export function caseSummaries(cases: AppState['cases'], on: string): CaseSummary[] {
  return Object.values(cases)
    .map((loaded) => summaryOf(loaded, on))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}


/*
 * Several tabs on one device: each save tells the others (BroadcastChannel), and a tab
 * with nothing unsaved reloads the case; a tab whose save found a newer record
 * replays its own steps on top of it (see caseSession.ts). No event is lost.
 * What a tab does with what it hears is in catchUp.ts, loaded the first time it hears anything.
 */
/** What tabs tell each other: a case was saved at `revision`, the lock changed, or "Lock now" was chosen. */
export type TabMessage = { id: string; revision: number } | { lock: string | null } | { lockNow: true } | { episode: string };

const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('billpath-cases');

if (channel) channel.onmessage = ({ data }: MessageEvent<TabMessage>) => void import('./catchUp').then((module) => module.heardFromTab(data));

export const tellOtherTabs = (message: TabMessage): void => channel?.postMessage(message);

/** Tells the other tabs a case was stored (they read it again). */
export const announceSaved = ({ id, revision }: { id: string; revision: number }): void => tellOtherTabs({ id, revision });

/** Reads a case again after another tab moved it on (catchUp.ts, loaded when that first happens). */
const catchUp = (id: string, diverged?: CaseSession): Promise<void> => import('./catchUp').then((module) => module.catchUp(id, diverged));

/** Sessions started in this tab that may still have saves queued (the lock lets them land before it drops the key). */
let sessions: CaseSession[] = [];
export const everySaved = (): Promise<unknown> => Promise.all(sessions.map((session) => session.saved()));

/** A session on a stored case: saves land on the revision they build on; a conflict is caught up with. */
export function startCaseSession(loaded: LoadedCase): CaseSession {
  const session: CaseSession = startSession(loaded, {
    save: saveCaseOver,
    now,
    onSaveError: (error) => set({ saveError: { kind: saveErrorOf(error), caseId: loaded.record.id } }),
    onSaved: (record) => {
      const { saveError, cases } = get();
      // This case's steps are stored now: the list holds that, and its save problem (if any) is over.
      const current = cases[record.id];
      if (current?.stored !== undefined) set({ cases: { ...cases, [record.id]: { ...current, stored: current.record === record ? undefined : record } } });
      if (saveError?.caseId === record.id) set({ saveError: undefined });
      announceSaved(record);
    },
    onConflict: () => void catchUp(loaded.record.id, session),
  });
  sessions = [...sessions.filter((each) => !each.upToDate()), session];
  return session;
}

/** Reads every case and episode on this device (and whether the lock is on); returns the case open last. */
export async function readAllCases(): Promise<string | undefined> {
  const { cases, damaged, lastOpen, lastEpisode, lock, episodes } = await loadAllCases();
  // Episodes are read by their own module, loaded only when some are stored.
  const read = episodes.length ? await (await import('../storage/episodeStore')).readEpisodes(episodes) : { episodes: [], damaged: [] };
  set({
    cases: Object.fromEntries(cases.map((c) => [c.record.id, c])),
    damaged: [...damaged, ...read.damaged],
    episodes: Object.fromEntries(read.episodes.map((stored) => [stored.episode.id, stored])),
    openEpisode: read.episodes.some((stored) => stored.episode.id === lastEpisode) ? lastEpisode : undefined,
    lock,
  });
  return lastOpen;
}

/** Load every case before the first render, and reopen the case that was open last. */
export async function boot(): Promise<void> {
  const lastOpen = await readAllCases();
  if (lastOpen && get().cases[lastOpen]) openCase(lastOpen);
  set({ ready: true });
  void import('../storage/persistence').then(async (storage) => {
    if ((await storage.requestPersistentStorage()) !== 'granted') set({ storageNotice: 'may-be-cleared' });
  });
}

export function openCase(id: string): void {
  const loaded = get().cases[id];
  if (!loaded) return;
  get().open?.session.stop();
  const session = startCaseSession(loaded);
  set({ open: { session, journal: session.record().journal, rebuiltFromJournal: loaded.rebuiltFromJournal }, syncNotice: undefined });
  void rememberOpenCase(id);
}

/** Back from a case: to the episode it was opened from, if any, else the list. */
export function showCaseList(): void {
  get().open?.session.stop();
  set({ open: undefined, syncNotice: undefined });
  void rememberOpenCase(undefined);
}

/** Records a domain event on the open case (at `at`, else now); false when it made no sense in the current step. */
export function sendEvent(event: BillEvent, at?: string): boolean {
  const open = get().open;
  if (!open) return false;
  if (!open.session.send(event, at)) return false;
  const record = open.session.record();
  const loaded: LoadedCase = { record, snapshot: open.session.actor.getSnapshot(), rebuiltFromJournal: false, stored: open.session.storedRecord() ?? null };
  set({ open: { ...open, journal: record.journal }, cases: { ...get().cases, [record.id]: loaded } });
  return true;
}

/** A new case opens at once; its session stores it (nothing is stored yet), as it stores every step. */
async function addCase(billCase: Case): Promise<void> {
  const snapshot = replay({ case: billCase, journal: [] });
  const record = newCaseRecord(snapshot, now().toISOString());
  set({ cases: { ...get().cases, [record.id]: { record, snapshot, rebuiltFromJournal: false, stored: null } } });
  openCase(record.id);
  await get().open?.session.saved();
}

/** Starts a case from the details a person entered (any id it carries is replaced). */
/** A new case opens at its first step: the step words may still be on their way (main.tsx). */
export async function startNewCase(details: Case): Promise<void> {
  await wordsArrived();
  return addCase({ ...details, id: crypto.randomUUID() });
}

/** The sample bill's module loads only when someone asks to try it. */
export async function startSampleCase(): Promise<void> {
  const [{ sampleCase }] = await Promise.all([import('../domain/sampleBill'), wordsArrived()]);
  return addCase(sampleCase(`sample-${crypto.randomUUID()}`, today(), wordsNow('home', home).sample.caseTitle));
}

/** Removes a damaged record for good (the screen offers an export first). */
export async function removeDamaged(key: string): Promise<void> {
  await deleteCase(key);
  set({ damaged: get().damaged.filter((d) => d.key !== key) });
}
