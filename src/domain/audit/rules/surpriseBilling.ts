/*
 * surprise-billing: emergency care (any provider), or an out-of-network
 * provider at an in-network hospital, billed above in-network cost sharing.
 * No Surprises Act, 45 CFR 149.110 (emergency) and 149.120 (non-emergency at
 * in-network facilities); in force since 2022-01-01. Checked 2026-11-23.
 */
import { balanceOf, type AuditedBill } from '../auditedBill';
import { detected, type Detector, type Wording } from '../finding';

type Facts = { care: 'emergency' | 'out-of-network'; share?: number };
import { formatCents } from '../../money';

function protectedCare(bill: AuditedBill): 'emergency' | 'out-of-network' | undefined {
  if (!bill.insured) return undefined;
  if (bill.case.emergency === true) return 'emergency';
  return bill.case.provider?.inNetwork === false && bill.case.facilityInNetwork === true ? 'out-of-network' : undefined;
}

export const surpriseBilling: Detector<Facts> = (bill) => {
  const care = protectedCare(bill);
  if (!care) return [];
  // Without a decided EOB the in-network share is unknown; an out-of-network provider billing directly is still suspect.
  const amount = bill.decidedEob ? bill.aboveEob : bill.case.provider?.inNetwork === false ? balanceOf(bill) : 0;
  if (amount === 0) return [];
  return [detected('surprise-billing', [], amount, { care, ...(bill.decidedEob ? { share: bill.decidedEob.patientResponsibility } : {}) })];
};

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
