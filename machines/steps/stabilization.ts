/*
 * Stabilization's steps: ask for the itemized bill, learn the insurer's
 * decision, ask for a hold; wait for the papers (30 days for records); move on.
 */
import { advice } from '../../src/domain/advice';
import type { BillEvent } from '../../src/domain/events';
import { RIGHT_OF_ACCESS } from '../../src/domain/rules';
import type { BillContext } from '../context';
import { guards } from '../guards';
import { after, factsOf, step, WAIT_FOR_PAPERS, type Recommendation, type RecommendedAction } from './shared';

export function stabilizationSteps(context: BillContext, tracks: Record<string, string>, today: string): Recommendation[] {
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
  const said = { processed: 'It was processed', pending: 'It is still pending', denied: 'It was denied' } as const;
  const claimAnswers = (statuses: (keyof typeof said)[]): RecommendedAction[] =>
    statuses.map((status) =>
      status === 'processed' && eob
        ? { label: 'I have the EOB', event: { type: 'EOB_RECEIVED', eob, at: today } }
        : { label: said[status], event: { type: 'CLAIM_STATUS_CONFIRMED', status, at: today } },
    );
  if (tracks.insurance === 'unknown') {
    steps.push(step('confirm-claim-status', advice.confirmClaimStatus(facts), claimAnswers(['processed', 'pending', 'denied'])));
  }
  if (tracks.hold === 'none') {
    steps.push(step('request-hold', advice.requestHold(facts), [
      { label: 'I asked for a hold', event: { type: 'HOLD_REQUESTED', at: today } },
      { label: 'They confirmed a hold', form: 'hold-confirmed' },
    ]));
  }
  const goOn: RecommendedAction = { label: 'Go on without it', event: { type: 'PROCEED_ANYWAY', at: today }, warning: WAIT_FOR_PAPERS };
  if (tracks.itemizedBill === 'requested') {
    steps.push(step('wait-for-response', advice.waitForItemizedBill(), [{ label: 'The itemized bill came', event: received }, goOn],
      after(context.itemizedRequestedAt, RIGHT_OF_ACCESS.days)));
  }
  if (tracks.insurance === 'pending') {
    steps.push(step('confirm-claim-status', advice.claimStillPending(), [...claimAnswers(['processed', 'denied']), goOn]));
  }
  const noEvent = { type: 'PROCEED' } as const;
  if (guards.itemizedBillReceived({ context, event: noEvent }) && guards.claimProcessedOrUninsured({ context, event: noEvent })) {
    steps.push(step('move-on', advice.startValidation(), [{ label: 'Start checking the bill', event: { type: 'PROCEED', at: today } }]));
  }
  return steps;
}
