/*
 * Stabilization's steps: ask for the itemized bill, learn the insurer's
 * decision, ask for a hold; wait for the papers (30 days for records); move on.
 */
import type { BillEvent } from '../../src/domain/events';
import { RIGHT_OF_ACCESS } from '../../src/domain/rules';
import type { BillContext } from '../context';
import { guards } from '../guards';
import { after, factsOf, step, type Recommendation, type RecommendedAction, type StepWords } from './shared';

export function stabilizationSteps(context: BillContext, tracks: Record<string, string>, today: string, words: StepWords): Recommendation[] {
  const facts = factsOf(context, words);
  const received: BillEvent = { type: 'ITEMIZED_BILL_RECEIVED', lines: context.case.lines, at: today };
  const eob = context.case.eob;
  const steps: Recommendation[] = [];
  if (tracks.itemizedBill === 'notRequested') {
    steps.push(step('request-itemized-bill', words.advice.requestItemizedBill(facts), [
      { label: words.actions.askedForIt, event: { type: 'ITEMIZED_BILL_REQUESTED', at: today } },
      { label: words.actions.alreadyHaveIt, event: received },
    ]));
  }
  const said = { processed: words.actions.claimProcessed, pending: words.actions.claimPending, denied: words.actions.claimDenied };
  const claimAnswers = (statuses: (keyof typeof said)[]): RecommendedAction[] =>
    statuses.map((status) =>
      status === 'processed' && eob
        ? { label: words.actions.haveEob, event: { type: 'EOB_RECEIVED', eob, at: today } }
        : { label: said[status], event: { type: 'CLAIM_STATUS_CONFIRMED', status, at: today } },
    );
  if (tracks.insurance === 'unknown') {
    steps.push(step('confirm-claim-status', words.advice.confirmClaimStatus(facts), claimAnswers(['processed', 'pending', 'denied'])));
  }
  if (tracks.hold === 'none') {
    steps.push(step('request-hold', words.advice.requestHold(facts), [
      { label: words.actions.askedForHold, event: { type: 'HOLD_REQUESTED', at: today } },
      { label: words.actions.holdConfirmed, form: 'hold-confirmed' },
    ]));
  }
  const goOn: RecommendedAction = { label: words.actions.goOnWithout, event: { type: 'PROCEED_ANYWAY', at: today }, warning: words.waitFirst.papers };
  if (tracks.itemizedBill === 'requested') {
    steps.push(step('wait-for-response', words.advice.waitForItemizedBill(), [{ label: words.actions.billCame, event: received }, goOn],
      after(context.itemizedRequestedAt, RIGHT_OF_ACCESS.days)));
  }
  if (tracks.insurance === 'pending') {
    steps.push(step('confirm-claim-status', words.advice.claimStillPending(), [...claimAnswers(['processed', 'denied']), goOn]));
  }
  const noEvent = { type: 'PROCEED' } as const;
  if (guards.itemizedBillReceived({ context, event: noEvent }) && guards.claimProcessedOrUninsured({ context, event: noEvent })) {
    steps.push(step('move-on', words.advice.startValidation(), [{ label: words.actions.startChecking, event: { type: 'PROCEED', at: today } }]));
  }
  return steps;
}
