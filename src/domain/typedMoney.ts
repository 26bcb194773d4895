/*
 * Amounts as people type them ("$1,250", "12.50"), read into cents with a
 * message that says what to fix, in the words given (English unless the
 * caller passes the chosen language's: src/i18n/<language>/app.ts,
 * `typedAmount`). Loaded with the forms that need it.
 */
import { app } from '../i18n/en/app';
import type { Words } from '../i18n/words';
import { MAX_CENTS } from './money';
import { shorten } from './text';

export type ParsedAmount = { ok: true; cents: number } | { ok: false; error: string };

export type TypedAmountWords = Words['app']['typedAmount'];

/**
 * Reads an amount as a person types it: "1234.5", "$1,234.56", " 12 ".
 * With `credits`, a bill's credit lines too: "(12.00)", "-12.00", "-$12".
 * Rejects anything else that is not digits, more than two decimals and
 * amounts over $10,000,000, saying what to fix (in `words`).
 */
export function parseDollars(text: string, { credits = false, words = app.typedAmount }: { credits?: boolean; words?: TypedAmountWords } = {}): ParsedAmount {
  const trimmed = text.trim();
  const credit = credits && /^(\(.*\)|-.*)$/.test(trimmed);
  const unsigned = credit ? trimmed.replace(/^\((.*)\)$/, '$1').replace(/^-/, '').trim() : trimmed;
  const dollarsText = unsigned.replace(/^\$/, '');
  if (dollarsText.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(dollarsText)) {
    return { ok: false, error: words.commas };
  }
  const cleaned = dollarsText.replace(/,/g, '');
  if (cleaned === '') return { ok: false, error: words.empty };
  if (!/^(\d+(\.\d{0,2})?|\.\d{1,2})$/.test(cleaned)) {
    if (/^\d*\.\d{3,}$/.test(cleaned)) return { ok: false, error: words.decimals };
    if (/^-/.test(cleaned) || /^\(.*\)$/.test(cleaned)) return { ok: false, error: words.signed };
    return { ok: false, error: words.notAnAmount(shorten(trimmed, 20)) };
  }
  const [whole = '0', fraction = ''] = cleaned.split('.');
  if (whole.length > 12) return { ok: false, error: words.tooLarge };
  const amount = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (amount > MAX_CENTS) return { ok: false, error: words.tooLarge };
  return { ok: true, cents: credit && amount > 0 ? -amount : amount };
}

/** `part` as a whole-cent share of `amount` (e.g. 30 % of a balance). */
