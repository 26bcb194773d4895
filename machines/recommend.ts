/*
 * nextAction(snapshot, today): the one thing to do next, with why, how, a due
 * date where a rule sets one, and the actions that record it was done; plus
 * the other steps open at the same time. Each phase lists its steps in the
 * playbook's order (machines/steps/); deadlines about to pass add steps of
 * their own (steps/reminders.ts), and a step due within a week comes first.
 * Pure: reads the snapshot's value and context (live or persisted) and the
 * `today` passed in, never the clock.
 */
import type { StateValue } from 'xstate';
import { daysBetween } from '../src/domain/dates';
import type { BillContext } from './context';
import { phaseOf, stepOf, tracksOf } from './selectors';
import { closureSteps } from './steps/closure';
import { collectionsSteps } from './steps/collections';
import { negotiationSteps } from './steps/negotiation';
import { reminderSteps } from './steps/reminders';
import type { Recommendation, StepWords } from './steps/shared';
import { stabilizationSteps } from './steps/stabilization';
import { validationSteps } from './steps/validation';

export type { FormId, Recommendation, RecommendationId, RecommendedAction } from './steps/shared';

export type SnapshotLike = { value: StateValue; context: BillContext };

/** A step due within this many days jumps ahead of the playbook's order. */
export const URGENT_WITHIN_DAYS = 7;

function stepsFor({ value, context }: SnapshotLike, today: string, words: StepWords): Recommendation[] {
  switch (phaseOf(value)) {
    case 'stabilization': return stabilizationSteps(context, tracksOf(value), today, words);
    case 'validation': return validationSteps(context, tracksOf(value), today, words);
    case 'negotiation': return negotiationSteps(context, stepOf(value), today, words);
    case 'collections': return collectionsSteps(context, stepOf(value), today, words);
    case 'closure': return closureSteps(context, stepOf(value), today, words);
  }
}

/** The next step, worded in the language given (the app passes the chosen one: src/i18n/language.ts). */
export function recommend(snapshot: SnapshotLike, today: string, words: StepWords): Recommendation {
  // A deadline about to pass (a hold, a follow-up, the dispute window) joins the phase's own steps.
  const steps = [...stepsFor(snapshot, today, words), ...reminderSteps(snapshot.context, today, words, URGENT_WITHIN_DAYS)];
  const urgent = steps
    .filter((s) => s.due !== undefined && daysBetween(today, s.due) <= URGENT_WITHIN_DAYS)
    .sort((a, b) => a.due!.localeCompare(b.due!));
  const first = urgent[0] ?? steps[0]!;
  return { ...first, alsoNow: steps.filter((s) => s !== first) };
}
