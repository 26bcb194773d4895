/*
 * The words for surprise-billing (the rule and its source: ../rules/surpriseBilling.ts).
 */
import { formatCents } from '../../money';
import type { Facts } from '../rules/surpriseBilling';
import type { Wording } from '../finding';
import { balanceOf } from '../auditedBill';

export const surpriseBillingWords: Wording<Facts> = ({ care, share: owed }, bill) => {
  const amount = owed === undefined ? balanceOf(bill) : bill.aboveEob;
  const covered = care === 'emergency' ? 'emergency care' : 'care from an out-of-network provider at an in-network hospital';
  const share = (whose: string) => `${whose} in-network share${owed === undefined ? '' : ` of ${formatCents(owed)}`}`;
  return {
    title: care === 'emergency' ? 'Emergency care: you owe no more than in-network cost sharing' : 'Out-of-network provider at an in-network hospital',
    explanation: `Under the No Surprises Act, for ${covered} you owe no more than you would in network. The bill asks for ${formatCents(amount)} more than ${share('your')}.`,
    ask: `This was ${covered}, which the No Surprises Act protects. Please bill me no more than ${share('my')}, and correct the balance.`,
  };
};
