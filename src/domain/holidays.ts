/*
 * US federal legal public holidays, as 5 U.S.C. 6103(a) lists them, with the
 * observed-day rule of Executive Order 11582 / 5 U.S.C. 6103(b): a holiday on a
 * Saturday is observed the Friday before, one on a Sunday the Monday after.
 * Regulation F (12 CFR 1006.34(b)(5)) counts business days against this list.
 * Last checked 2026-11-23 (Juneteenth added in 2021 by Pub. L. 117-17).
 */

type Rule =
  | { month: number; day: number; since?: number } // fixed date
  | { month: number; weekday: number; nth: number }; // nth weekday; nth = -1 for the last

const MONDAY = 1;
const THURSDAY = 4;

const FEDERAL_HOLIDAYS: Rule[] = [
  { month: 1, day: 1 }, // New Year's Day
  { month: 1, weekday: MONDAY, nth: 3 }, // Birthday of Martin Luther King, Jr.
  { month: 2, weekday: MONDAY, nth: 3 }, // Washington's Birthday
  { month: 5, weekday: MONDAY, nth: -1 }, // Memorial Day
  { month: 6, day: 19, since: 2021 }, // Juneteenth National Independence Day
  { month: 7, day: 4 }, // Independence Day
  { month: 9, weekday: MONDAY, nth: 1 }, // Labor Day
  { month: 10, weekday: MONDAY, nth: 2 }, // Columbus Day
  { month: 11, day: 11 }, // Veterans Day
  { month: 11, weekday: THURSDAY, nth: 4 }, // Thanksgiving Day
  { month: 12, day: 25 }, // Christmas Day
];

function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  if (nth > 0) {
    const first = new Date(year, month - 1, 1);
    const offset = (weekday - first.getDay() + 7) % 7;
    return new Date(year, month - 1, 1 + offset + (nth - 1) * 7);
  }
  const last = new Date(year, month, 0);
  const back = (last.getDay() - weekday + 7) % 7;
  return new Date(year, month - 1, last.getDate() - back);
}

function observed(date: Date): Date {
  const weekday = date.getDay();
  if (weekday === 6) return new Date(date.getFullYear(), date.getMonth(), date.getDate() - 1);
  if (weekday === 0) return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  return date;
}

/** The days the holidays of `year` are observed (New Year's Day 2022 was observed on 2021-12-31). */
export function federalHolidaysObserved(year: number): Date[] {
  return FEDERAL_HOLIDAYS.flatMap((rule) => {
    if ('day' in rule) {
      if (rule.since && year < rule.since) return [];
      return [observed(new Date(year, rule.month - 1, rule.day))];
    }
    return [nthWeekday(year, rule.month, rule.weekday, rule.nth)];
  });
}
