/*
 * Amounts as people type them ("$1,250", "12.50"), read into cents with a
 * message that says what to fix. Loaded with the forms that need it.
 */
import { MAX_CENTS } from './money';
import { shorten } from './text';

export type ParsedAmount = { ok: true; cents: number } | { ok: false; error: string };

const TOO_LARGE = 'That is more than $10,000,000. Check the amount.';

/**
 * Reads an amount as a person types it: "1234.5", "$1,234.56", " 12 ".
 * With `credits`, a bill's credit lines too: "(12.00)", "-12.00", "-$12".
 * Rejects anything else that is not digits, more than two decimals and
 * amounts over $10,000,000, saying what to fix.
 */
export function parseDollars(text: string, { credits = false } = {}): ParsedAmount {
  const trimmed = text.trim();
  const credit = credits && /^(\(.*\)|-.*)$/.test(trimmed);
  const unsigned = credit ? trimmed.replace(/^\((.*)\)$/, '$1').replace(/^-/, '').trim() : trimmed;
  const dollarsText = unsigned.replace(/^\$/, '');
  if (dollarsText.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(dollarsText)) {
    return { ok: false, error: 'Check the commas: write 1,234.56 or 1234.56.' };
  }
  const cleaned = dollarsText.replace(/,/g, '');
  if (cleaned === '') return { ok: false, error: 'Enter an amount, like 1250.00.' };
  if (!/^(\d+(\.\d{0,2})?|\.\d{1,2})$/.test(cleaned)) {
    if (/^\d*\.\d{3,}$/.test(cleaned)) return { ok: false, error: 'Use at most two digits after the decimal point.' };
    if (/^-/.test(cleaned) || /^\(.*\)$/.test(cleaned)) return { ok: false, error: 'Enter the amount without a minus sign or brackets, like 1250.00.' };
    return { ok: false, error: `"${shorten(trimmed, 20)}" is not an amount. Use digits, like 1250.00.` };
  }
  const [whole = '0', fraction = ''] = cleaned.split('.');
  if (whole.length > 12) return { ok: false, error: TOO_LARGE };
  const amount = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (amount > MAX_CENTS) return { ok: false, error: TOO_LARGE };
  return { ok: true, cents: credit && amount > 0 ? -amount : amount };
}

/** `part` as a whole-cent share of `amount` (e.g. 30 % of a balance). */
