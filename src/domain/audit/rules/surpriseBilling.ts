/*
 * surprise-billing: emergency care (any provider), or an out-of-network
 * provider at an in-network hospital, billed above in-network cost sharing.
 * No Surprises Act, 45 CFR 149.110 (emergency) and 149.120 (non-emergency at
 * in-network facilities); in force since 2022-01-01. Checked 2026-11-23.
 */
import { balanceOf, type AuditedBill } from '../auditedBill';
import { detected, type Detector } from '../finding';

/** The protected care, the in-network share (once an EOB says it), what the bill asks and how far above the share. */
export type Facts = { care: 'emergency' | 'out-of-network'; share?: number; balance: number; above: number };

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
  return [detected('surprise-billing', [], amount, { care, ...(bill.decidedEob ? { share: bill.decidedEob.patientResponsibility } : {}), balance: balanceOf(bill), above: bill.aboveEob })];
};
