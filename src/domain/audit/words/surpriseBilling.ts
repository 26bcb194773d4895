/*
 * The words for surprise-billing (the rule and its source: ../rules/surpriseBilling.ts).
 */
import { formatCents } from '../../money';
import type { Facts } from '../rules/surpriseBilling';
import type { Wording } from '../finding';
import { balanceOf } from '../auditedBill';

export const surpriseBillingWords: Wording<Facts> = ({ care, share: owed }, bill) => {
  const covered = care === 'emergency' ? 'emergency care' : 'care from a provider outside your network at a hospital in your network';
  const rule = `The No Surprises Act covers ${covered}. For it, you owe no more than you would in network.`;
  const title = care === 'emergency' ? 'Emergency care: you owe only what you would in network' : 'Out-of-network provider at an in-network hospital';
  if (owed === undefined) {
    // No EOB yet: the in-network share is not known, so the whole bill is in question.
    return {
      title,
      explanation: `${rule} This bill asks for ${formatCents(balanceOf(bill))} before your plan has said what your in-network share is.`,
      ask: `This was ${covered}. The No Surprises Act protects it. Please send the claim to my plan first, and bill me only my in-network share.`,
    };
  }
  return {
    title,
    explanation: `${rule} The bill asks for ${formatCents(bill.aboveEob)} more than your in-network share of ${formatCents(owed)}.`,
    ask: `This was ${covered}. The No Surprises Act protects it. Please bill me no more than my in-network share of ${formatCents(owed)}, and correct the balance.`,
  };
};
