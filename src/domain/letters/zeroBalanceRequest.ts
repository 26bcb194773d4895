/*
 * Closing the account on paper: written proof of a zero balance once what was
 * agreed is paid, so nothing resurfaces in collections later (DOMAIN.md,
 * "close the account with everything in writing").
 */
import { amountPaid } from '../../../machines';
import { formatLongDate } from '../dates';
import { formatCents } from '../money';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

export function zeroBalanceRequest(facts: LetterFacts): Letter {
  const paid = amountPaid(facts.context);
  const last = facts.context.payments.at(-1);
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Request for written confirmation of a zero balance',
    paragraphs: [
      paid > 0
        ? `I have paid ${formatCents(paid)} on this account${last ? `, most recently on ${formatLongDate(last.at.slice(0, 10))}` : ''}, as we agreed.`
        : `The account, billed at ${formatCents(facts.case.statementBalance)}, has been settled as we agreed.`,
      'Please send me written confirmation that the balance is zero, that nothing more is owed, and that the account will not be sent to collections or reported to a credit bureau.',
    ],
  });
}
