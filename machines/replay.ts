/*
 * Rebuilding a bill's state from its journal, and restoring a saved snapshot.
 * The journal is the paper trail and the migration path: when the machine
 * changes, replaying the journal through the new machine rebuilds the state.
 * Pure functions (xstate's `initialTransition` / `transition`): no actor runs.
 */
import { createActor, initialTransition, transition, type AnyStateMachine, type Snapshot, type SnapshotFrom } from 'xstate';
import type { Case } from '../src/domain/case';
import type { CaseFile, JournalEntry } from '../src/domain/caseFile';
import type { BillEvent } from '../src/domain/events';
import { localDateOf } from '../src/domain/dates';
import { billMachine } from './bill.machine';

export type BillSnapshot = SnapshotFrom<typeof billMachine>;

/** The case as it stood before the first event: the journal's CASE_OPENED entry, else the file's case. */
export function openingCase(caseFile: { case: Case; journal: readonly JournalEntry[] }): Case {
  const first = caseFile.journal[0]?.event;
  return first?.type === 'CASE_OPENED' ? first.case : caseFile.case;
}

/** An entry's event as the machine gets it: one written without its own date happened when it was journaled (a file from elsewhere, an old record). */
export const datedEvent = ({ at, event }: JournalEntry): BillEvent => (event.at || typeof at !== 'string' ? event : { ...event, at: localDateOf(at) });

/** Every snapshot along the journal: the first before any event, the last after all of them. */
export function* replaySteps(caseFile: Pick<CaseFile, 'case' | 'journal'>): Generator<BillSnapshot> {
  let [snapshot] = initialTransition(billMachine, { case: openingCase(caseFile) });
  yield snapshot;
  for (const entry of caseFile.journal) {
    [snapshot] = transition(billMachine, snapshot, datedEvent(entry));
    yield snapshot;
  }
}

/** The machine snapshot that sending the whole journal to a new bill machine produces. */
export function replay(caseFile: Pick<CaseFile, 'case' | 'journal'>): BillSnapshot {
  let last: BillSnapshot | undefined;
  for (const snapshot of replaySteps(caseFile)) last = snapshot;
  return last!;
}

/**
 * A persisted snapshot brought back to life, or undefined when it no longer fits
 * the machine. A bad snapshot does not throw in `createActor`: xstate marks it
 * with `status: 'error'`, so the status is checked before anything starts.
 */
export function restore(persisted: unknown): BillSnapshot | undefined {
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  try {
    // Untyped on purpose: restoring needs no input, which the typed machine requires.
    const machine: AnyStateMachine = billMachine;
    const snapshot = createActor(machine, { snapshot: persisted as Snapshot<unknown> }).getSnapshot() as BillSnapshot;
    return snapshot.status === 'active' ? snapshot : undefined;
  } catch {
    return undefined;
  }
}
