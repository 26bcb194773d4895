/*
 * Money is integer cents everywhere in the domain (no floating-point dollars).
 * Parsing what people type lives here too, so every form reads amounts the same way.
 */
import { MAX_CENTS } from './case';

/** "$1,234.56" for 123456. */
export function formatCents(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(Math.round(amount));
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

export type ParsedAmount = { ok: true; cents: number } | { ok: false; error: string };

/**
 * Reads an amount as a person types it: "1234.5", "$1,234.56", " 12 ".
 * Rejects negatives, more than two decimals and amounts over $10,000,000.
 */
export function parseDollars(text: string): ParsedAmount {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (cleaned === '') return { ok: false, error: 'Enter an amount, like 1250.00.' };
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) {
    return /^\d+\.\d{3,}$/.test(cleaned)
      ? { ok: false, error: 'Use at most two digits after the decimal point.' }
      : { ok: false, error: 'Use digits only, like 1250.00.' };
  }
  const [whole = '0', fraction = ''] = cleaned.split('.');
  const amount = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(amount) || amount > MAX_CENTS) {
    return { ok: false, error: 'That is more than $10,000,000. Check the amount.' };
  }
  return { ok: true, cents: amount };
}

/** `part` as a whole-cent share of `amount` (e.g. 30 % of a balance). */
export function percentOf(amount: number, percent: number): number {
  return Math.round((amount * percent) / 100);
}
