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

function excessOnOneDay(lines: BillLine[], copies: Set<BillLine>): Detected<Facts>[] {
  const byCode = new Map<string, BillLine[]>();
  for (const line of lines) {
    if (line.charge <= 0 || line.units === 0 || copies.has(line) || !UNITS_PER_DAY.has(line.code)) continue;
    const same = byCode.get(line.code);
    if (same) same.push(line);
    else byCode.set(line.code, [line]);
  }
  const findings: Detected<Facts>[] = [];
  for (const [code, same] of byCode) {
    const limit = UNITS_PER_DAY.get(code)!;
    const units = same.reduce((sum, line) => sum + line.units, 0);
    if (units <= limit) continue;
    const date = same[0]!.date;
    // Keyed by code and day: one finding per code a day, however many lines carry it.
    findings.push(detected('excess-units', same.map((line) => line.id), chargeBeyond(same, limit), { code, date, units, limit }, `${code}@${date}`));
  }
  return findings;
}

export const excessUnits: Detector<Facts> = (bill) => {
  const copies = new Set(duplicateGroups(bill).flatMap((group) => group.extras));
  return [...bill.byDate.values()].flatMap((lines) => excessOnOneDay(lines, copies));
};
