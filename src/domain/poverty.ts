/*
 * Household income as a percent of the HHS poverty guideline — the number
 * hospital financial assistance policies are written in ("free care under 200 %").
 * Alaska and Hawaii have their own tables. Each year is one row with its source;
 * guidelines are linear: first person + increment × each additional person.
 * Which year applies is the hospital's policy; by default the year of service.
 */
import type { Household } from './case';

type Guideline = { firstPerson: number; eachAdditional: number };
type YearRow = { year: number; states: Guideline; alaska: Guideline; hawaii: Guideline; source: string };

/** Dollars per year at 100 % of poverty. */
export const POVERTY_GUIDELINES: readonly YearRow[] = [
  {
    year: 2025,
    states: { firstPerson: 15_650, eachAdditional: 5_500 },
    alaska: { firstPerson: 19_550, eachAdditional: 6_880 },
    hawaii: { firstPerson: 17_990, eachAdditional: 6_330 },
    source: 'HHS poverty guidelines, 90 FR 5917 (January 17, 2025)',
    // Checked 2026-11: 48 states against a legal-services chart of the notice (sizes 1–8, +$5,500);
    // Alaska and Hawaii against two secondary copies of the notice (+$6,880, +$6,330).
  },
  {
    year: 2026,
    states: { firstPerson: 15_960, eachAdditional: 5_680 },
    alaska: { firstPerson: 19_950, eachAdditional: 7_100 },
    hawaii: { firstPerson: 18_360, eachAdditional: 6_530 },
    source: 'HHS poverty guidelines, 91 FR 1797, FR Doc 2026-00755 (effective January 13, 2026)',
    // Checked 2026-11 against HHS ASPE's "HHS Poverty Guidelines for 2026" tables, sizes 1–8 in all three regions
    // (https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines).
  },
];

/** The table for `year`, or the nearest earlier one (the newest, for years after the last row; the oldest, before the first). */
export function guidelineRowFor(year: number): YearRow {
  const earlier = POVERTY_GUIDELINES.filter((row) => row.year <= year);
  return earlier.at(-1) ?? POVERTY_GUIDELINES[0]!;
}

/** The guideline in dollars for a household of `size` in `state` in `year`. */
export function povertyGuideline(size: number, state: string, year: number): number {
  const row = guidelineRowFor(year);
  const region = state.toUpperCase();
  const table = region === 'AK' ? row.alaska : region === 'HI' ? row.hawaii : row.states;
  return table.firstPerson + table.eachAdditional * (Math.max(1, Math.round(size)) - 1);
}

export const latestGuidelineYear = (): number => POVERTY_GUIDELINES.at(-1)!.year;

/**
 * The year whose table applies: the year of service (the earliest date on the bill), else
 * today's year. Hospitals usually screen by it; one pass, since the audit runs it on big bills.
 */
export function serviceYearOf(dates: Iterable<string>, today: string): number {
  let first: string | undefined;
  for (const date of dates) if (first === undefined || date < first) first = date;
  const year = Number((first ?? today).slice(0, 4));
  return Number.isInteger(year) && year >= 1900 ? year : latestGuidelineYear();
}

/** Income (cents) as a percent of the guideline, to two decimals: 100 means exactly at the poverty line. */
export function povertyPercent(household: Household, year: number = latestGuidelineYear()): number {
  const guidelineCents = povertyGuideline(household.size, household.state ?? '', year) * 100;
  const income = Math.max(0, Number.isFinite(household.annualIncome) ? household.annualIncome : 0);
  return Math.round((income / guidelineCents) * 10_000) / 100;
}
