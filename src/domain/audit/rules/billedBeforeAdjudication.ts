/*
 * billed-before-adjudication: an insured person billed while the claim is
 * pending or before any EOB. Nobody knows what is owed until the insurer
 * decides, so the playbook says: don't pay yet, ask for a hold (DOMAIN.md,
 * "The playbook"; in-network contracts bar billing the member beyond cost sharing).
 */
import { balanceOf } from '../auditedBill';
import { detected, type Detector, type Wording } from '../finding';

type Facts = { pending: boolean };

export const billedBeforeAdjudication: Detector<Facts> = (bill) => {
  const balance = balanceOf(bill);
  if (!bill.insured || balance === 0 || bill.claimDecided) return [];
  return [detected('billed-before-adjudication', [], balance, { pending: bill.case.eob?.status === 'pending' })];
};

export const billedBeforeAdjudicationWords: Wording<Facts> = ({ pending }) => ({
  title: pending ? 'Billed while your claim is still pending' : 'Billed before your insurance decided the claim',
  explanation: "Your insurer hasn't decided this claim yet, so no one knows what you owe. Until the Explanation of Benefits (EOB) comes, this bill may be too high.",
  ask: 'Has this claim been sent to my insurance and processed? Please hold my account until it is, and send me a bill that matches the EOB.',
});
