/*
 * excess-units: more units of a code on one day than one provider can
 * plausibly bill (guidance modelled on CMS's medically unlikely edits; the
 * limits are in tables/serviceCodes.ts). Exact duplicate lines are counted
 * once here: duplicate-charge already reports the copies.
 */
import type { BillLine } from '../../case';
import { UNITS_PER_DAY } from '../tables/serviceCodes';
import { detected, type Detected, type Detector } from '../finding';
import { duplicateGroups } from './duplicateCharge';

export type Facts = { code: string; date: string; units: number; limit: number };

/** The charge for the units beyond `limit`, taken from the last lines first. */
function chargeBeyond(lines: BillLine[], limit: number): number {
  let allowed = limit;
  let extra = 0;
  for (const line of lines) {
    const kept = Math.min(allowed, line.units);
    allowed -= kept;
    if (line.units > kept) extra += Math.round((line.charge * (line.units - kept)) / line.units);
  }
  return extra;
}

export const excessUnits: Detector<Facts> = (bill) => {
  const copies = new Set(duplicateGroups(bill).flatMap((group) => group.extras.map((line) => line.id)));
  const byCodeAndDay = new Map<string, BillLine[]>();
  for (const line of bill.lines) {
    if (line.charge <= 0 || line.units === 0 || copies.has(line.id) || !UNITS_PER_DAY.has(line.code)) continue;
    const key = `${line.code}|${line.date}`;
    const group = byCodeAndDay.get(key);
    if (group) group.push(line);
    else byCodeAndDay.set(key, [line]);
  }
  const findings: Detected<Facts>[] = [];
  for (const lines of byCodeAndDay.values()) {
    const { code, date } = lines[0]!;
    const limit = UNITS_PER_DAY.get(code)!;
    const units = lines.reduce((sum, line) => sum + line.units, 0);
    if (units <= limit) continue;
    const lineIds = lines.map((line) => line.id);
    findings.push(detected('excess-units', lineIds, chargeBeyond(lines, limit), { code, date, units, limit }, lineIds.join('+')));
  }
  return findings;
};
