/*
 * nextAction(snapshot, today): the one thing to do next, with why, how, a due
 * date where a rule sets one, and the actions that record it was done.
 * Each phase lists its candidate steps in the playbook's order; a step whose
 * due date is near comes first. Pure: reads the snapshot's value and context
 * (live or persisted) and the `today` passed in, never the clock.
 */
import type { StateValue } from 'xstate';
import { advice, type AdviceFacts, type Words } from '../src/domain/advice';
import { addBusinessDays, addCalendarDays, daysBetween, isIsoDate } from '../src/domain/dates';
import { escalationLadder, TOP_ESCALATION_LEVEL } from '../src/domain/escalation';
import type { BillEvent } from '../src/domain/events';
import { percentOf } from '../src/domain/money';
import {
  ASSISTANCE_APPLICATION_WINDOW,
  ASSUMED_RECEIPT_BUSINESS_DAYS,
  CREDIT_CHECK_AFTER_PAYMENT,
  DEBT_VALIDATION_PERIOD,
  FOLLOW_UP_AFTER_OFFER,
  INTERNAL_APPEAL,
  OPENING_OFFER_PERCENT,
  POST_SERVICE_APPEAL_DECISION,
  RIGHT_OF_ACCESS,
} from '../src/domain/rules';
import { amountAgreed, amountLeftToPay, currentBalance } from './amounts';
import type { BillContext } from './context';
import { phaseOf, stepOf, tracksOf } from './selectors';

export type RecommendationId =
  | 'request-itemized-bill' | 'confirm-claim-status' | 'request-hold' | 'review-findings'
  | 'dispute-findings' | 'file-appeal' | 'apply-financial-assistance' | 'make-offer'
  | 'respond-to-counteroffer' | 'escalate' | 'get-agreement-in-writing' | 'make-payment'
  | 'request-debt-validation' | 'negotiate-with-collector' | 'confirm-zero-balance'
  | 'check-credit-report' | 'close-case' | 'wait-for-response' | 'move-on' | 'keep-records';

/** Forms a step can open when recording it needs more than a click (an amount, a date). */
export type FormId =
  | 'hold-confirmed' | 'dispute' | 'dispute-answer' | 'assistance-decision' | 'offer'
  | 'counteroffer' | 'payment-plan' | 'payment-plan-accepted' | 'payment';

/** One way to record the step: an event sent as it is, or a form to fill in first. */
export type RecommendedAction = { label: string; event?: BillEvent; form?: FormId; warning?: string };

export type Recommendation = Words & { id: RecommendationId; due?: string; actions: RecommendedAction[] };

type SnapshotLike = { value: StateValue; context: BillContext };

/** A step due within this many days jumps ahead of the playbook's order. */
export const URGENT_WITHIN_DAYS = 7;

const WAIT_FOR_PAPERS = "Waiting is better: without the itemized bill and the insurer's decision, you can't tell what you really owe.";
const WAIT_FOR_DECISIONS = 'Waiting is better: the appeal or assistance decision may lower what you owe before you offer anything.';
const WAIT_FOR_PROOF = 'Asking for proof first is better: once the validation window closes, you lose the right to make them stop collecting until they prove the debt.';

const after = (date: string | undefined, days: number) =>
  date && isIsoDate(date) ? addCalendarDays(date, days) : undefined;

function step(id: RecommendationId, words: Words, actions: RecommendedAction[], due?: string): Recommendation {
  return due ? { id, ...words, due, actions } : { id, ...words, actions };
}

function factsOf(context: BillContext): AdviceFacts {
  return {
    provider: context.case.provider.name.trim() || 'the provider',
    account: context.case.accountNumber?.trim() ?? '',
    balance: currentBalance(context),
    nonprofit: context.case.provider.nonprofit === true,
  };
}

function stabilizationSteps(context: BillContext, tracks: Record<string, string>, today: string): Recommendation[] {
  const facts = factsOf(context);
  const received: BillEvent = { type: 'ITEMIZED_BILL_RECEIVED', lines: context.case.lines, at: today };
  const eob = context.case.eob;
  const steps: Recommendation[] = [];
  if (tracks.itemizedBill === 'notRequested') {
    steps.push(step('request-itemized-bill', advice.requestItemizedBill(facts), [
      { label: 'I asked for it', event: { type: 'ITEMIZED_BILL_REQUESTED', at: today } },
      { label: 'I already have it', event: received },
    ]));
  }
  const claimAnswers: RecommendedAction[] = [
    eob
      ? { label: 'I have the EOB', event: { type: 'EOB_RECEIVED', eob, at: today } }
      : { label: 'It was processed', event: { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at: today } },
    { label: 'It is still pending', event: { type: 'CLAIM_STATUS_CONFIRMED', status: 'pending', at: today } },
    { label: 'It was denied', event: { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at: today } },
  ];
  if (tracks.insurance === 'unknown') steps.push(step('confirm-claim-status', advice.confirmClaimStatus(facts), claimAnswers));
  if (tracks.hold === 'none') {
    steps.push(step('request-hold', advice.requestHold(facts), [
      { label: 'I asked for a hold', event: { type: 'HOLD_REQUESTED', at: today } },
      { label: 'They confirmed a hold', form: 'hold-confirmed' },
    ]));
  }
  const goOn: RecommendedAction = { label: 'Go on without it', event: { type: 'PROCEED_ANYWAY', at: today }, warning: WAIT_FOR_PAPERS };
  if (tracks.itemizedBill === 'requested') {
    steps.push(step('wait-for-response', advice.waitForItemizedBill(), [
      { label: 'The itemized bill came', event: received },
      goOn,
    ], after(context.itemizedRequestedAt, RIGHT_OF_ACCESS.days)));
  }
  if (tracks.insurance === 'pending') steps.push(step('confirm-claim-status', advice.claimStillPending(), [...claimAnswers.filter((a) => a.event?.type !== 'CLAIM_STATUS_CONFIRMED' || a.event.status !== 'pending'), goOn]));
  steps.push(step('move-on', advice.startValidation(), [{ label: 'Start checking the bill', event: { type: 'PROCEED', at: today } }]));
  return steps;
}

function validationSteps(context: BillContext, tracks: Record<string, string>, today: string): Recommendation[] {
  const facts = factsOf(context);
  const steps: Recommendation[] = [];
  if (tracks.appeal === 'needed') {
    steps.push(step('file-appeal', advice.fileAppeal(), [{ label: 'I filed the appeal', event: { type: 'APPEAL_FILED', at: today } }], after(context.claim.deniedAt, INTERNAL_APPEAL.days)));
  }
  const assistanceInWriting = step('get-agreement-in-writing', advice.getAgreementInWriting(facts, currentBalance(context), 'assistance'), [
    { label: 'I have it in writing', event: { type: 'AGREEMENT_RECEIVED_IN_WRITING', at: today } },
  ]);
  // Full assistance makes checking the lines moot; a partial one still leaves a bill worth checking.
  if (tracks.assistance === 'approved') steps.push(assistanceInWriting);
  if (tracks.audit === 'reviewing') {
    steps.push(step('review-findings', advice.reviewBill(), [
      { label: 'I found a problem', form: 'dispute' },
      { label: 'I found nothing to dispute', event: { type: 'REVIEW_COMPLETED', at: today } },
    ]));
  }
  if (tracks.audit === 'disputing') {
    const sent = context.lastContact?.kind === 'letter';
    steps.push(sent
      ? step('wait-for-response', advice.waitForDisputeAnswer(), [{ label: 'They answered', form: 'dispute-answer' }], context.lastContact?.followUp)
      : step('dispute-findings', advice.disputeInWriting(), [
          { label: 'I sent the letter', event: { type: 'LETTER_SENT', letter: 'billing-dispute', followUp: addCalendarDays(today, 30), at: today } },
          { label: 'They already answered', form: 'dispute-answer' },
        ]));
  }
  if (tracks.assistance === 'partial') steps.push(assistanceInWriting);
  if (tracks.assistance === 'notApplied') {
    const firstBill = facts.nonprofit ? context.case.firstStatementDate : undefined;
    steps.push(step('apply-financial-assistance', advice.applyForAssistance(facts), [{ label: 'I applied', event: { type: 'ASSISTANCE_APPLIED', at: today } }], after(firstBill, ASSISTANCE_APPLICATION_WINDOW.days)));
  }
  const goOn: RecommendedAction = { label: 'Negotiate now anyway', event: { type: 'PROCEED_ANYWAY', at: today }, warning: WAIT_FOR_DECISIONS };
  if (tracks.appeal === 'filed') {
    steps.push(step('wait-for-response', advice.waitForAppeal(), [
      { label: 'The appeal was approved', event: { type: 'APPEAL_DECIDED', outcome: 'approved', at: today } },
      { label: 'The appeal was denied', event: { type: 'APPEAL_DECIDED', outcome: 'denied', at: today } },
      ...(tracks.audit === 'resolved' ? [goOn] : []),
    ], after(context.appeal.since, POST_SERVICE_APPEAL_DECISION.days)));
  }
  if (tracks.assistance === 'applied') {
    steps.push(step('wait-for-response', advice.waitForAssistance(), [
      { label: 'Record the decision', form: 'assistance-decision' },
      ...(tracks.audit === 'resolved' ? [goOn] : []),
    ]));
  }
  steps.push(step('move-on', advice.startNegotiation(), [{ label: 'Start negotiating', event: { type: 'PROCEED', at: today } }]));
  return steps;
}

const lastOffer = (context: BillContext) => [...context.offers].reverse().find((offer) => offer.kind !== 'counteroffer');
const lastCounter = (context: BillContext) => [...context.offers].reverse().find((offer) => offer.kind === 'counteroffer');

function writtenAgreementStep(context: BillContext, today: string, what: 'offer' | 'plan' | 'assistance' | 'collector'): Recommendation {
  return step('get-agreement-in-writing', advice.getAgreementInWriting(factsOf(context), amountAgreed(context) ?? 0, what), [
    { label: 'I have it in writing', event: { type: 'AGREEMENT_RECEIVED_IN_WRITING', at: today } },
    ...(what === 'offer' || what === 'collector' ? [{ label: 'They backed out', event: { type: 'OFFER_REJECTED', at: today } } as RecommendedAction] : []),
  ]);
}

function counterofferStep(context: BillContext, today: string): Recommendation {
  const counter = lastCounter(context)?.amount ?? currentBalance(context);
  const middle = Math.round(((lastOffer(context)?.amount ?? percentOf(counter, 50)) + counter) / 2);
  return step('respond-to-counteroffer', advice.answerCounteroffer(counter, middle), [
    { label: 'I accepted it', event: { type: 'OFFER_ACCEPTED', amount: counter, at: today } },
    { label: 'I made a new offer', form: 'offer' },
    { label: 'I said no', event: { type: 'OFFER_REJECTED', at: today } },
  ]);
}

function waitForOfferStep(context: BillContext, today: string): Recommendation {
  const offer = lastOffer(context);
  const amount = offer?.amount ?? 0;
  return step('wait-for-response', advice.waitForOfferAnswer(amount), [
    { label: 'They accepted', event: { type: 'OFFER_ACCEPTED', amount, at: today } },
    { label: 'They made a counteroffer', form: 'counteroffer' },
    { label: 'They said no', event: { type: 'OFFER_REJECTED', at: today } },
  ], after(offer?.at, FOLLOW_UP_AFTER_OFFER.days));
}

function negotiationSteps(context: BillContext, state: string, today: string): Recommendation[] {
  const facts = factsOf(context);
  const plan = context.paymentPlan;
  // The payment-plan guard: once a plan is accepted, never an offer again.
  if (plan?.status === 'accepted') return [writtenAgreementStep(context, today, 'plan')];
  if (state === 'acceptedAwaitingWriting') return [writtenAgreementStep(context, today, 'offer')];
  if (context.assistance.status === 'approved' || context.assistance.status === 'partial') {
    return [writtenAgreementStep(context, today, 'assistance')];
  }
  if (state === 'counteroffer') return [counterofferStep(context, today)];
  if (state === 'offerOut') return [waitForOfferStep(context, today)];
  if (state === 'paymentPlan.offered' && plan) {
    return [step('respond-to-counteroffer', advice.weighPaymentPlan(plan.monthly, plan.months), [
      { label: 'I offered a lump sum instead', form: 'offer' },
      { label: 'I accepted the plan', form: 'payment-plan-accepted' },
      { label: 'I turned it down', event: { type: 'OFFER_REJECTED', at: today } },
    ])];
  }
  const makeOffer = step('make-offer', advice.makeOffer(facts, percentOf(facts.balance, OPENING_OFFER_PERCENT.suggested)), [
    { label: 'I made an offer', form: 'offer' },
    { label: 'They offered a payment plan', form: 'payment-plan' },
  ]);
  if (context.refusals > 0 && context.escalationLevel < TOP_ESCALATION_LEVEL) {
    const next = escalationLadder[context.escalationLevel + 1]!;
    return [step('escalate', advice.escalate(next.label), [
      { label: `I reached the ${next.label.toLowerCase()}`, event: { type: 'ESCALATED', level: next.id, at: today } },
      { label: 'I made another offer', form: 'offer' },
    ])];
  }
  if (context.assistance.status === 'applied') {
    return [step('wait-for-response', advice.waitForAssistance(), [{ label: 'Record the decision', form: 'assistance-decision' }, makeOffer.actions[0]!])];
  }
  return [makeOffer];
}

function collectionsSteps(context: BillContext, state: string, today: string): Recommendation[] {
  const collector = context.collector;
  const offer = percentOf(collector?.amount ?? currentBalance(context), 40);
  if (state === 'validationWindow') {
    const received = collector?.noticeDate && isIsoDate(collector.noticeDate)
      ? addBusinessDays(collector.noticeDate, ASSUMED_RECEIPT_BUSINESS_DAYS.days)
      : undefined;
    return [step('request-debt-validation', advice.requestDebtValidation(collector?.agency ?? ''), [
      { label: 'I sent the letter', event: { type: 'DEBT_VALIDATION_REQUESTED', at: today } },
      { label: 'Negotiate without it', event: { type: 'PROCEED_ANYWAY', at: today }, warning: WAIT_FOR_PROOF },
    ], after(received, DEBT_VALIDATION_PERIOD.days))];
  }
  if (state === 'validationRequested') {
    return [step('wait-for-response', advice.waitForValidation(), [
      { label: 'They sent proof', event: { type: 'DEBT_VALIDATED', at: today } },
      { label: 'They could not prove it', event: { type: 'DEBT_NOT_VALIDATED', at: today } },
    ])];
  }
  const negotiate = step('negotiate-with-collector', advice.negotiateWithCollector(offer), [{ label: 'I made an offer', form: 'offer' }]);
  if (state === 'validated') return [{ ...negotiate, actions: [{ label: 'Start negotiating', event: { type: 'PROCEED', at: today } }, ...negotiate.actions] }];
  if (context.accepted || context.paymentPlan?.status === 'accepted') return [writtenAgreementStep(context, today, 'collector')];
  const last = context.offers.at(-1);
  if (last?.kind === 'counteroffer') return [counterofferStep(context, today)];
  if (last && lastOffer(context) === last) return [waitForOfferStep(context, today)];
  return [negotiate];
}

function closureSteps(context: BillContext, state: string, today: string): Recommendation[] {
  const facts = factsOf(context);
  if (state === 'paying') {
    const left = amountLeftToPay(context);
    return [step('make-payment', advice.makePayment(left), [{ label: 'I paid', form: 'payment' }])];
  }
  if (state === 'confirmingZeroBalance') {
    return [step('confirm-zero-balance', advice.confirmZeroBalance(facts), [{ label: 'I have the letter', event: { type: 'ZERO_BALANCE_CONFIRMED', at: today } }])];
  }
  if (state === 'checkingCredit' && !context.creditReportCheckedAt) {
    const lastPayment = context.payments.at(-1)?.at;
    return [step('check-credit-report', advice.checkCreditReport(context.closureReason === 'not-validated'), [
      { label: 'I checked my reports', event: { type: 'CREDIT_REPORT_CHECKED', at: today } },
    ], after(lastPayment, CREDIT_CHECK_AFTER_PAYMENT.days))];
  }
  if (state === 'closed') return [step('keep-records', advice.keepRecords(), [])];
  return [step('close-case', advice.closeCase(), [{ label: 'Close the case', event: { type: 'CASE_CLOSED', at: today } }])];
}

/** The step to show: the first one due soon (earliest first), else the first in playbook order. */
function mostUrgent(steps: Recommendation[], today: string): Recommendation {
  const urgent = steps
    .filter((s) => s.due !== undefined && daysBetween(today, s.due) <= URGENT_WITHIN_DAYS)
    .sort((a, b) => a.due!.localeCompare(b.due!));
  return urgent[0] ?? steps[0]!;
}

export function nextAction(snapshot: SnapshotLike, today: string): Recommendation {
  const { value, context } = snapshot;
  const state = stepOf(value);
  switch (phaseOf(value)) {
    case 'stabilization':
      return mostUrgent(stabilizationSteps(context, tracksOf(value), today), today);
    case 'validation':
      return mostUrgent(validationSteps(context, tracksOf(value), today), today);
    case 'negotiation':
      return mostUrgent(negotiationSteps(context, state, today), today);
    case 'collections':
      return mostUrgent(collectionsSteps(context, state, today), today);
    case 'closure':
      return mostUrgent(closureSteps(context, state, today), today);
  }
}
