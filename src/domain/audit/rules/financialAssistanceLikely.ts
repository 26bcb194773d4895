/*
 * financial-assistance-likely: any bill from a nonprofit hospital (IRS
 * §501(r): a written financial assistance policy, applications taken for 240
 * days after the first bill — 26 CFR 1.501(r)-4, -6), or a household at or
 * under 400 % of the HHS poverty guideline (our screening line: hospital
 * policies commonly discount up to 300–400 %, research/rules.md §6).
 */
import { isNonprofitHospital } from '../../provider';
import { ASSISTANCE_SCREENING_PERCENT } from '../../rules';
import { povertyGuideline, povertyPercent, serviceYearOf } from '../../poverty';
import { balanceOf, type AuditedBill } from '../auditedBill';
import { detected, type Detector } from '../finding';

export type Facts = { nonprofitHospital: boolean; percent?: number };

/** Income as a percent of poverty, when the household is known and at or under the screening line. */
function lowIncomePercent(bill: AuditedBill): number | undefined {
  const household = bill.case.household;
  if (!household || !Number.isFinite(household.size) || !Number.isFinite(household.annualIncome)) return undefined;
  const year = serviceYearOf(bill.lines.map((line) => line.date), bill.today);
  const line = povertyGuideline(household.size, String(household.state ?? ''), year) * ASSISTANCE_SCREENING_PERCENT; // cents: dollars × 100 × percent / 100
  return household.annualIncome <= line ? povertyPercent(household, year) : undefined;
}

export const financialAssistanceLikely: Detector<Facts> = (bill) => {
  const nonprofitHospital = isNonprofitHospital(bill.case.provider);
  const percent = lowIncomePercent(bill);
  const lowIncome = percent !== undefined;
  if (!nonprofitHospital && !lowIncome) return [];
  return [detected('financial-assistance-likely', [], balanceOf(bill), { nonprofitHospital, ...(lowIncome ? { percent } : {}) })];
};
