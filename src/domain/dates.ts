/*
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings. Domain code never reads the
 * clock: the current date is always passed in as `today`, so every deadline can
 * be tested. Dates are handled as local calendar days (no time, no time zone);
 * date-fns does the day arithmetic (months of different lengths, DST changes).
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import { federalHolidaysObserved } from './holidays';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A local calendar date as `YYYY-MM-DD`. */
export function isoDateOf(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function toDate(iso: string): Date {
  const [year = NaN, month = NaN, day = NaN] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(year, month - 1, day);
  date.setFullYear(year); // years 0-99 would otherwise be read as 1900-1999
  return date;
}

/** True for a real calendar date written `YYYY-MM-DD` (2025-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDateOf(toDate(value)) === value;
}

export function addCalendarDays(iso: string, days: number): string {
  return isoDateOf(addDays(toDate(iso), days));
}

const holidayCache = new Map<number, Set<string>>();

/** True when `iso` is a federal holiday as observed (5 U.S.C. 6103). */
export function isFederalHoliday(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  // A holiday's observed day can fall in the year before (Saturday, January 1).
  return [year, year + 1].some((y) => {
    if (!holidayCache.has(y)) holidayCache.set(y, new Set(federalHolidaysObserved(y).map(isoDateOf)));
    return holidayCache.get(y)!.has(iso);
  });
}

/** A weekday that is not a federal holiday (5 U.S.C. 6103(a)). */
export function isBusinessDay(iso: string): boolean {
  const weekday = toDate(iso).getDay();
  return weekday !== 0 && weekday !== 6 && !isFederalHoliday(iso);
}

/** `days` business days after `iso`, skipping weekends and federal holidays. */
export function addBusinessDays(iso: string, days: number): string {
  let date = iso.slice(0, 10);
  let left = days;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isBusinessDay(date)) left -= 1;
  }
  return date;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

const longDate = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' });

const longDates = new Map<string, string>();

/** "March 5, 2026": how a date reads in a sentence (remembered: a long bill repeats its dates). */
export function formatLongDate(iso: string): string {
  const known = longDates.get(iso);
  if (known) return known;
  if (!isIsoDate(iso)) return iso;
  if (longDates.size > 5000) longDates.clear();
  const long = longDate.format(toDate(iso));
  longDates.set(iso, long);
  return long;
}

export type ParsedDate = { ok: true; date: string } | { ok: false; error: string };

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HOW_TO_WRITE = 'Write the date as MM/DD/YYYY, like 03/05/2026.';

/**
 * Reads a date as people in the US type it — "3/5/2026", "03/05/2026",
 * "03-05-2026" — or as ISO "2026-03-05". Two-digit years are refused (is
 * "26" 1926 or 2026?), and so are days a month doesn't have.
 */
export function parseTypedDate(text: string): ParsedDate {
  const typed = text.trim();
  if (typed === '') return { ok: false, error: `Enter a date. ${HOW_TO_WRITE}` };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d+)$/.exec(typed);
  if (!iso && !us) return { ok: false, error: `"${typed.slice(0, 20)}" is not a date. ${HOW_TO_WRITE}` };
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [us![3]!, us![1]!, us![2]!];
  if (year.length !== 4) return { ok: false, error: 'Write the year with four digits, like 2026.' };
  if (Number(year) < 1900 || Number(year) > 2100) return { ok: false, error: `Check the year: ${year} can't be right.` };
  const monthName = monthNames[Number(month) - 1];
  if (!monthName) return { ok: false, error: `There is no month ${Number(month)}. ${HOW_TO_WRITE}` };
  const date = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  if (!isIsoDate(date)) return { ok: false, error: `${monthName} ${year} has no day ${Number(day)}.` };
  return { ok: true, date };
}

/** "03/05/2026": a date in a table, as US bills print it. */
export function formatShortDate(iso: string): string {
  return isIsoDate(iso) ? `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}` : iso;
}
