/*
 * A lump-sum or prompt-pay offer to settle the account in full. The amount is
 * the last offer recorded, else the playbook's opening offer (a share of the
 * balance: providers collect only 20–40 % of patient balances — DOMAIN.md).
 */
import { formatCents, percentOf } from '../money';
import { OPENING_OFFER_PERCENT } from '../rules';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

/** The person's last offer (never the other side's counteroffer), else the opening share of `owed`; never more than `owed`. */
export function offerAmountOf(facts: LetterFacts, owed: number, openingPercent: number): { amount: number; kind: string } {
  const made = [...facts.context.offers].reverse().find((offer) => offer.kind !== 'counteroffer');
  const offer = made ? { amount: made.amount, kind: made.kind } : { amount: percentOf(owed, openingPercent), kind: 'lump-sum' };
  return { ...offer, amount: Math.min(offer.amount, owed) };
}

export function settlementOffer(facts: LetterFacts): Letter {
  const { amount, kind } = offerAmountOf(facts, facts.balance, OPENING_OFFER_PERCENT.suggested);
  const how = kind === 'prompt-pay' ? 'a prompt payment' : kind === 'self-pay' ? 'a self-pay payment' : 'a single lump-sum payment';
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Offer to settle the account',
    paragraphs: [
      `The account shows a balance of ${formatCents(facts.balance)}. Given the circumstances, I'm offering ${formatCents(amount)} as ${how}, in full settlement of this account.`,
      'This offer depends on your written confirmation, before I pay, that this payment settles the account in full, that the balance will be zero, and that the account will not be sent to collections or reported to a credit bureau.',
      'Please reply in writing. I can pay within 10 days of receiving your confirmation.',
    ],
  });
}
