/*
 * The journey map's phases, kept up step by step, are the phases a full replay
 * of the same journal goes through, however the journal grew or changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phaseOf, replaySteps, type Phase } from '../../machines';
import type { JournalEntry } from '../../src/domain/caseFile';
import { sampleCase } from '../../src/domain/sampleBill';
import { visitedAlong } from '../../src/ui/components/visitedPhases';
import { exampleEvents } from '../fixtures/events';
import { TODAY } from '../fixtures/cases';

const billCase = sampleCase('s', TODAY);
const fromScratch = (journal: JournalEntry[]): Set<Phase> =>
  new Set([...replaySteps({ case: billCase, journal })].map((snapshot) => phaseOf(snapshot.value)));

describe('phases visited, step by step', () => {
  it('match a full replay after every step of 1,000 random journals, and after one is swapped for another', () => {
    const journals = fc.array(fc.constantFrom(...exampleEvents).map((event): JournalEntry => ({ at: TODAY, event })), { maxLength: 25 });
    fc.assert(fc.property(journals, journals, (first, other) => {
      let seen = visitedAlong(billCase, []);
      const journal: JournalEntry[] = [];
      for (const entry of first) {
        journal.push(entry);
        seen = visitedAlong(billCase, [...journal], seen);
        expect(seen.phases).toEqual(fromScratch(journal));
      }
      // Another tab's version of the case: not a continuation, so it starts over.
      expect(visitedAlong(billCase, other, seen).phases).toEqual(fromScratch(other));
    }), { numRuns: 1000 });
  });
});
