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

/** The local calendar day of a journal time: a date as it is, a date-time (stored in UTC) in this device's time zone. */
export function localDateOf(at: string): string {
  if (at.length <= 10) return at;
  const moment = new Date(at);
  return Number.isNaN(moment.getTime()) ? at.slice(0, 10) : isoDateOf(moment);
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

/** The languages Billpath speaks (src/i18n): dates in a sentence read differently in each. */
export type Language = 'en' | 'es';

const longDate: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }),
  es: new Intl.DateTimeFormat('es-US', { month: 'long', day: 'numeric', year: 'numeric' }),
};

const longDates = new Map<string, string>();

/** "March 5, 2026" ("5 de marzo de 2026" in Spanish): how a date reads in a sentence (remembered: a long bill repeats its dates). */
export function formatLongDate(iso: string, language: Language = 'en'): string {
  const key = `${language}${iso}`;
  const known = longDates.get(key);
  if (known) return known;
  if (!isIsoDate(iso)) return iso;
  if (longDates.size > 5000) longDates.clear();
  const long = longDate[language].format(toDate(iso));
  longDates.set(key, long);
  return long;
}
