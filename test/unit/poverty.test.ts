import { describe, expect, it } from 'vitest';
import { povertyGuideline, povertyPercent } from '../../src/domain/poverty';

/** The published tables, sizes 1 to 10, written out by hand (rules.md §6.1: 8 rows, then + one increment each). */
const tables: Record<number, Record<'OH' | 'AK' | 'HI', number[]>> = {
  2025: {
    OH: [15650, 21150, 26650, 32150, 37650, 43150, 48650, 54150, 59650, 65150],
    AK: [19550, 26430, 33310, 40190, 47070, 53950, 60830, 67710, 74590, 81470],
    HI: [17990, 24320, 30650, 36980, 43310, 49640, 55970, 62300, 68630, 74960],
  },
  2026: {
    OH: [15960, 21640, 27320, 33000, 38680, 44360, 50040, 55720, 61400, 67080],
    AK: [19950, 27050, 34150, 41250, 48350, 55450, 62550, 69650, 76750, 83850],
    HI: [18360, 24890, 31420, 37950, 44480, 51010, 57540, 64070, 70600, 77130],
  },
};

describe('the poverty guidelines', () => {
  for (const [year, regions] of Object.entries(tables)) {
    for (const [state, row] of Object.entries(regions)) {
      it(`match the ${year} table for ${state === 'OH' ? 'the 48 states and DC' : state}, sizes 1 to 10, exactly`, () => {
        row.forEach((dollars, index) => {
          const size = index + 1;
          expect(povertyGuideline(size, state, Number(year))).toBe(dollars);
          const household = (income: number) => ({ size, annualIncome: income, state });
          expect(povertyPercent(household(dollars * 100), Number(year))).toBe(100);
          expect(povertyPercent(household(dollars * 250), Number(year))).toBe(250);
          expect(povertyPercent(household(0), Number(year))).toBe(0);
        });
      });
    }
  }

  it('reads the state however it is written, and uses the newest table for later years', () => {
    expect(povertyGuideline(1, 'hi', 2026)).toBe(18360);
    expect(povertyGuideline(1, 'DC', 2026)).toBe(15960);
    expect(povertyGuideline(1, 'OH', 2031)).toBe(15960);
    expect(povertyGuideline(1, 'OH', 2019)).toBe(15650);
  });

  it('rounds to two decimals', () => {
    expect(povertyPercent({ size: 1, annualIncome: 2_000_000, state: 'OH' }, 2026)).toBe(125.31);
  });
});
