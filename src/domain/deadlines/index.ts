/*
 * deadlines(caseFile, today) (CONTRACT.md): every dated right and obligation of
 * a case, from its replayed journal, and how urgent each is on a given day.
 * Every call and letter in the journal counts for follow-ups, not just the last.
 * Worded in English unless other words are given (the app gives the chosen language's).
 */
import { replay } from '../../../machines/replay';
import type { BillContext, Contact } from '../../../machines/context';
import type { CaseFile, JournalEntry } from '../caseFile';
import { daysBetween } from '../dates';
import { datedRights } from './engine';
import { describeDeadline, type Deadline, type DeadlineWords } from './words';

export { billDateOf, deadlineKinds, debtValidationDue, type DeadlineKind } from './engine';
export type { Deadline, DeadlineWords } from './words';

/** Every deadline of the case with its words, soonest first. */
export function deadlinesOf(context: BillContext, contacts?: readonly Contact[], words?: DeadlineWords): Deadline[] {
  return datedRights(context, contacts, words?.parties).map((right) => describeDeadline(right, words));
}

/** Deadlines due within this many days are "this week". */
export const SOON_WITHIN_DAYS = 7;

export type Urgency = 'overdue' | 'this-week' | 'later' | 'done';

/** Overdue, this week or later; done once nothing more is needed or a protection has run out. */
export function urgencyOf(deadline: Deadline, today: string): Urgency {
  const left = daysBetween(today, deadline.due);
  if (deadline.done !== undefined || (deadline.role === 'protection' && left < 0)) return 'done';
  if (left < 0) return 'overdue';
  return left <= SOON_WITHIN_DAYS ? 'this-week' : 'later';
}

function contactsOf(journal: readonly JournalEntry[]): Contact[] {
  return journal.flatMap(({ at, event }): Contact[] => {
    const on = event.at ?? at;
    if (event.type === 'CALL_LOGGED') return [{ kind: 'call', what: event.with, at: on, followUp: event.followUp }];
    if (event.type === 'LETTER_SENT') return [{ kind: 'letter', what: event.letter, at: on, followUp: event.followUp }];
    return [];
  });
}

/** The deadlines of a case already replayed (the app's open cases): every follow-up from its journal. */
export function caseDeadlines(context: BillContext, journal: readonly JournalEntry[], words?: DeadlineWords): Deadline[] {
  return deadlinesOf(context, contactsOf(journal), words);
}

/** Every deadline of the case, soonest first (today is the contract's; the dates don't depend on it). */
export function deadlines(caseFile: Pick<CaseFile, 'case' | 'journal'>, _today: string, words?: DeadlineWords): Deadline[] {
  return caseDeadlines(replay(caseFile).context, caseFile.journal, words);
}
