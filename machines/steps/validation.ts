/*
 * Validation's steps, for three tracks that run side by side: check the bill
 * and dispute what is wrong (in writing), appeal a denial (180 days for most
 * plans), apply for financial assistance (240 days at a nonprofit hospital).
 */
import { advice } from '../../src/domain/advice';
import { addCalendarDays } from '../../src/domain/dates';
import { POST_SERVICE_APPEAL_DECISION } from '../../src/domain/rules';
import { currentBalance } from '../amounts';
import type { BillContext } from '../context';
import { guards } from '../guards';
import { openFindings } from '../findings';
import { amountInQuestion } from '../../src/domain/audit/amountInQuestion';
import { formatCents } from '../../src/domain/money';
import { dueFor } from './reminders';
import { after, factsOf, LEAVE_FINDINGS_OPEN, step, WAIT_FOR_DECISIONS, type Recommendation, type RecommendedAction } from './shared';

/** The dispute letter went out after the latest charge was disputed. */
function disputeLetterSent(context: BillContext): boolean {
  const sent = context.disputeLetterSentAt;
  if (sent === undefined) return false;
  return Object.values(context.findings).every((finding) => finding.status !== 'disputed' || finding.at <= sent);
}

/** Check the bill: the audit's findings to dispute or accept, or a look of one's own when it found none. */
function reviewStep(context: BillContext, today: string): Recommendation {
  const open = openFindings(context);
  const done = { type: 'REVIEW_COMPLETED', at: today } as const;
  if (open.length === 0) {
    const words = context.case.lines.length ? advice.noFindings() : advice.reviewBill();
    return step('review-findings', words, [
      { label: 'I found a problem', form: 'dispute' },
      { label: 'I found nothing to dispute', event: done },
    ]);
  }
  const inQuestion = amountInQuestion(open, context.case.lines, currentBalance(context));
  const disputeAll = open.map((finding) => ({ type: 'FINDING_DISPUTED', findingId: finding.id, at: today }) as const);
  return step('review-findings', advice.reviewFindings(open.length, formatCents(inQuestion)), [
    { label: open.length === 1 ? 'Dispute it' : `Dispute all ${open.length}`, events: disputeAll },
    { label: 'None of these is a problem', event: done, warning: LEAVE_FINDINGS_OPEN },
  ]);
}

export function validationSteps(context: BillContext, tracks: Record<string, string>, today: string): Recommendation[] {
  const facts = factsOf(context);
  const steps: Recommendation[] = [];
  // Full assistance makes checking the lines moot: the decision in writing comes first.
  if (tracks.assistance === 'approved') {
    steps.push(step('get-agreement-in-writing', advice.getAgreementInWriting(facts, currentBalance(context), 'assistance'), [
      { label: 'I have it in writing', event: { type: 'AGREEMENT_RECEIVED_IN_WRITING', at: today } },
    ]));
  }
  if (tracks.audit === 'reviewing') steps.push(reviewStep(context, today));
  if (tracks.audit === 'disputing') {
    const answered = { label: 'They answered', form: 'dispute-answer' } as const;
    const letter = { type: 'LETTER_SENT', letter: 'billing-dispute', followUp: addCalendarDays(today, 30), at: today } as const;
    steps.push(disputeLetterSent(context)
      ? step('wait-for-response', advice.waitForDisputeAnswer(), [answered], context.lastContact?.followUp)
      : step('dispute-findings', advice.disputeInWriting(), [{ label: 'I sent the letter', event: letter }, { ...answered, label: 'They already answered' }]));
  }
  if (tracks.appeal === 'needed') {
    steps.push(step('file-appeal', advice.fileAppeal(), [{ label: 'I filed the appeal', event: { type: 'APPEAL_FILED', at: today } }],
      dueFor(context, 'internal-appeal')));
  }
  if (tracks.assistance === 'notApplied') {
    const applied = { label: 'I applied', event: { type: 'ASSISTANCE_APPLIED', at: today } } as const;
    steps.push(step('apply-financial-assistance', advice.applyForAssistance(facts), [applied], dueFor(context, 'financial-assistance-application')));
  }
  const negotiateAnyway: RecommendedAction[] = tracks.audit === 'resolved'
    ? [{ label: 'Negotiate now anyway', event: { type: 'PROCEED_ANYWAY', at: today }, warning: WAIT_FOR_DECISIONS }]
    : [];
  if (tracks.appeal === 'filed') {
    steps.push(step('wait-for-response', advice.waitForAppeal(), [
      { label: 'The appeal was approved', event: { type: 'APPEAL_DECIDED', outcome: 'approved', at: today } },
      { label: 'The appeal was denied', event: { type: 'APPEAL_DECIDED', outcome: 'denied', at: today } },
      ...negotiateAnyway,
    ], after(context.appeal.since, POST_SERVICE_APPEAL_DECISION.days)));
  }
  if (tracks.assistance === 'applied') {
    const decided = { label: 'Record the decision', form: 'assistance-decision' } as const;
    steps.push(step('wait-for-response', advice.waitForAssistance(), [decided, ...negotiateAnyway]));
  }
  if (tracks.audit === 'resolved' && guards.noDecisionPending({ context, event: { type: 'PROCEED' } })) {
    steps.push(step('move-on', advice.startNegotiation(), [{ label: 'Start negotiating', event: { type: 'PROCEED', at: today } }]));
  }
  return steps;
}
