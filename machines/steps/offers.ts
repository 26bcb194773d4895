/*
 * Steps shared by the talks with the provider and with a collector: waiting for
 * an answer to an offer, answering a counteroffer, getting a deal in writing.
 */
import { advice } from '../../src/domain/advice';
import { percentOf } from '../../src/domain/money';
import { FOLLOW_UP_AFTER_OFFER } from '../../src/domain/rules';
import { amountAgreed, currentBalance } from '../amounts';
import type { BillContext } from '../context';
import { after, factsOf, step, type Recommendation, type RecommendedAction } from './shared';

export const lastOffer = (context: BillContext) => context.offers.findLast((offer) => offer.kind !== 'counteroffer');
export const lastCounteroffer = (context: BillContext) => context.offers.findLast((offer) => offer.kind === 'counteroffer');

export type Agreement = 'offer' | 'plan' | 'assistance' | 'collector';

export function writtenAgreementStep(context: BillContext, today: string, what: Agreement): Recommendation {
  const backedOut: RecommendedAction[] = what === 'offer' || what === 'collector'
    ? [{ label: 'They backed out', event: { type: 'OFFER_REJECTED', at: today } }]
    : [];
  return step('get-agreement-in-writing', advice.getAgreementInWriting(factsOf(context), amountAgreed(context) ?? 0, what), [
    { label: 'I have it in writing', event: { type: 'AGREEMENT_RECEIVED_IN_WRITING', at: today } },
    ...backedOut,
  ]);
}

export function counterofferStep(context: BillContext, today: string): Recommendation {
  const counter = lastCounteroffer(context)?.amount ?? currentBalance(context);
  const middle = Math.round(((lastOffer(context)?.amount ?? percentOf(counter, 50)) + counter) / 2);
  return step('respond-to-counteroffer', advice.answerCounteroffer(counter, middle), [
    { label: 'I accepted it', event: { type: 'OFFER_ACCEPTED', amount: counter, at: today } },
    { label: 'I made a new offer', form: 'offer' },
    { label: 'I said no', event: { type: 'OFFER_REJECTED', at: today } },
  ]);
}

export function waitForOfferStep(context: BillContext, today: string): Recommendation {
  const offer = lastOffer(context);
  const amount = offer?.amount ?? 0;
  return step('wait-for-response', advice.waitForOfferAnswer(amount), [
    { label: 'They accepted', event: { type: 'OFFER_ACCEPTED', amount, at: today } },
    { label: 'They made a counteroffer', form: 'counteroffer' },
    { label: 'They said no', event: { type: 'OFFER_REJECTED', at: today } },
  ], after(offer?.at, FOLLOW_UP_AFTER_OFFER.days));
}
