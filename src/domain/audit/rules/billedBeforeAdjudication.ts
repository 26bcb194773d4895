/*
 * billed-before-adjudication: an insured person billed while the claim is
 * pending or before any EOB. Nobody knows what is owed until the insurer
 * decides, so the playbook says: don't pay yet, ask for a hold (DOMAIN.md,
 * "The playbook"; in-network contracts bar billing the member beyond cost sharing).
 */
import { balanceOf } from '../auditedBill';
import { detected, type Detector } from '../finding';

export type Facts = { pending: boolean };

export const billedBeforeAdjudication: Detector<Facts> = (bill) => {
  const balance = balanceOf(bill);
  if (!bill.insured || balance === 0 || bill.claimDecided) return [];
  return [detected('billed-before-adjudication', [], balance, { pending: bill.case.eob?.status === 'pending' })];
};
