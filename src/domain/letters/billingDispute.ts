/*
 * The billing dispute: every audit finding the person has not marked as
 * upheld (all of them until some are: CONTRACT.md), each with its codes,
 * dates, charges, the amount at stake and the exact question to answer.
 */
import { isBillingProblem } from '../audit';
import { formatShortDate } from '../dates';
import { formatCents } from '../money';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

function findingBlock({ finding, lines }: LetterFacts['disputed'][number], index: number): string {
  // Help rather than an error (financial assistance): no charge is in question, only the request.
  if (!isBillingProblem(finding)) return [`${index + 1}. ${finding.title}`, `   ${finding.ask}`].join('\n');
  const charges = lines.map((line) => `   - ${line.code || `revenue code ${line.revenueCode ?? ''}`} on ${formatShortDate(line.date)}: ${formatCents(line.charge)}`);
  return [`${index + 1}. ${finding.title} (amount in question: ${formatCents(finding.amount)})`, ...charges, `   ${finding.ask}`].join('\n');
}

export function billingDispute(facts: LetterFacts): Letter {
  const { disputed } = facts;
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Billing dispute',
    paragraphs: [
      `I'm disputing the following charges on this account (balance ${formatCents(facts.balance)}) pending documentation.`,
      disputed.length ? disputed.map(findingBlock).join('\n\n') : '[List each charge you question: its code, date and amount, and what you ask.]',
      'Please correct these charges or send the records that support them, and send me a corrected itemized statement. Please hold the account, with no collection activity and no credit reporting, until this dispute is resolved.',
    ],
  });
}
