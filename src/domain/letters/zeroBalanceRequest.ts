/*
 * Closing the account on paper: written proof of a zero balance, so nothing
 * resurfaces in collections later (DOMAIN.md, "close the account with
 * everything in writing"). It says why nothing is owed only as the case shows it.
 */
import { amountAgreed, amountPaid } from '../../../machines/workflow';
import { formatLongDate } from '../dates';
import { formatCents } from '../money';
import { partyOf } from './collector';
import type { LetterFacts } from './facts';
import { letter, type Letter } from './frame';

function whyNothingIsOwed(facts: LetterFacts): string {
  const { context } = facts;
  const paid = amountPaid(context);
  const last = context.payments.at(-1);
  const agreed = amountAgreed(context) !== undefined;
  if (paid > 0) {
    return `I have paid ${formatCents(paid)} on this account${last ? `, most recently on ${formatLongDate(last.at.slice(0, 10))}` : ''}${agreed ? ', as we agreed' : ''}.`;
  }
  if (context.closureReason === 'zero-balance') return `The account, billed at ${formatCents(facts.case.statementBalance)}, was corrected to a zero balance.`;
  if (context.closureReason === 'not-validated') return 'You did not validate this debt when I disputed it in writing.';
  if (agreed) return `The account, billed at ${formatCents(facts.case.statementBalance)}, has been settled as we agreed.`;
  return '[Say why nothing more is owed: what you paid and when, or the decision that cleared the bill.]';
}

export function zeroBalanceRequest(facts: LetterFacts): Letter {
  const party = partyOf(facts);
  return letter(facts, {
    to: party.to,
    subject: 'Request for written confirmation of a zero balance',
    about: party.about,
    paragraphs: [
      whyNothingIsOwed(facts),
      `Please send me written confirmation that the balance is zero, that nothing more is owed, and ${party.noReporting}.`,
    ],
  });
}
