/*
 * Dates as people type and read them in tables: "3/5/2026" read, "03/05/2026"
 * written. Loaded with the forms and tables that need them.
 */
import { isIsoDate } from './dates';

const pad = (n: number) => String(n).padStart(2, '0');

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
