/*
 * Getting what was agreed in writing before paying: the playbook's rule
 * ("never rely on verbal promises"), for an accepted offer, a payment plan or
 * a financial assistance decision — to the provider, or to the collector once
 * the account is in collections (with the deletion from the credit reports).
 */
import { amountAgreed } from '../../../machines/workflow';
import { formatCents } from '../money';
import { partyOf } from './collector';
import type { LetterFacts } from './facts';
import { letter, type Letter } from './frame';

/** What was agreed, as the case records it; a blank to fill when nothing is recorded yet. */
function whatWasAgreed(facts: LetterFacts): string {
  const { context } = facts;
  const plan = context.paymentPlan?.status === 'accepted' ? context.paymentPlan : undefined;
  if (plan) {
    const interest = plan.apr === undefined ? ' at [interest rate, 0 % if none]' : plan.apr > 0 ? ` at ${plan.apr} % interest` : ', with no interest';
    return `a payment plan of ${formatCents(plan.monthly)} a month for ${plan.months} months${interest}, ${formatCents(plan.monthly * plan.months)} in all, after which the balance is zero`;
  }
  const agreed = amountAgreed(context);
  if (context.assistance.status === 'approved' || context.assistance.status === 'partial') {
    return `your financial assistance decision, which leaves ${formatCents(agreed ?? facts.balance)} to pay`;
  }
  return agreed === undefined ? '[what you agreed, for example: the amount, as payment in full]' : `${formatCents(agreed)} as payment in full of this account`;
}

export function writtenAgreementRequest(facts: LetterFacts): Letter {
  const party = partyOf(facts);
  return letter(facts, {
    to: party.to,
    subject: 'Request for our agreement in writing',
    about: party.about,
    paragraphs: [
      `This confirms what we agreed: ${whatWasAgreed(facts)}.`,
      `Please send this agreement to me in writing, on your letterhead, stating the account number, the amount, that it settles the account in full, and ${party.noReporting}. I will pay as soon as I receive it.`,
    ],
  });
}
