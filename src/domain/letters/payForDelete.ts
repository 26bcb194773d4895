/*
 * Offering to pay a collector in exchange for deleting the account from the
 * credit reports. The playbook: collectors often settle at 30–50 %; get the
 * deletion promise in writing before paying (DOMAIN.md, "Settlement math").
 */
import { formatCents } from '../money';
import { COLLECTOR_OFFER_PERCENT } from '../rules';
import { collectorAmount, collectorOf, originalCreditor } from './collector';
import type { LetterFacts } from './facts';
import { letter, type Letter } from './frame';
import { offerAmountOf } from './settlementOffer';

export function payForDelete(facts: LetterFacts): Letter {
  const owed = collectorAmount(facts);
  const made = offerAmountOf(facts, owed, COLLECTOR_OFFER_PERCENT.suggested).amount;
  return letter(facts, {
    to: collectorOf(facts),
    subject: 'Offer to settle in exchange for deletion',
    about: originalCreditor(facts),
    paragraphs: [
      `Your records show ${formatCents(owed)} owed on this account. I'm offering ${formatCents(made)} to settle it in full.`,
      'In exchange, you agree to delete every entry about this account from Equifax, Experian and TransUnion within 30 days of my payment, and to report it as paid in full, not as settled for less, if it is reported at all.',
      'This offer depends on your written agreement to these terms, on your letterhead, before I pay. This letter is not an acknowledgment that I owe the debt.',
    ],
  });
}
