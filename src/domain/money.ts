/*
 * Money is integer cents everywhere in the domain (no floating-point dollars).
 * Parsing what people type lives here too, so every form reads amounts the same way.
 */
/** Integer cents, never negative, at most $10,000,000 (no real medical bill is larger). */
export const MAX_CENTS = 1_000_000_000;

/** "$1,234.56" for 123456. */
export function formatCents(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(Math.round(amount));
  const digits = String(Math.floor(abs / 100));
  let dollars = digits.slice(0, digits.length % 3 || 3);
  for (let i = dollars.length; i < digits.length; i += 3) dollars += `,${digits.slice(i, i + 3)}`;
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

export function percentOf(amount: number, percent: number): number {
  return Math.round((amount * percent) / 100);
}
