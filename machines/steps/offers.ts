/*
 * Steps shared by the talks with the provider and with a collector: waiting for
 * an answer to an offer, answering a counteroffer, getting a deal in writing.
 */
import { percentOf } from '../../src/domain/money';
import { FOLLOW_UP_AFTER_OFFER } from '../../src/domain/rules';
import { amountAgreed, currentBalance } from '../amounts';
import type { BillContext } from '../context';
import { after, factsOf, step, type Recommendation, type RecommendedAction, type StepWords } from './shared';

export const lastOffer = (context: BillContext) => context.offers.findLast((offer) => offer.kind !== 'counteroffer');
export const lastCounteroffer = (context: BillContext) => context.offers.findLast((offer) => offer.kind === 'counteroffer');

export type Agreement = 'offer' | 'plan' | 'assistance' | 'collector';

export function writtenAgreementStep(context: BillContext, today: string, words: StepWords, what: Agreement): Recommendation {
  const backedOut: RecommendedAction[] = what === 'offer' || what === 'collector'
    ? [{ label: words.actions.backedOut, event: { type: 'OFFER_REJECTED', at: today } }]
    : [];
  return step('get-agreement-in-writing', words.advice.getAgreementInWriting(factsOf(context, words), amountAgreed(context) ?? 0, what), [
    { label: words.actions.haveItInWriting, event: { type: 'AGREEMENT_RECEIVED_IN_WRITING', at: today } },
    ...backedOut,
  ]);
}

export function counterofferStep(context: BillContext, today: string, words: StepWords): Recommendation {
  const counter = lastCounteroffer(context)?.amount ?? currentBalance(context);
  const middle = Math.round(((lastOffer(context)?.amount ?? percentOf(counter, 50)) + counter) / 2);
  return step('respond-to-counteroffer', words.advice.answerCounteroffer(counter, middle), [
    { label: words.actions.acceptedIt, event: { type: 'OFFER_ACCEPTED', amount: counter, at: today } },
    { label: words.actions.madeNewOffer, form: 'offer' },
    { label: words.actions.saidNo, event: { type: 'OFFER_REJECTED', at: today } },
  ]);
}

export function waitForOfferStep(context: BillContext, today: string, words: StepWords): Recommendation {
  const offer = lastOffer(context);
  const amount = offer?.amount ?? 0;
  return step('wait-for-response', words.advice.waitForOfferAnswer(amount), [
    { label: words.actions.theyAccepted, event: { type: 'OFFER_ACCEPTED', amount, at: today } },
    { label: words.actions.theyCountered, form: 'counteroffer' },
    { label: words.actions.theySaidNo, event: { type: 'OFFER_REJECTED', at: today } },
  ], after(offer?.at, FOLLOW_UP_AFTER_OFFER.days));
}
