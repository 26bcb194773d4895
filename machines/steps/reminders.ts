/*
 * Steps a deadline brings forward in any phase: a hold about to end, a
 * follow-up date reached, the last days of the patient-provider dispute. The
 * other deadlines belong to a phase's own steps, which take their due dates
 * from the same engine (src/domain/deadlines).
 */
import { daysBetween } from '../../src/domain/dates';
import { datedRights, type DatedRight } from '../../src/domain/deadlines/engine';
import type { BillContext } from '../context';
import { step, type Recommendation, type StepWords } from './shared';

function reminderStep(deadline: DatedRight, today: string, words: StepWords): Recommendation | undefined {
  switch (deadline.kind) {
    case 'hold-expires':
      return step('request-hold', words.advice.extendHold(deadline.due), [
        { label: words.actions.askedForMoreTime, event: { type: 'HOLD_REQUESTED', at: today } },
        { label: words.actions.gotNewDate, form: 'hold-confirmed' },
      ], deadline.due);
    case 'follow-up':
      return step('follow-up', words.advice.followUp(words.followUpOn(deadline.party), deadline.due), [{ label: words.actions.logCall, form: 'call' }], deadline.due);
    case 'patient-provider-dispute':
      return step('start-provider-dispute', words.advice.startProviderDispute(deadline.due), [
        { label: words.actions.startedDispute, event: { type: 'PROVIDER_DISPUTE_STARTED', at: today } },
      ], deadline.due);
    default:
      return undefined;
  }
}

/** Open deadlines of those kinds due within `withinDays` (tasks also once overdue; a protection that ran out is past help), as steps. */
export function reminderSteps(context: BillContext, today: string, words: StepWords, withinDays: number): Recommendation[] {
  return datedRights(context, undefined, words.parties)
    .filter((deadline) => {
      const left = daysBetween(today, deadline.due);
      return deadline.done === undefined && left <= withinDays && (deadline.role === 'task' || left >= 0);
    })
    .flatMap((deadline) => reminderStep(deadline, today, words) ?? []);
}

/** The due date the deadline engine gives a kind, for the phase's own step. */
export function dueFor(context: BillContext, kind: DatedRight['kind']): string | undefined {
  return datedRights(context).find((deadline) => deadline.kind === kind)?.due;
}
