/*
 * The bill machine's vocabulary, set up before the chart is drawn: its types,
 * its guards (plain rules in guards.ts, plus the ones composed from them) and
 * its one action, `record`, which writes an accepted event's facts into context.
 * The chart itself is in bill.machine.ts and refers to these by name.
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
    /** Validation is done: the bill is checked and no decision is pending (advisory). */
    readyToNegotiate: and([stateIn('#bill.validation.audit.resolved'), 'noDecisionPending']),
  },
  actions: {
    record: assign(({ context, event }) => recordFact(context, event)),
  },
});
