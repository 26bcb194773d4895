/*
 * Each journal event as one plain sentence, for the history timeline and the
 * printed paper trail. Written in the second person: this is the person's record.
 */
import { common } from '../i18n/en/common';
import { escalationLadder, escalationLevelOf } from './escalation';
import type { BillEvent } from './events';
import { formatCents } from './money';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function describeEvent(event: BillEvent): string {
  switch (event.type) {
    case 'CASE_OPENED': return `You started this case for ${formatCents(event.case.statementBalance)}.`;
    case 'CASE_DETAILS_UPDATED': return 'You updated the bill basics.';
    case 'ITEMIZED_BILL_REQUESTED': return 'You asked for the itemized bill.';
    case 'ITEMIZED_BILL_RECEIVED': return `The itemized bill arrived (${plural(event.lines.length, 'line')}).`;
    case 'EOB_RECEIVED': return `The insurer's EOB arrived: claim ${event.eob.status}, you owe ${formatCents(event.eob.patientResponsibility)}.`;
    case 'CLAIM_STATUS_CONFIRMED': return `Your insurer said the claim is ${event.status}.`;
    case 'HOLD_REQUESTED': return 'You asked for a hold on the account.';
    case 'HOLD_CONFIRMED': return `They put the account on hold until ${event.until}.`;
    case 'CALL_LOGGED': return `You called and spoke to ${event.with || 'someone'}${event.reference ? ` (reference ${event.reference})` : ''}.`;
    case 'LETTER_SENT': return `You sent a letter: ${event.letter.replaceAll('-', ' ')}.`;
    case 'FINDING_DISPUTED': return 'You disputed a charge.';
    case 'FINDING_RESOLVED': return event.outcome === 'corrected'
      ? `They corrected a charge${event.adjustment ? ` (${formatCents(event.adjustment)} off)` : ''}.`
      : 'They kept a charge you disputed.';
    case 'REVIEW_COMPLETED': return 'You checked the bill and found nothing more to dispute.';
    case 'CORRECTED_BILL_RECEIVED': return `A corrected bill arrived for ${formatCents(event.balance)}.`;
    case 'PROVIDER_DISPUTE_STARTED': return 'You started the patient-provider dispute over the good faith estimate.';
    case 'APPEAL_FILED': return 'You appealed the denied claim.';
    case 'APPEAL_DECIDED': return `Your appeal was ${event.outcome}.`;
    case 'ASSISTANCE_APPLIED': return 'You applied for financial assistance.';
    case 'ASSISTANCE_DECIDED': return `Financial assistance: ${event.outcome === 'partial' ? 'a partial discount' : event.outcome}${event.balance !== undefined ? `, new balance ${formatCents(event.balance)}` : ''}.`;
    case 'OFFER_MADE': return `You offered ${formatCents(event.amount)} (${event.kind.replace('-', ' ')}).`;
    case 'COUNTEROFFER_RECEIVED': return `They asked for ${formatCents(event.amount)} instead.`;
    case 'OFFER_ACCEPTED': return `An offer of ${formatCents(event.amount)} was accepted.`;
    case 'OFFER_REJECTED': return 'The offer was turned down.';
    case 'ESCALATED': return `You reached ${common.escalation[escalationLadder[escalationLevelOf(event.level, 0)]!].who}.`;
    case 'PAYMENT_PLAN_OFFERED': return `They offered a plan: ${formatCents(event.monthly)} a month for ${plural(event.months, 'month')}.`;
    case 'PAYMENT_PLAN_ACCEPTED': return `You accepted a plan: ${formatCents(event.monthly)} a month for ${plural(event.months, 'month')}.`;
    case 'PAYMENT_PLAN_DECLINED': return 'You turned down the payment plan.';
    case 'AGREEMENT_RECEIVED_IN_WRITING': return 'You received the agreement in writing.';
    case 'SENT_TO_COLLECTIONS': return `The account went to ${event.agency || 'a collector'} (notice dated ${event.noticeDate}).`;
    case 'DEBT_VALIDATION_REQUESTED': return 'You asked the collector to prove the debt.';
    case 'DEBT_VALIDATED': return 'The collector sent proof of the debt.';
    case 'DEBT_NOT_VALIDATED': return 'The collector could not prove the debt.';
    case 'PAYMENT_MADE': return `You paid ${formatCents(event.amount)}.`;
    case 'ZERO_BALANCE_CONFIRMED': return 'They confirmed a zero balance in writing.';
    case 'CREDIT_REPORT_CHECKED': return 'You checked your credit reports.';
    case 'CASE_CLOSED': return 'You closed the case.';
    case 'PROCEED': return 'You moved on to the next phase.';
    case 'PROCEED_ANYWAY': return 'You chose to move on without waiting.';
  }
}
