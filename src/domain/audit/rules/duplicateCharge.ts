/*
 * duplicate-charge: the same service — code, date, modifiers and charge — on
 * more than one line, unless a repeat modifier (76, 77, 91) says it was done
 * again, or a credit line of the same amount already reverses the copy.
 * Source: research/rules.md §10.3 ("Duplicate lines"; EOBs deny them as CARC 18).
 */
import type { BillLine } from '../../case';
import { detected, type Detector } from '../finding';
import { isRepeat, modifiersOf, type AuditedBill } from '../auditedBill';

export type DuplicateGroup = { first: BillLine; extras: BillLine[] };

const found = new WeakMap<AuditedBill, DuplicateGroup[]>();

/** Groups of identical charges and which copies are extra (shared with excess-units, so no copy counts twice). */
export function duplicateGroups(bill: AuditedBill): DuplicateGroup[] {
  if (!found.has(bill)) found.set(bill, [...bill.byDate.values()].flatMap(duplicatesOnOneDay));
  return found.get(bill)!;
}

/** The same code (with the same modifiers) on one day, by charge; credits count against their charge. */
function duplicatesOnOneDay(lines: BillLine[]): DuplicateGroup[] {
  const byService = new Map<string, Map<number, BillLine[]>>();
  const credits = new Map<string, Map<number, number>>();
  for (const line of lines) {
    if (line.charge < 0) {
      const byAmount = credits.get(line.code) ?? new Map<number, number>();
      byAmount.set(-line.charge, (byAmount.get(-line.charge) ?? 0) + 1);
      credits.set(line.code, byAmount);
    } else if (line.charge > 0 && !isRepeat(line)) {
      const modifiers = modifiersOf(line);
      const service = modifiers.length ? `${line.code}-${[...modifiers].sort().join('-')}` : line.code;
      const byCharge = byService.get(service) ?? new Map<number, BillLine[]>();
      const same = byCharge.get(line.charge);
      if (same) same.push(line);
      else byCharge.set(line.charge, [line]);
      byService.set(service, byCharge);
    }
  }
  const duplicates: DuplicateGroup[] = [];
  for (const byCharge of byService.values()) {
    for (const [charge, same] of byCharge) {
      if (same.length < 2) continue;
      const first = same[0]!;
      const reversals = credits.get(first.code);
      const reversed = Math.min(reversals?.get(charge) ?? 0, same.length - 1);
      if (reversed) reversals!.set(charge, reversals!.get(charge)! - reversed);
      const extraCount = same.length - 1 - reversed;
      if (extraCount > 0) duplicates.push({ first, extras: same.slice(same.length - extraCount) });
    }
  }
  return duplicates;
}

export const duplicateCharge: Detector<DuplicateGroup> = (bill) =>
  duplicateGroups(bill).map((group) => {
    const lineIds = [group.first.id, ...group.extras.map((line) => line.id)];
    return detected('duplicate-charge', lineIds, group.first.charge * group.extras.length, group, lineIds.join('+'));
  });
