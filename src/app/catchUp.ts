/*
 * Catching up with another tab (loaded the first time it is needed): a case
 * another tab saved is read again; a tab whose save found a newer record adds
 * what it recorded, beyond the history both share, to the latest.
 */
import type { JournalEntry } from '../domain/caseFile';
import type { LoadedCase } from '../storage/caseRecord';
import { loadCase } from '../storage/caseStore';
import type { CaseSession } from './caseSession';
import { openCase, sendEvent, startCaseSession, useAppStore } from './store';

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

/**
 * Reads a case again (another tab moved it on). With `diverged` (this tab's session whose save found
 * a newer record), what it recorded and could not store is replayed on the latest, in the open case or,
 * if the person has moved on, in the background. Without, an open case with nothing unsaved is refreshed.
 */
export async function catchUp(id: string, diverged?: CaseSession): Promise<void> {
  const read = await loadCase(id).catch(() => undefined);
  if (!read?.ok) {
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
  const background = startCaseSession(read.value);
  const lost = unsaved.filter((entry) => !background.send(entry.event, entry.at)).length;
  const loaded: LoadedCase = { record: background.record(), snapshot: background.actor.getSnapshot(), rebuiltFromJournal: false };
  await background.saved();
  background.stop();
  useAppStore.setState({ cases: { ...useAppStore.getState().cases, [id]: loaded }, ...(lost ? { syncNotice: { kind: 'not-fitting', lost, title: loaded.record.title } } : {}) });
}
