/*
 * Properties over random event sequences (fast-check): whatever a person
 * records, in any order, the machine stays in one of the five phases, reaches
 * closure only in the contract's three ways, keeps the payment-plan guard,
 * always has a next step whose buttons it accepts, never asks to pay a bill
 * that is down to zero, and its journal replays to the same snapshot.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { amountLeftToPay, billMachine, currentBalance, nextAction, phaseOf, phases, replay } from '../../machines';
import type { JournalEntry } from '../../src/domain/caseFile';
import type { BillEvent } from '../../src/domain/events';
import { caseFileOf, insuredCase, TODAY, uninsuredCase } from '../fixtures/cases';
import { exampleEvents } from '../fixtures/events';

/** The only events that may carry a case into closure (CONTRACT.md, "Fixed behaviour"). */
function closesTheCase(event: BillEvent): boolean {
  return (
    event.type === 'AGREEMENT_RECEIVED_IN_WRITING' ||
    (event.type === 'CORRECTED_BILL_RECEIVED' && event.balance === 0) ||
    event.type === 'DEBT_NOT_VALIDATED'
  );
}

const at = TODAY;
const toValidation: BillEvent[] = [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [], at }, { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at }, { type: 'PROCEED', at }];
const toNegotiation: BillEvent[] = [...toValidation, { type: 'REVIEW_COMPLETED', at }, { type: 'PROCEED', at }];

/** Random events, often after a walk that reaches a later phase, so deep states get their share. */
const sequences = fc.record({
  billCase: fc.constantFrom(insuredCase(), uninsuredCase(), insuredCase({ provider: { name: 'St. Mary', kind: 'hospital', nonprofit: true }, firstStatementDate: '2026-01-05' })),
  events: fc
    .tuple(
      fc.constantFrom<BillEvent[]>([], toValidation, toNegotiation, [{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-02-20', at }]),
      fc.array(fc.constantFrom(...exampleEvents), { maxLength: 45 }),
    )
    .map(([walk, random]) => [...walk, ...random]),
});

describe('for any sequence of recorded events', () => {
  it('keeps the machine in the five phases, the guards in force and a next step on screen', () => {
    fc.assert(
      fc.property(sequences, ({ billCase, events }) => {
        const actor = createActor(billMachine, { input: { case: billCase } }).start();
        for (const event of events) {
          const before = actor.getSnapshot();
          actor.send(event);
          const after = actor.getSnapshot();
          expect(phases).toContain(phaseOf(after.value));
          if (phaseOf(after.value) === 'closure' && phaseOf(before.value) !== 'closure') {
            expect(closesTheCase(event)).toBe(true);
          }
          if (before.context.paymentPlan?.status === 'accepted' && event.type === 'OFFER_MADE') {
            expect(after).toBe(before);
          }
          const step = nextAction(after, TODAY);
          const shown = [step, ...(step.alsoNow ?? [])];
          expect(step.title.length).toBeGreaterThan(0);
          if (step.id !== 'keep-records') expect(step.actions.length).toBeGreaterThan(0);
          for (const action of shown.flatMap((s) => s.actions)) {
            if (action.event) expect(after.can(action.event), `${action.label} in ${JSON.stringify(after.value)}`).toBe(true);
          }
          if (after.context.paymentPlan?.status === 'accepted') {
            expect(shown.map((s) => s.id)).not.toContain('make-offer');
            expect(shown.flatMap((s) => s.actions).some((action) => action.form === 'offer' || action.event?.type === 'OFFER_MADE')).toBe(false);
          }
          if (currentBalance(after.context) === 0) expect(amountLeftToPay(after.context)).toBe(0);
          if (after.matches({ closure: 'paying' })) expect(amountLeftToPay(after.context)).toBeGreaterThan(0);
        }
        expect(actor.getSnapshot().status).toBe('active');
      }),
      { numRuns: 1000 },
    );
  });

  it('replays its journal to the very same snapshot', () => {
    fc.assert(
      fc.property(sequences, ({ billCase, events }) => {
        const actor = createActor(billMachine, { input: { case: billCase } }).start();
        const journal: JournalEntry[] = [];
        for (const event of events) {
          const before = actor.getSnapshot();
          actor.send(event);
          if (actor.getSnapshot() !== before) journal.push({ at: TODAY, event });
        }
        const live = actor.getSnapshot();
        const fromAccepted = replay(caseFileOf(billCase, journal.map((entry) => entry.event)));
        const fromEverything = replay(caseFileOf(billCase, events));
        expect(fromAccepted.value).toEqual(live.value);
        expect(fromAccepted.context).toEqual(live.context);
        expect(fromEverything.value).toEqual(live.value);
        expect(fromEverything.context).toEqual(live.context);
      }),
      { numRuns: 1000 },
    );
  });
});
