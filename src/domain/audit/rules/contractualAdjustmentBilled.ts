/*
 * contractual-adjustment-billed: the EOB marks amounts as group CO
 * (contractual obligation: the provider agreed to write them off) and the bill
 * still asks for more than the patient's share. CO amounts are not billable to
 * the patient (DOMAIN.md, "Adjustment group codes"; X12 CARC group codes).
 * The amount at stake is the part of the excess the write-offs can explain.
 */
import { detected, type Detector } from '../finding';

export type Facts = { coTotal: number; above: number };

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
