/*
 * Negotiation's steps: an opening lump-sum offer, answers and counteroffers,
 * the escalation ladder after a refusal, a payment plan weighed before it is
 * taken, and every deal in writing. Once a plan is accepted, never an offer.
 */
import { escalationLadder, TOP_ESCALATION_LEVEL } from '../../src/domain/escalation';
import { percentOf } from '../../src/domain/money';
import { OPENING_OFFER_PERCENT } from '../../src/domain/rules';
import type { BillContext } from '../context';
import { counterofferStep, waitForOfferStep, writtenAgreementStep } from './offers';
import { factsOf, step, type Recommendation, type StepWords } from './shared';

export function negotiationSteps(context: BillContext, state: string, today: string, words: StepWords): Recommendation[] {
  const facts = factsOf(context, words);
  const plan = context.paymentPlan;
  // The payment-plan guard: once a plan is accepted, never an offer again.
  if (plan?.status === 'accepted') return [writtenAgreementStep(context, today, words, 'plan')];
  if (state === 'acceptedAwaitingWriting') return [writtenAgreementStep(context, today, words, 'offer')];
  if (context.assistance.status === 'approved') return [writtenAgreementStep(context, today, words, 'assistance')];
  if (state === 'counteroffer') return [counterofferStep(context, today, words)];
  if (state === 'offerOut') return [waitForOfferStep(context, today, words)];
  if (state === 'paymentPlan.offered' && plan) {
    return [step('respond-to-counteroffer', words.advice.weighPaymentPlan(plan.monthly, plan.months), [
      { label: words.actions.offeredLumpSum, form: 'offer' },
      { label: words.actions.acceptedPlan, form: 'payment-plan-accepted' },
      { label: words.actions.turnedDown, event: { type: 'PAYMENT_PLAN_DECLINED', at: today } },
    ])];
  }
  const makeOffer = step('make-offer', words.advice.makeOffer(facts, percentOf(facts.balance, OPENING_OFFER_PERCENT.suggested)), [
    { label: words.actions.madeOffer, form: 'offer' },
    { label: words.actions.planOffered, form: 'payment-plan' },
  ]);
  if (context.refusals > 0 && context.escalationLevel < TOP_ESCALATION_LEVEL) {
    const next = escalationLadder[context.escalationLevel + 1]!;
    const who = words.escalation[next].who;
    return [step('escalate', words.advice.escalate(who), [
      { label: words.actions.reached(who), event: { type: 'ESCALATED', level: next, at: today } },
      { label: words.actions.madeAnotherOffer, form: 'offer' },
    ])];
  }
  if (context.assistance.status === 'applied') {
    const decided = { label: words.actions.recordDecision, form: 'assistance-decision' } as const;
    return [step('wait-for-response', words.advice.waitForAssistance(), [decided, ...makeOffer.actions])];
  }
  return [makeOffer];
}
