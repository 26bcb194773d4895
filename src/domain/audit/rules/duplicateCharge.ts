/*
 * duplicate-charge: the same service — code, date, modifiers and charge — on
 * more than one line, unless a repeat modifier (76, 77, 91) says it was done
 * again, or a credit line of the same amount already reverses the copy.
 * Source: research/rules.md §10.3 ("Duplicate lines"; EOBs deny them as CARC 18).
 */
import type { BillLine } from '../../case';
import { REPEAT_TEST_MODIFIERS } from '../tables/panels';
import { detected, type Detector } from '../finding';
import { modifiersOf, type AuditedBill } from '../auditedBill';

export type DuplicateGroup = { first: BillLine; extras: BillLine[] };

const isRepeat = (line: BillLine) => modifiersOf(line).some((m) => (REPEAT_TEST_MODIFIERS as readonly string[]).includes(m));
const serviceKey = (line: BillLine) => `${line.code}|${line.date}|${modifiersOf(line).sort().join(',')}|${line.charge}`;

const found = new WeakMap<AuditedBill, DuplicateGroup[]>();

/** Groups of identical charges and which copies are extra (shared with excess-units, so no copy counts twice). */
export function duplicateGroups(bill: AuditedBill): DuplicateGroup[] {
  if (!found.has(bill)) found.set(bill, groupDuplicates(bill));
  return found.get(bill)!;
}

function groupDuplicates(bill: AuditedBill): DuplicateGroup[] {
  const groups = new Map<string, BillLine[]>();
  const credits = new Map<string, number>();
  for (const line of bill.lines) {
    if (line.charge < 0) {
      const reversed = `${line.code}|${line.date}|${-line.charge}`;
      credits.set(reversed, (credits.get(reversed) ?? 0) + 1);
    } else if (line.charge > 0 && !isRepeat(line)) {
      const key = serviceKey(line);
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
  }
  const duplicates: DuplicateGroup[] = [];
  for (const lines of groups.values()) {
    const first = lines[0]!;
    const reversedKey = `${first.code}|${first.date}|${first.charge}`;
    const reversed = credits.get(reversedKey) ?? 0;
    const extraCount = lines.length - 1 - reversed;
    credits.set(reversedKey, Math.max(0, reversed - (lines.length - 1)));
    if (extraCount > 0) duplicates.push({ first, extras: lines.slice(lines.length - extraCount) });
  }
  return duplicates;
}

export const duplicateCharge: Detector<DuplicateGroup> = (bill) =>
  duplicateGroups(bill).map((group) => {
    const lineIds = [group.first.id, ...group.extras.map((line) => line.id)];
    return detected('duplicate-charge', lineIds, group.first.charge * group.extras.length, group, lineIds.join('+'));
  });
