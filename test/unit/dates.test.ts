/*
 * Calendar arithmetic against hand-computed dates: federal holidays and their
 * observed days, business days across weekends and holidays, month ends and
 * leap years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, addCalendarDays, daysBetween, formatLongDate, isBusinessDay, isFederalHoliday, isIsoDate } from '../../src/domain/dates';
import { formatShortDate } from '../../src/domain/typedDates';

describe('federal holidays (5 U.S.C. 6103)', () => {
  it.each([
    ['2026-01-19', 'Martin Luther King Jr. Day, third Monday of January'],
    ['2026-02-16', "Washington's Birthday, third Monday of February"],
    ['2026-05-25', 'Memorial Day, last Monday of May'],
    ['2026-06-19', 'Juneteenth'],
    ['2026-07-03', 'Independence Day on a Saturday, observed Friday'],
    ['2026-09-07', 'Labor Day, first Monday of September'],
    ['2026-10-12', 'Columbus Day, second Monday of October'],
    ['2026-11-11', 'Veterans Day'],
    ['2026-11-26', 'Thanksgiving, fourth Thursday of November'],
    ['2022-12-26', 'Christmas on a Sunday, observed Monday'],
    ['2021-12-31', "New Year's Day 2022 on a Saturday, observed the Friday before"],
    ['2021-06-18', 'Juneteenth 2021 on a Saturday, observed Friday'],
  ])('%s is a holiday (%s)', (date) => {
    expect(isFederalHoliday(date)).toBe(true);
    expect(isBusinessDay(date)).toBe(false);
  });

  it.each([['2020-06-19'], ['2026-07-04'], ['2026-11-27'], ['2026-03-02']])('%s is not an observed holiday', (date) => {
    expect(isFederalHoliday(date)).toBe(false);
  });
});

describe('business days', () => {
  it('skips the weekend', () => {
    expect(addBusinessDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday -> Monday
  });
  it('skips Thanksgiving', () => {
    expect(addBusinessDays('2026-11-20', 5)).toBe('2026-11-30');
  });
  it('skips Christmas and the New Year across the year end', () => {
    expect(addBusinessDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-31', 1)).toBe('2027-01-04'); // Friday Jan 1 is New Year's Day
  });
  it('always lands on a business day at least as many days later', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true }), fc.integer({ min: 1, max: 40 }), (date, days) => {
        const start = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        const end = addBusinessDays(start, days);
        expect(isBusinessDay(end)).toBe(true);
        expect(daysBetween(start, end)).toBeGreaterThanOrEqual(days);
      }),
    );
  });
});

describe('calendar days', () => {
  it('crosses month ends and leap days', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addCalendarDays('2026-03-02', -30)).toBe('2026-01-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });
  it('crosses the daylight-saving change without losing a day', () => {
    expect(addCalendarDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addCalendarDays('2026-10-31', 2)).toBe('2026-11-02');
  });
  it('knows real dates from impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '03/02/2026', '', '2026-03-02T10:00']) expect(isIsoDate(bad)).toBe(false);
  });
  it('reads a date the way it is said', () => {
    expect(formatLongDate('2026-03-05')).toBe('March 5, 2026');
  });
});

describe('a date in a table', () => {
  it('reads as US bills print it', () => {
    expect(formatShortDate('2026-03-05')).toBe('03/05/2026');
    expect(formatShortDate('not a date')).toBe('not a date');
  });
});
