/*
 * Validation's steps, for three tracks that run side by side: check the bill
 * and dispute what is wrong (in writing), appeal a denial (180 days for most
 * plans), apply for financial assistance (240 days at a nonprofit hospital).
 */
import { addCalendarDays } from '../../src/domain/dates';
import { POST_SERVICE_APPEAL_DECISION } from '../../src/domain/rules';
import { currentBalance } from '../amounts';
import type { BillContext } from '../context';
import { guards } from '../guards';
import { openFindings } from '../findings';
import { amountInQuestion } from '../../src/domain/audit/amountInQuestion';
import { formatCents } from '../../src/domain/money';
import { dueFor } from './reminders';
import { after, factsOf, step, type Recommendation, type RecommendedAction, type StepWords } from './shared';

/** The dispute letter went out after the latest charge was disputed. */
function disputeLetterSent(context: BillContext): boolean {
  const sent = context.disputeLetterSentAt;
  if (sent === undefined) return false;
  return Object.values(context.findings).every((finding) => finding.status !== 'disputed' || finding.at <= sent);
}

/** Check the bill: the audit's findings to dispute or accept, or a look of one's own when it found none. */
function reviewStep(context: BillContext, today: string, words: StepWords): Recommendation {
  const open = openFindings(context);
  const done = { type: 'REVIEW_COMPLETED', at: today } as const;
  if (open.length === 0) {
    const text = context.case.lines.length ? words.advice.noFindings() : words.advice.reviewBill();
    return step('review-findings', text, [
      { label: words.actions.foundProblem, form: 'dispute' },
      { label: words.actions.foundNothing, event: done },
    ]);
  }
  const inQuestion = amountInQuestion(open, context.case.lines, currentBalance(context));
  const disputeAll = open.map((finding) => ({ type: 'FINDING_DISPUTED', findingId: finding.id, at: today }) as const);
  return step('review-findings', words.advice.reviewFindings(open.length, formatCents(inQuestion)), [
    { label: words.actions.disputeAll(open.length), events: disputeAll },
    { label: words.actions.noneAProblem, event: done, warning: words.waitFirst.findings },
  ]);
}

export function validationSteps(context: BillContext, tracks: Record<string, string>, today: string, words: StepWords): Recommendation[] {
  const facts = factsOf(context, words);
  const steps: Recommendation[] = [];
  // Full assistance makes checking the lines moot: the decision in writing comes first.
  if (tracks.assistance === 'approved') {
    steps.push(step('get-agreement-in-writing', words.advice.getAgreementInWriting(facts, currentBalance(context), 'assistance'), [
      { label: words.actions.haveItInWriting, event: { type: 'AGREEMENT_RECEIVED_IN_WRITING', at: today } },
    ]));
  }
  if (tracks.audit === 'reviewing') steps.push(reviewStep(context, today, words));
  if (tracks.audit === 'disputing') {
    const answered = { label: words.actions.theyAnswered, form: 'dispute-answer' } as const;
    const letter = { type: 'LETTER_SENT', letter: 'billing-dispute', followUp: addCalendarDays(today, 30), at: today } as const;
    steps.push(disputeLetterSent(context)
      ? step('wait-for-response', words.advice.waitForDisputeAnswer(), [answered], context.lastContact?.followUp)
      : step('dispute-findings', words.advice.disputeInWriting(), [{ label: words.actions.sentLetter, event: letter }, { ...answered, label: words.actions.theyAlreadyAnswered }]));
  }
  if (tracks.appeal === 'needed') {
    steps.push(step('file-appeal', words.advice.fileAppeal(), [{ label: words.actions.filedAppeal, event: { type: 'APPEAL_FILED', at: today } }],
      dueFor(context, 'internal-appeal')));
  }
  if (tracks.assistance === 'notApplied') {
    const applied = { label: words.actions.applied, event: { type: 'ASSISTANCE_APPLIED', at: today } } as const;
    steps.push(step('apply-financial-assistance', words.advice.applyForAssistance(facts), [applied], dueFor(context, 'financial-assistance-application')));
  }
  const negotiateAnyway: RecommendedAction[] = tracks.audit === 'resolved'
    ? [{ label: words.actions.negotiateAnyway, event: { type: 'PROCEED_ANYWAY', at: today }, warning: words.waitFirst.decisions }]
    : [];
  if (tracks.appeal === 'filed') {
    steps.push(step('wait-for-response', words.advice.waitForAppeal(), [
      { label: words.actions.appealApproved, event: { type: 'APPEAL_DECIDED', outcome: 'approved', at: today } },
      { label: words.actions.appealDenied, event: { type: 'APPEAL_DECIDED', outcome: 'denied', at: today } },
      ...negotiateAnyway,
    ], after(context.appeal.since, POST_SERVICE_APPEAL_DECISION.days)));
  }
  if (tracks.assistance === 'applied') {
    const decided = { label: words.actions.recordDecision, form: 'assistance-decision' } as const;
    steps.push(step('wait-for-response', words.advice.waitForAssistance(), [decided, ...negotiateAnyway]));
  }
  if (tracks.audit === 'resolved' && guards.noDecisionPending({ context, event: { type: 'PROCEED' } })) {
    steps.push(step('move-on', words.advice.startNegotiation(), [{ label: words.actions.startNegotiating, event: { type: 'PROCEED', at: today } }]));
  }
  return steps;
}
