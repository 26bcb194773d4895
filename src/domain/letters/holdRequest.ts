/*
 * Asking for an administrative hold while the bill is checked: the playbook's
 * first step, so no collection starts while the person does the work.
 */
import { formatCents } from '../money';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

export function holdRequest(facts: LetterFacts): Letter {
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Request to hold the account',
    paragraphs: [
      `I'm reviewing the balance of ${formatCents(facts.balance)} on this account. I have asked for the itemized statement and I'm checking it against my insurer's Explanation of Benefits, and I'm evaluating financial assistance options.`,
      'Please place the account on an administrative hold while this review is open, and confirm in writing how long the hold lasts and that the account will not be sent to collections or reported to a credit bureau during it.',
    ],
  });
}
