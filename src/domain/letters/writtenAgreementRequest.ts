/*
 * Getting what was agreed in writing before paying: the playbook's rule
 * ("never rely on verbal promises"), for an accepted offer, a payment plan or
 * a financial assistance decision.
 */
import { amountAgreed } from '../../../machines';
import { formatCents } from '../money';
import type { LetterFacts } from './facts';
import { letter, providerOf, type Letter } from './frame';

function whatWasAgreed(facts: LetterFacts): string {
  const { context } = facts;
  const plan = context.paymentPlan?.status === 'accepted' ? context.paymentPlan : undefined;
  if (plan) return `a payment plan of ${formatCents(plan.monthly)} a month for ${plan.months} months${plan.apr ? ` at ${plan.apr} % interest` : ', with no interest'}, after which the balance is zero`;
  const agreed = amountAgreed(context);
  if (context.assistance.status === 'approved' || context.assistance.status === 'partial') {
    return `your financial assistance decision, which leaves ${formatCents(agreed ?? facts.balance)} to pay`;
  }
  return `${formatCents(agreed ?? facts.balance)} as payment in full of this account`;
}

export function writtenAgreementRequest(facts: LetterFacts): Letter {
  return letter(facts, {
    to: `Billing office, ${providerOf(facts)}`,
    subject: 'Request for our agreement in writing',
    paragraphs: [
      `This confirms what we agreed: ${whatWasAgreed(facts)}.`,
      'Please send this agreement to me in writing, on your letterhead, stating the account number, the amount, that it settles the account in full, and that the account will not be sent to collections or reported to a credit bureau. I will pay as soon as I receive it.',
    ],
  });
}
