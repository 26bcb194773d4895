/*
 * Catching up with another tab (loaded the first time it is needed): a case
 * another tab saved is read again; a tab whose save found a newer record adds
 * what it recorded, beyond the history both share, to the latest; a lock
 * changed in another tab is followed by lock.ts.
 */
import { get } from 'idb-keyval';
import type { JournalEntry } from '../domain/caseFile';
import { replay } from '../../machines/workflow';
import type { LoadedCase, ReadResult } from '../storage/caseRecord';
import { casesStore, currentSealer, loadCase, lockIdOf, STORAGE_NAMES } from '../storage/caseStore';
import type { CaseSession } from './caseSession';
import { openCase, sendEvent, startCaseSession, useAppStore, type TabMessage } from './store';

/** Following a lock changed elsewhere (lock.ts, loaded only then). */
const lockChanged = (diverged?: CaseSession) => import('./lock').then((lock) => lock.lockChanged(diverged));
const lockNow = () => import('./lock').then((lock) => lock.lockNow(false));

/** The lock record as stored now (undefined when the lock is off). */
export const storedLock = (): Promise<unknown> => get<unknown>(STORAGE_NAMES.lock, casesStore());

/** True when the stored lock is the one this tab seals with (or there is none, and this tab holds none). */
export const lockIsMine = async (): Promise<boolean> => lockIdOf(await storedLock()) === currentSealer()?.lockId;

/** Another tab saved a case (read again unless it is open here with steps unsaved), changed the lock, or locked now. */
export function heardFromTab(message: TabMessage): void {
  if ('lock' in message) return void lockChanged();
  if ('lockNow' in message) return void lockNow();
  if ('episode' in message) return void import('./episodes').then((episodes) => episodes.readEpisodeAgain(message.episode));
  const open = useAppStore.getState().open;
  if (open?.session.id !== message.id || (open.session.upToDate() && open.session.record().revision < message.revision)) void catchUp(message.id);
}

/** An event's content whatever order its keys are in (reading a record back rebuilds its objects in the schema's order). */
const content = (value: unknown): string =>
  JSON.stringify(value, (_key, part: unknown) => (part && typeof part === 'object' && !Array.isArray(part) ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => (a < b ? -1 : 1))) : part));
const sameEntry = (a: JournalEntry, b: JournalEntry) => a.at === b.at && content(a.event) === content(b.event);

/** What `mine` holds beyond the history it shares with `theirs` (the journal now stored). */
export function unsavedOn(mine: readonly JournalEntry[], theirs: readonly JournalEntry[]): JournalEntry[] {
  let shared = 0;
  while (shared < mine.length && shared < theirs.length && sameEntry(mine[shared]!, theirs[shared]!)) shared += 1;
  return mine.slice(shared);
}

/** Closed by the lock meanwhile: nothing read may go back into memory. */
const closed = () => useAppStore.getState().lock === 'closed';

/**
 * A case this tab recorded and nothing is stored for (its first save was refused when another tab
 * locked, or the case was erased elsewhere): stored again from what this tab holds, never dropped.
 */
async function storeAgain(diverged: CaseSession): Promise<void> {
  const record = diverged.record();
  const opening = record.journal[0]?.event;
  if (opening?.type !== 'CASE_OPENED') return;
  // Replayed, not taken from the session: a stopped actor's snapshot would restore inert.
  const loaded: LoadedCase = { record, snapshot: replay({ case: opening.case, journal: record.journal }), rebuiltFromJournal: false, stored: null };
  useAppStore.setState({ cases: { ...useAppStore.getState().cases, [record.id]: loaded } });
  if (useAppStore.getState().open?.session === diverged) return openCase(record.id); // its new session stores it
  await storeInBackground(loaded);
}

/**
 * The person has moved on: `entries` are added to the case in a session of its own, stored, and the
 * list takes the result (unless the lock closed meanwhile). Returns how many no longer fitted.
 */
async function storeInBackground(loaded: LoadedCase, entries: readonly JournalEntry[] = []): Promise<{ lost: number; title: string }> {
  const background = startCaseSession(loaded);
  const lost = entries.filter((entry) => !background.send(entry.event, entry.at)).length;
  const snapshot = background.actor.getSnapshot();
  await background.saved();
  background.stop();
  const record = background.record();
  const stored = background.upToDate() ? undefined : (background.storedRecord() ?? null);
  if (!closed()) useAppStore.setState({ cases: { ...useAppStore.getState().cases, [record.id]: { record, snapshot, rebuiltFromJournal: false, stored } } });
  return { lost, title: record.title };
}

/**
 * Reads a case again (another tab moved it on). With `diverged` (this tab's session whose save found
 * a newer record), what it recorded and could not store is replayed on the latest, in the open case or,
 * if the person has moved on, in the background. Without, an open case with nothing unsaved is refreshed.
 */
export async function catchUp(id: string, diverged?: CaseSession): Promise<void> {
  // A save refused because the lock changed: the steps wait until the cases are open again.
  if (diverged && !(await lockIsMine().catch(() => true))) return lockChanged(diverged);
  let read: ReadResult | undefined | 'failed';
  try {
    read = await loadCase(id);
  } catch {
    read = 'failed';
  }
  if (closed()) return diverged && lockChanged(diverged);
  if (read === undefined && diverged) return storeAgain(diverged);
  if (read === undefined || read === 'failed' || !read.ok) {
    if (diverged) useAppStore.setState({ saveError: { kind: 'failed', caseId: id } }); // its steps stay on screen and in a backup, never silently dropped
    return;
  }
  useAppStore.setState({ cases: { ...useAppStore.getState().cases, [id]: read.value } });
  const open = useAppStore.getState().open;
  if (!diverged) {
    if (open?.session.id === id && open.session.upToDate()) {
      openCase(id);
      useAppStore.setState({ syncNotice: { kind: 'refreshed' } });
    }
    return;
  }
  // Only what this tab recorded beyond the history both share: a step that did land is never added twice.
  const unsaved = unsavedOn(diverged.record().journal, read.value.record.journal);
  if (open?.session === diverged) {
    openCase(id);
    const lost = unsaved.filter((entry) => !sendEvent(entry.event, entry.at)).length;
    useAppStore.setState({ syncNotice: lost ? { kind: 'not-fitting', lost, title: read.value.record.title } : { kind: 'merged' } });
    return;
  }
  const { lost, title } = await storeInBackground(read.value, unsaved);
  if (lost && !closed()) useAppStore.setState({ syncNotice: { kind: 'not-fitting', lost, title } });
}
