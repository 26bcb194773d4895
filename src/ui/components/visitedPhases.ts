/*
 * The phases a case has been through, for the journey map, kept up as the
 * journal grows: only the new entries are run through the machine, not the
 * whole history on every step. A journal that did not just grow (another case,
 * a catch-up from another tab) is replayed from its start.
 */
import { useRef } from 'react';
import { initialTransition, transition } from 'xstate';
import { billMachine, datedEvent, openingCase, phaseOf, type BillSnapshot, type Phase } from '../../../machines/workflow';
import type { Case } from '../../domain/case';
import type { JournalEntry } from '../../domain/caseFile';

type Seen = { journal: readonly JournalEntry[]; snapshot: BillSnapshot; phases: Set<Phase> };

function start(billCase: Case, journal: readonly JournalEntry[]): Seen {
  const [snapshot] = initialTransition(billMachine, { case: openingCase({ case: billCase, journal }) });
  return { journal: [], snapshot, phases: new Set([phaseOf(snapshot.value)]) };
}

/** Carries `seen` on through the entries added since; from the start when the journal changed otherwise. */
export function visitedAlong(billCase: Case, journal: readonly JournalEntry[], seen?: Seen): Seen {
  const grew = seen && journal.length >= seen.journal.length && seen.journal.every((entry, index) => journal[index] === entry);
  let { snapshot, phases } = grew ? seen : start(billCase, journal);
  phases = new Set(phases);
  for (const entry of journal.slice(grew ? seen.journal.length : 0)) {
    [snapshot] = transition(billMachine, snapshot, datedEvent(entry));
    phases.add(phaseOf(snapshot.value));
  }
  return { journal, snapshot, phases };
}

export function useVisitedPhases(billCase: Case, journal: readonly JournalEntry[]): Phase[] {
  const seen = useRef<Seen | undefined>(undefined);
  if (seen.current?.journal !== journal) seen.current = visitedAlong(billCase, journal, seen.current);
  return [...seen.current.phases];
}
