/*
 * Settlement math: from the corrected balance, an opening offer, a target and a
 * walk-away (what the household can really pay at once), and a lump sum set
 * beside a 0 % payment plan that fits the monthly budget. The reasoning is the
 * playbook's (DOMAIN.md, "Settlement math"): providers collect only 20–40 % of
 * patient balances, so an opening lump-sum offer of 20–40 % is rational;
 * collectors often settle at 30–50 %. The opening never gives away the
 * walk-away: it stays below it, so there is room to move.
 * Experience, not law: the screen says so.
 */
import { percentOf } from './money';
import { OPENING_OFFER_PERCENT } from './rules';

export type SettlementInput = {
  /** What the bill asks now, after corrections (cents). */
  balance: number;
  /** The most the household could pay at once (cents); the walk-away. */
  canPayNow: number;
  /** What the household can set aside each month (cents). */
  monthlyBudget: number;
};

/** A 0 % plan: `months` payments, all `monthly` but the last, which is `lastPayment` (never more), adding up to `total`. */
export type PlanOption = { monthly: number; months: number; lastPayment: number; total: number; fitsBudget: boolean };

export type Settlement = {
  opening: number;
  target: number;
  walkAway: number;
  /** A lump sum at the target, or the walk-away when the target is more than the household can pay. */
  lumpSum: { total: number; saves: number; affordable: boolean };
  /** The whole balance over as many months as the budget needs, at 0 % interest. */
  plan: PlanOption;
};

/** Months a 0 % plan may reasonably run (providers rarely agree to more). */
export const LONGEST_PLAN_MONTHS = 60;

const whole = (cents: number) => (Number.isFinite(cents) ? Math.max(0, Math.round(cents)) : 0);

export function zeroPercentPlan(balance: number, monthlyBudget: number): PlanOption {
  if (balance === 0) return { monthly: 0, months: 0, lastPayment: 0, total: 0, fitsBudget: true };
  const longest = monthlyBudget > 0 ? Math.min(LONGEST_PLAN_MONTHS, Math.max(1, Math.ceil(balance / monthlyBudget))) : LONGEST_PLAN_MONTHS;
  const monthly = Math.ceil(balance / longest);
  // Whole-cent payments: as many as the monthly amount needs, the last one smaller so the total is the balance exactly.
  const months = Math.ceil(balance / monthly);
  return { monthly, months, lastPayment: balance - monthly * (months - 1), total: balance, fitsBudget: monthly <= monthlyBudget };
}

/** Opening below the walk-away leaves room to move: never more than this share of it. */
export const OPENING_SHARE_OF_WALK_AWAY = 0.75;

/**
 * `percents` are the playbook's ranges: a provider's (opening 30 %, target 40 %)
 * by default, a collector's (40 % and 50 %) in collections.
 */
export function settlement(input: SettlementInput, percents: { suggested: number; high: number } = OPENING_OFFER_PERCENT): Settlement {
  const balance = whole(input.balance);
  const walkAway = Math.min(balance, whole(input.canPayNow));
  const opening = Math.min(percentOf(balance, percents.suggested), Math.floor(walkAway * OPENING_SHARE_OF_WALK_AWAY));
  const target = Math.min(percentOf(balance, percents.high), walkAway);
  return {
    opening,
    target,
    walkAway,
    lumpSum: { total: target, saves: balance - target, affordable: target <= walkAway && target > 0 },
    plan: zeroPercentPlan(balance, whole(input.monthlyBudget)),
  };
}
