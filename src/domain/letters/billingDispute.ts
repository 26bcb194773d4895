/*
 * The billing dispute: every audit finding the person has not marked as
 * upheld (all of them until some are: CONTRACT.md), each with its codes,
 * dates, charges, the amount at stake and the exact question to answer.
 */
import { isBillingProblem } from '../audit';
import { formatShortDate } from '../typedDates';
import { formatCents } from '../money';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

function findingBlock({ finding, lines }: LetterFacts['disputed'][number], index: number): string {
  const charges = lines.map((line) => `   - ${line.code || `revenue code ${line.revenueCode ?? ''}`} on ${formatShortDate(line.date)}: ${formatCents(line.charge)}`);
  return [`${index + 1}. ${finding.title} (amount in question: ${formatCents(finding.amount)})`, ...charges, `   ${finding.ask}`].join('\n');
}

export function billingDispute(facts: LetterFacts): Letter {
  // Every open finding is listed (CONTRACT.md); help rather than an error (financial assistance) comes after the charges.
  const charges = facts.disputed.filter(({ finding }) => isBillingProblem(finding));
  const help = facts.disputed.filter(({ finding }) => !isBillingProblem(finding));
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Billing dispute',
    paragraphs: [
      `I'm disputing the following charges on this account (balance ${formatCents(facts.balance)}) pending documentation.`,
      charges.length ? charges.map(findingBlock).join('\n\n') : '[List each charge you question: its code, date and amount, and what you ask.]',
      ...help.map(({ finding }) => `Separately: ${finding.title.charAt(0).toLowerCase()}${finding.title.slice(1)}. ${finding.ask}`),
      'Please correct these charges or send the records that support them, and send me a corrected itemized statement. Please hold the account, with no collection activity and no credit reporting, until this dispute is resolved.',
    ],
  });
}
