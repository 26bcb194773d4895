/*
 * Dates as people type and read them in tables: "3/5/2026" read, "03/05/2026"
 * written. Loaded with the forms and tables that need them. What to fix is
 * said in the words given (English unless the caller passes the chosen
 * language's: src/i18n/<language>/app.ts, `typedDate`).
 */
import { app } from '../i18n/en/app';
import type { Words } from '../i18n/words';
import { isIsoDate } from './dates';

const pad = (n: number) => String(n).padStart(2, '0');

export type ParsedDate = { ok: true; date: string } | { ok: false; error: string };

export type TypedDateWords = Words['app']['typedDate'];

/**
 * Reads a date as people in the US type it — "3/5/2026", "03/05/2026",
 * "03-05-2026" — or as ISO "2026-03-05". Two-digit years are refused (is
 * "26" 1926 or 2026?), and so are days a month doesn't have; what to fix
 * is said in `words`.
 */
export function parseTypedDate(text: string, words: TypedDateWords = app.typedDate): ParsedDate {
  const typed = text.trim();
  if (typed === '') return { ok: false, error: words.empty };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d+)$/.exec(typed);
  if (!iso && !us) return { ok: false, error: words.notADate(typed.slice(0, 20)) };
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [us![3]!, us![1]!, us![2]!];
  if (year.length !== 4) return { ok: false, error: words.fourDigitYear };
  if (Number(year) < 1900 || Number(year) > 2100) return { ok: false, error: words.unlikelyYear(year) };
  if (Number(month) < 1 || Number(month) > 12) return { ok: false, error: words.noSuchMonth(Number(month)) };
  const date = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  if (!isIsoDate(date)) return { ok: false, error: words.noSuchDay(Number(month), year, Number(day)) };
  return { ok: true, date };
}

/** "03/05/2026": a date in a table, as US bills print it. */
export function formatShortDate(iso: string): string {
  return isIsoDate(iso) ? `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}` : iso;
}
