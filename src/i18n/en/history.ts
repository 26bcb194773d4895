/*
 * The case's path, in English: where it stands (the journey map: each phase's
 * goal, its tracks and their states), what happened (the history: one plain
 * sentence per journal event, in the second person, for the timeline and the
 * printed paper trail), and the forms for recording something that happened.
 * Loaded with the parts of the case below the next step.
 */
import { escalationLadder, escalationLevelOf } from '../../domain/escalation';
import type { BillEventType, EventOf } from '../../domain/events';
import { formatCents } from '../../domain/money';
import type { Phase } from '../../../machines/workflow';
import { common } from './common';

/** One sentence per kind of event. */
export type EventWords = { [Type in BillEventType]: (event: EventOf<Type>) => string };

const lines = (count: number) => `${count} ${count === 1 ? 'line' : 'lines'}`;
const months = (count: number) => `${count} ${count === 1 ? 'month' : 'months'}`;

const events: EventWords = {
  CASE_OPENED: (event) => `You started this case for ${formatCents(event.case.statementBalance)}.`,
  CASE_DETAILS_UPDATED: () => 'You updated the bill basics.',
  ITEMIZED_BILL_REQUESTED: () => 'You asked for the itemized bill.',
  ITEMIZED_BILL_RECEIVED: (event) => `The itemized bill arrived (${lines(event.lines.length)}).`,
  EOB_RECEIVED: (event) => `The insurer's EOB arrived: claim ${event.eob.status}, you owe ${formatCents(event.eob.patientResponsibility)}.`,
  CLAIM_STATUS_CONFIRMED: (event) => `Your insurer said the claim is ${event.status}.`,
  HOLD_REQUESTED: () => 'You asked for a hold on the account.',
  HOLD_CONFIRMED: (event) => `They put the account on hold until ${event.until}.`,
  CALL_LOGGED: (event) => `You called and spoke to ${event.with || 'someone'}${event.reference ? ` (reference ${event.reference})` : ''}.`,
  LETTER_SENT: (event) => `You sent a letter: ${event.letter.replaceAll('-', ' ')}.`,
  FINDING_DISPUTED: () => 'You disputed a charge.',
  FINDING_RESOLVED: (event) => event.outcome === 'corrected'
    ? `They corrected a charge${event.adjustment ? ` (${formatCents(event.adjustment)} off)` : ''}.`
    : 'They kept a charge you disputed.',
  REVIEW_COMPLETED: () => 'You checked the bill and found nothing more to dispute.',
  CORRECTED_BILL_RECEIVED: (event) => `A corrected bill arrived for ${formatCents(event.balance)}.`,
  PROVIDER_DISPUTE_STARTED: () => 'You started the patient-provider dispute over the good faith estimate.',
  APPEAL_FILED: () => 'You appealed the denied claim.',
  APPEAL_DECIDED: (event) => `Your appeal was ${event.outcome}.`,
  ASSISTANCE_APPLIED: () => 'You applied for financial assistance.',
  ASSISTANCE_DECIDED: (event) =>
    `Financial assistance: ${event.outcome === 'partial' ? 'a partial discount' : event.outcome}${event.balance !== undefined ? `, new balance ${formatCents(event.balance)}` : ''}.`,
  OFFER_MADE: (event) => `You offered ${formatCents(event.amount)} (${event.kind.replace('-', ' ')}).`,
  COUNTEROFFER_RECEIVED: (event) => `They asked for ${formatCents(event.amount)} instead.`,
  OFFER_ACCEPTED: (event) => `An offer of ${formatCents(event.amount)} was accepted.`,
  OFFER_REJECTED: () => 'The offer was turned down.',
  ESCALATED: (event) => `You reached ${common.escalation[escalationLadder[escalationLevelOf(event.level, 0)]!].who}.`,
  PAYMENT_PLAN_OFFERED: (event) => `They offered a plan: ${formatCents(event.monthly)} a month for ${months(event.months)}.`,
  PAYMENT_PLAN_ACCEPTED: (event) => `You accepted a plan: ${formatCents(event.monthly)} a month for ${months(event.months)}.`,
  PAYMENT_PLAN_DECLINED: () => 'You turned down the payment plan.',
  AGREEMENT_RECEIVED_IN_WRITING: () => 'You received the agreement in writing.',
  SENT_TO_COLLECTIONS: (event) => `The account went to ${event.agency || 'a collector'} (notice dated ${event.noticeDate}).`,
  DEBT_VALIDATION_REQUESTED: () => 'You asked the collector to prove the debt.',
  DEBT_VALIDATED: () => 'The collector sent proof of the debt.',
  DEBT_NOT_VALIDATED: () => 'The collector could not prove the debt.',
  PAYMENT_MADE: (event) => `You paid ${formatCents(event.amount)}.`,
  ZERO_BALANCE_CONFIRMED: () => 'They confirmed a zero balance in writing.',
  CREDIT_REPORT_CHECKED: () => 'You checked your credit reports.',
  CASE_CLOSED: () => 'You closed the case.',
  PROCEED: () => 'You moved on to the next phase.',
  PROCEED_ANYWAY: () => 'You chose to move on without waiting.',
};

export const history = {
  title: 'History',
  events,
  journey: {
    /** "Step 2 of 5:", before the phase's name. */
    stepOf: (step: number, of: number) => `Step ${step} of ${of}:`,
    pictureTitle: 'Your progress through the five phases',
    /** One phase in the picture's description for screen readers. */
    described: (step: number, phase: string, status: string, alongside: string) => `Step ${step}, ${phase}: ${status}.${alongside}`,
    alongside: (tracks: string) => ` These run at the same time: ${tracks}.`,
    sideBySide: 'Side by side:',
    status: {
      done: 'Done',
      current: 'You are here',
      next: 'Still to come',
      skipped: 'Skipped',
      optional: 'Only if the bill goes to a collector',
    },
    goals: {
      stabilization: 'Get the itemized bill and the EOB. Ask for a hold. Don\'t pay yet.',
      validation: 'Find and dispute errors. Appeal denials. Apply for assistance.',
      negotiation: 'Lower what you owe and get the deal in writing.',
      collections: 'Make the collector prove the debt, then settle in writing.',
      closure: 'Pay what was agreed, get proof, check your credit.',
    } satisfies Record<Phase, string>,
    tracks: {
      itemizedBill: 'Itemized bill',
      insurance: 'Insurance claim',
      hold: 'Hold on the account',
      audit: 'Bill check',
      appeal: 'Appeal',
      assistance: 'Financial assistance',
    },
    trackStates: {
      notRequested: 'not asked for yet',
      requested: 'asked for',
      received: 'received',
      unknown: 'not checked yet',
      pending: 'pending',
      processed: 'processed',
      denied: 'denied',
      uninsured: 'no insurance',
      none: 'not asked for yet',
      confirmed: 'confirmed',
      reviewing: 'checking',
      disputing: 'waiting for answers',
      resolved: 'done',
      notNeeded: 'not needed',
      needed: 'needed',
      filed: 'waiting for a decision',
      approved: 'approved',
      notApplied: 'not applied yet',
      applied: 'waiting for a decision',
      partial: 'partly approved',
    },
  },
  record: {
    title: 'Record something that happened',
    forms: {
      call: 'Log a call',
      details: 'Correct the bill basics',
      'corrected-bill': 'A corrected bill came',
      offer: 'I made an offer',
      counteroffer: 'They made a counteroffer',
      'payment-plan': 'They offered a payment plan',
      'payment-plan-accepted': 'I accepted a payment plan',
      'collections-notice': 'It went to collections',
      payment: 'I made a payment',
    },
    offersClosed: 'Offers are closed: you accepted a payment plan, and a plan freezes the balance. Get the plan in writing.',
    callSaved: 'Call saved.',
    summaryAdvice: 'Call saved. A written summary turns what they said into proof.',
    writeSummary: 'Write the summary letter',
  },
};
