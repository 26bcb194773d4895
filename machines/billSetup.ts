/*
 * The bill machine's vocabulary, set up before the chart is drawn: its types,
 * its guards (plain rules in guards.ts, plus the ones composed from them) and
 * its one action, `record`, which writes an accepted event's facts into context.
 * Below it, the few transitions the chart uses in several places, named.
 * The chart itself is in bill.machine.ts and refers to all of these by name.
 */
import { and, assign, not, setup, stateIn } from 'xstate';
import type { BillEvent } from '../src/domain/events';
import type { BillContext, BillInput } from './context';
import { guards } from './guards';
import { recordFact } from './record';

export const billSetup = setup({
  types: {
    context: {} as BillContext,
    events: {} as BillEvent,
    input: {} as BillInput,
  },
  guards: {
    ...guards,
    /** The case has not been closed for good. */
    caseIsOpen: not(stateIn('#bill.closure.closed')),
    /** The case is not yet in its last phase. */
    beforeClosure: not(stateIn('#bill.closure')),
    /** Stabilization is done: the itemized bill and the insurer's decision are in. */
    documentsInHand: and(['itemizedBillReceived', 'claimProcessedOrUninsured']),
    /** Offers can still be made: no payment plan accepted and no deal on the table. */
    openToOffers: and(['noPaymentPlanAcceptedYet', 'nothingAcceptedYet']),
    /** Validation is done: the bill is checked and no decision is pending (advisory). */
    readyToNegotiate: and([stateIn('#bill.validation.audit.resolved'), 'noDecisionPending']),
  },
  actions: {
    record: assign(({ context, event }) => recordFact(context, event)),
  },
});

export const record = 'record' as const;

/** Facts written down without leaving the current step. */
export function recordedInPlace<T extends BillEvent['type']>(...types: T[]) {
  return Object.fromEntries(types.map((type) => [type, { actions: record }])) as Record<T, { actions: typeof record }>;
}

/** A status call or a new EOB moves the insurance track to what the insurer decided. */
export const followTheClaimDecision = [
  { guard: { type: 'reportsClaimStatus', params: { status: 'processed' } }, target: '.processed', actions: record },
  { guard: { type: 'reportsClaimStatus', params: { status: 'denied' } }, target: '.denied', actions: record },
  { target: '.pending', actions: record },
] as const;

/** No deal this round: back to preparing the next offer. */
export const backToPreparing = { target: '#bill.negotiation.preparing', actions: record } as const;

/** Once what was agreed is in writing, the case moves on to paying it. */
export const closeOnceAgreedInWriting = { guard: 'agreementInWriting', target: '#bill.closure' } as const;
