/*
 * Negotiation's steps: an opening lump-sum offer, answers and counteroffers,
 * the escalation ladder after a refusal, a payment plan weighed before it is
 * taken, and every deal in writing. Once a plan is accepted, never an offer.
 */
import { advice } from '../../src/domain/advice';
import { escalationLadder, TOP_ESCALATION_LEVEL } from '../../src/domain/escalation';
import { percentOf } from '../../src/domain/money';
import { OPENING_OFFER_PERCENT } from '../../src/domain/rules';
import type { BillContext } from '../context';
import { counterofferStep, waitForOfferStep, writtenAgreementStep } from './offers';
import { factsOf, step, type Recommendation } from './shared';

export function negotiationSteps(context: BillContext, state: string, today: string): Recommendation[] {
  const facts = factsOf(context);
  const plan = context.paymentPlan;
  // The payment-plan guard: once a plan is accepted, never an offer again.
  if (plan?.status === 'accepted') return [writtenAgreementStep(context, today, 'plan')];
  if (state === 'acceptedAwaitingWriting') return [writtenAgreementStep(context, today, 'offer')];
  if (context.assistance.status === 'approved') return [writtenAgreementStep(context, today, 'assistance')];
  if (state === 'counteroffer') return [counterofferStep(context, today)];
  if (state === 'offerOut') return [waitForOfferStep(context, today)];
  if (state === 'paymentPlan.offered' && plan) {
    return [step('respond-to-counteroffer', advice.weighPaymentPlan(plan.monthly, plan.months), [
      { label: 'I offered a lump sum instead', form: 'offer' },
      { label: 'I accepted the plan', form: 'payment-plan-accepted' },
      { label: 'I turned it down', event: { type: 'PAYMENT_PLAN_DECLINED', at: today } },
    ])];
  }
  const makeOffer = step('make-offer', advice.makeOffer(facts, percentOf(facts.balance, OPENING_OFFER_PERCENT.suggested)), [
    { label: 'I made an offer', form: 'offer' },
    { label: 'They offered a payment plan', form: 'payment-plan' },
  ]);
  if (context.refusals > 0 && context.escalationLevel < TOP_ESCALATION_LEVEL) {
    const next = escalationLadder[context.escalationLevel + 1]!;
    return [step('escalate', advice.escalate(next.who), [
      { label: `I reached ${next.who}`, event: { type: 'ESCALATED', level: next.id, at: today } },
      { label: 'I made another offer', form: 'offer' },
    ])];
  }
  if (context.assistance.status === 'applied') {
    const decided = { label: 'Record the decision', form: 'assistance-decision' } as const;
    return [step('wait-for-response', advice.waitForAssistance(), [decided, ...makeOffer.actions])];
  }
  return [makeOffer];
}
