/*
 * What every phase's steps are made of: the recommendation's shape, the forms a
 * step can open, and small helpers (due dates, the facts the words need).
 */
import type { Words } from '../../src/i18n/words';
import { isNonprofitHospital } from '../../src/domain/provider';
import { addCalendarDays, isIsoDate } from '../../src/domain/dates';
import type { BillEvent } from '../../src/domain/events';
import { currentBalance } from '../amounts';
import type { BillContext } from '../context';

export type RecommendationId =
  | 'request-itemized-bill' | 'confirm-claim-status' | 'request-hold' | 'review-findings'
  | 'dispute-findings' | 'file-appeal' | 'apply-financial-assistance' | 'make-offer'
  | 'respond-to-counteroffer' | 'escalate' | 'get-agreement-in-writing' | 'make-payment'
  | 'request-debt-validation' | 'negotiate-with-collector' | 'confirm-zero-balance'
  | 'check-credit-report' | 'close-case' | 'wait-for-response' | 'move-on' | 'keep-records'
  | 'confirm-debt-owner' | 'follow-up' | 'start-provider-dispute' | 'check-credit-reporting';

/** Forms a step can open when recording it needs more than a click (an amount, a date). */
export type FormId =
  | 'hold-confirmed' | 'dispute' | 'dispute-answer' | 'assistance-decision' | 'offer'
  | 'counteroffer' | 'payment-plan' | 'payment-plan-accepted' | 'payment' | 'call';

/**
 * One way to record the step: an event sent as it is (after a warning, if any),
 * several events at once (dispute every finding), or a form to fill in.
 */
export type RecommendedAction = { label: string; event?: BillEvent; events?: BillEvent[]; form?: FormId; warning?: string };

/**
 * The next step. `alsoNow` lists the other steps open at the same time (the
 * parallel tracks of stabilization and validation), so none is out of reach.
 */
export type Recommendation = StepText & {
  id: RecommendationId;
  due?: string;
  actions: RecommendedAction[];
  alsoNow?: Recommendation[];
};

/** A step in words: what to do, why it matters, how to do it. */
export type StepText = { title: string; why: string; how: string };

/** The words of every step, in the chosen language (src/i18n/<language>/steps.ts). */
export type StepWords = Words['steps'];

/** The facts a step's words are filled in with. */
export type AdviceFacts = {
  provider: string;
  account: string;
  balance: number;
  nonprofit: boolean;
};

export function step(id: RecommendationId, words: StepText, actions: RecommendedAction[], due?: string): Recommendation {
  return due ? { id, ...words, due, actions } : { id, ...words, actions };
}

/** `days` after `date`, when `date` is a real date (events without one give no due date). */
export function after(date: string | undefined, days: number): string | undefined {
  return date && isIsoDate(date) ? addCalendarDays(date, days) : undefined;
}

export function factsOf(context: BillContext, words: StepWords): AdviceFacts {
  return {
    provider: context.case.provider.name.trim() || words.unnamed.provider,
    account: context.case.accountNumber?.trim() ?? '',
    balance: currentBalance(context),
    nonprofit: isNonprofitHospital(context.case.provider),
  };
}
