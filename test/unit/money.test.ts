import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS } from '../../src/domain/case';
import { formatCents, percentOf } from '../../src/domain/money';
import { parseDollars } from '../../src/domain/typedMoney';

describe('reading an amount as typed', () => {
  it.each([
    ['1234.56', 123456],
    ['$1,234.56', 123456],
    ['1234.5', 123450],
    [' 12 ', 1200],
    ['0.07', 7],
    ['10,000,000', MAX_CENTS],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseDollars(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['', /Enter an amount/],
    ['abc', /not an amount/],
    ['-5', /without a minus sign/],
    ['1.234', /two digits after the decimal/],
    ['1,23', /Check the commas/],
    ['10000000.01', /more than \$10,000,000/],
    ['NaN', /not an amount/],
  ])('rejects %j with a message that says what to fix', (text, message) => {
    const result = parseDollars(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('reads back every amount it writes', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
      expect(parseDollars(formatCents(cents))).toEqual({ ok: true, cents });
    }));
  });
});

describe('writing an amount', () => {
  it('uses dollars, thousands separators and two decimals', () => {
    expect(formatCents(123456)).toBe('$1,234.56');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(-2500)).toBe('-$25.00');
  });
  it('takes a share in whole cents', () => {
    expect(percentOf(100_001, 30)).toBe(30_000);
  });
});
