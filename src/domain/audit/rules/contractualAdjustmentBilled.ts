/*
 * contractual-adjustment-billed: the EOB marks amounts as group CO
 * (contractual obligation: the provider agreed to write them off) and the bill
 * still asks for more than the patient's share. CO amounts are not billable to
 * the patient (DOMAIN.md, "Adjustment group codes"; X12 CARC group codes).
 * The amount at stake is the part of the excess the write-offs can explain.
 */
import { detected, type Detector, type Wording } from '../finding';

type Facts = { coTotal: number; above: number };
import { formatCents } from '../../money';

export const contractualAdjustmentBilled: Detector<Facts> = (bill) => {
  if (!bill.decidedEob || bill.aboveEob === 0) return [];
  const writtenOff = new Set<string>();
  let coTotal = 0;
  for (const line of bill.decidedEob.lines) {
    const co = (Array.isArray(line?.adjustments) ? line.adjustments : [])
      .filter((adjustment) => adjustment?.group === 'CO' && Number.isSafeInteger(adjustment.amount))
      .reduce((sum, adjustment) => sum + Math.max(0, adjustment.amount), 0);
    if (co > 0) {
      coTotal += co;
      writtenOff.add(`${line.code}|${line.date}`);
    }
  }
  if (coTotal === 0) return [];
  const lineIds = bill.lines.filter((line) => writtenOff.has(`${line.code}|${line.date}`)).map((line) => line.id);
  const amount = Math.min(bill.aboveEob, coTotal);
  return [detected('contractual-adjustment-billed', lineIds, amount, { coTotal, above: bill.aboveEob })];
};

export const contractualAdjustmentBilledWords: Wording<Facts> = ({ coTotal, above }) => ({
  title: 'Amounts your plan says to write off may be on your bill',
  explanation: `Your EOB marks ${formatCents(coTotal)} as a contractual adjustment (group code CO): the provider agreed with your plan not to charge it. The bill is ${formatCents(above)} above your share, so part of that may be in what you're asked to pay.`,
  ask: `My EOB shows ${formatCents(coTotal)} as a contractual adjustment (CO), which is not billable to me. Please remove it from my balance and send a corrected bill.`,
});
