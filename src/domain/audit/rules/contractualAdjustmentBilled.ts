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
  const writtenOff = new Map<string, Set<string>>(); // date → codes with a CO write-off
  let coTotal = 0;
  for (const line of bill.decidedEob.lines) {
    let co = 0;
    for (const adjustment of Array.isArray(line?.adjustments) ? line.adjustments : []) {
      if (adjustment?.group === 'CO' && Number.isSafeInteger(adjustment.amount)) co += Math.max(0, adjustment.amount);
    }
    if (co === 0) continue;
    coTotal += co;
    const codes = writtenOff.get(line.date);
    if (codes) codes.add(line.code);
    else writtenOff.set(line.date, new Set([line.code]));
  }
  if (coTotal === 0) return [];
  const lineIds = bill.lines.filter((line) => writtenOff.get(line.date)?.has(line.code)).map((line) => line.id);
  const amount = Math.min(bill.aboveEob, coTotal);
  return [detected('contractual-adjustment-billed', lineIds, amount, { coTotal, above: bill.aboveEob })];
};
