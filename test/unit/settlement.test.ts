import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonprofitRights, screenAssistance } from '../../src/domain/assistance';
import { settlement, zeroPercentPlan } from '../../src/domain/settlement';

describe('the settlement calculator', () => {
  it('opens at 30 % of the corrected balance and aims at 40 %, within what the household can pay', () => {
    expect(settlement({ balance: 100_000, canPayNow: 80_000, monthlyBudget: 10_000 })).toEqual({
      opening: 30_000, target: 40_000, walkAway: 80_000,
      lumpSum: { total: 40_000, saves: 60_000, affordable: true },
      plan: { monthly: 10_000, months: 10, lastPayment: 10_000, total: 100_000, fitsBudget: true },
    });
  });

  it('never suggests more than the household can pay at once, and opens below it', () => {
    const result = settlement({ balance: 100_000, canPayNow: 25_000, monthlyBudget: 0 });
    expect(result).toMatchObject({ opening: 18_750, target: 25_000, walkAway: 25_000 });
  });

  it('uses a collector\'s range when given one', () => {
    expect(settlement({ balance: 50_000, canPayNow: 50_000, monthlyBudget: 0 }, { suggested: 40, high: 50 })).toMatchObject({ opening: 20_000, target: 25_000 });
  });

  it('spreads a 0 % plan over as many months as the budget needs, up to five years', () => {
    expect(zeroPercentPlan(118_400, 5_000)).toEqual({ monthly: 4_934, months: 24, lastPayment: 4_918, total: 118_400, fitsBudget: true });
    expect(zeroPercentPlan(1_000_000, 5_000)).toEqual({ monthly: 16_667, months: 60, lastPayment: 16_647, total: 1_000_000, fitsBudget: false });
    expect(zeroPercentPlan(100, 0)).toEqual({ monthly: 2, months: 50, lastPayment: 2, total: 100, fitsBudget: false });
    expect(zeroPercentPlan(0, 5_000)).toMatchObject({ months: 0, monthly: 0 });
  });

  it('keeps every figure whole, non-negative and in order: opening ≤ target ≤ walk-away ≤ balance', () => {
    const cents = fc.integer({ min: 0, max: 1_000_000_000 });
    fc.assert(fc.property(cents, cents, cents, (balance, canPayNow, monthlyBudget) => {
      const r = settlement({ balance, canPayNow, monthlyBudget });
      for (const n of [r.opening, r.target, r.walkAway, r.plan.monthly, r.plan.months]) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
      expect(r.opening <= r.target && r.target <= r.walkAway && r.walkAway <= balance).toBe(true);
      if (balance > 0) {
        expect(r.plan.monthly * (r.plan.months - 1) + r.plan.lastPayment).toBe(balance);
        expect(r.plan.lastPayment > 0 && r.plan.lastPayment <= r.plan.monthly && r.plan.months <= 60).toBe(true);
      }
      if (r.walkAway > 0) expect(r.opening).toBeLessThan(r.walkAway);
    }));
  });
});

describe('the financial assistance screener', () => {
  const household = (size: number, dollars: number, state = 'OH') => ({ size, annualIncome: dollars * 100, state });

  it('puts the household in a typical tier by percent of poverty', () => {
    expect(screenAssistance(household(4, 33_000), 2026, false)).toMatchObject({ percent: 100, tier: 'free-care-likely', rights: [] });
    expect(screenAssistance(household(4, 99_000), 2026, false)).toMatchObject({ percent: 300, tier: 'discount-likely' });
    expect(screenAssistance(household(4, 132_000), 2026, false)).toMatchObject({ percent: 400, tier: 'possible' });
    expect(screenAssistance(household(4, 132_001), 2026, false).tier).toBe('ask-anyway');
  });

  it('lists a nonprofit hospital\'s 501(r) rights with their dates', () => {
    const rights = screenAssistance(household(1, 20_000), 2026, true, '2026-01-15').rights;
    expect(rights.join(' ')).toContain('until May 15, 2026'); // 120 days
    expect(rights.join(' ')).toContain('until September 12, 2026'); // 240 days
    expect(nonprofitRights()).toHaveLength(4);
  });

  it('asks for each adult\'s income', () => {
    expect(screenAssistance(household(2, 40_000), 2026, true).documents[0]).toMatch(/each adult/);
  });
});
