/*
 * The guards of the bill machine, one per rule, named as the sentence they test.
 * Pure predicates over the machine's context and the incoming event; the chart
 * refers to them by name. Advisory guards (the playbook's "better to wait") can
 * be overridden with PROCEED_ANYWAY; hard guards (no offers after a payment plan,
 * closure only once an agreement is in writing) cannot.
 */
import type { BillEvent } from '../src/domain/events';
import { agreementReached, amountLeftToPay } from './amounts';
import type { BillContext } from './context';
import { findingsOf, openFindings } from './findings';

type GuardArgs = { context: BillContext; event: BillEvent };

export const guards = {
  /** The itemized bill (codes, dates, units) has arrived: the bill can be checked. */
  itemizedBillReceived: ({ context }: GuardArgs) => context.itemizedReceivedAt !== undefined,

  /** The insurer has decided the claim (paid or denied), or there is no insurance. */
  claimProcessedOrUninsured: ({ context }: GuardArgs) =>
    context.case.coverage === 'uninsured' ||
    context.claim.status === 'processed' ||
    context.claim.status === 'denied',

  isUninsured: ({ context }: GuardArgs) => context.case.coverage === 'uninsured',
  isInsured: ({ context }: GuardArgs) => context.case.coverage === 'insured',

  /** The claim status this event reports (a status update or a new EOB). */
  reportsClaimStatus: ({ event }: GuardArgs, params: { status: string }) =>
    (event.type === 'CLAIM_STATUS_CONFIRMED' && event.status === params.status) ||
    (event.type === 'EOB_RECEIVED' && event.eob?.status === params.status),

  /** The decision this event reports (an appeal or an assistance application). */
  outcomeIs: ({ event }: GuardArgs, params: { outcome: string }) =>
    'outcome' in event && event.outcome === params.outcome,

  /** A denial is on record and no appeal has been filed about it yet. */
  claimDeniedAndNotAppealed: ({ context }: GuardArgs) =>
    context.claim.status === 'denied' && context.appeal.status === 'none',

  /** Every charge the person disputed has an answer. */
  noOpenDisputes: ({ context }: GuardArgs) =>
    !Object.values(context.findings).some((finding) => finding.status === 'disputed'),

  /** The audit found something, and the person has marked every finding corrected or upheld. */
  everyFindingSettled: ({ context }: GuardArgs) => findingsOf(context).length > 0 && openFindings(context).length === 0,

  /** A finding nobody has answered yet: one left out of a dispute, or new since the bill was corrected. */
  someFindingUnanswered: ({ context }: GuardArgs) => findingsOf(context).some((finding) => !context.findings[finding.id]),

  /** No appeal or assistance application is waiting for a decision (advisory). */
  noDecisionPending: ({ context }: GuardArgs) =>
    context.appeal.status !== 'filed' && context.assistance.status !== 'applied',

  /** This corrected bill says nothing is owed. */
  correctedToZero: ({ event }: GuardArgs) =>
    event.type === 'CORRECTED_BILL_RECEIVED' && event.balance === 0,

  /** A payment plan freezes the balance and ends negotiation: no offers after one is accepted. */
  noPaymentPlanAcceptedYet: ({ context }: GuardArgs) => context.paymentPlan?.status !== 'accepted',

  /** An assistance application is waiting for its decision. */
  assistanceApplied: ({ context }: GuardArgs) => context.assistance.status === 'applied',

  /** No offer has been accepted yet (a deal on the table stands until it is in writing). */
  nothingAcceptedYet: ({ context }: GuardArgs) => context.accepted === undefined,

  /** An offer, a payment plan or a financial assistance approval has been agreed. */
  agreementReached: ({ context }: GuardArgs) => agreementReached(context),

  /** What was agreed is now in writing: only then is it safe to pay. */
  agreementInWriting: ({ context }: GuardArgs) =>
    agreementReached(context) && context.agreementInWritingAt !== undefined,

  /** Everything agreed has been paid. */
  agreedAmountPaid: ({ context }: GuardArgs) => amountLeftToPay(context) === 0,
};
