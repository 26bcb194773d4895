/*
 * The words for contractual-adjustment-billed (the rule and its source: ../rules/contractualAdjustmentBilled.ts).
 */
import { formatCents } from '../../money';
import type { Facts } from '../rules/contractualAdjustmentBilled';
import type { Wording } from '../finding';

export const contractualAdjustmentBilledWords: Wording<Facts> = ({ coTotal, above }) => ({
  title: 'Amounts your plan says to write off may be on your bill',
  explanation: `Your EOB marks ${formatCents(coTotal)} as a contractual adjustment (group code CO): the provider agreed with your plan not to charge it. The bill is ${formatCents(above)} above your share, so part of that may be in what you're asked to pay.`,
  ask: `My EOB shows ${formatCents(coTotal)} as a contractual adjustment (CO), which is not billable to me, and my bill is ${formatCents(above)} more than my share. Please take the write-off out of my balance and send a corrected bill.`,
});
