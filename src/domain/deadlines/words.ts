/*
 * The words a deadline is shown with: a plain title, what to do by the date,
 * the rule that sets it (its source, from rules.ts), and, once done, what was
 * done or why it no longer matters. The wording is in the catalogs
 * (src/i18n/<language>/deadlines.ts); English unless other words are given.
 */
import { deadlines as english } from '../../i18n/en/deadlines';
import * as rules from '../rules';
import type { DatedRight, DeadlineKind } from './engine';

export type Deadline = Omit<DatedRight, 'party' | 'done'> & {
  title: string;
  /** The statute, regulation or policy that sets the date. */
  source: string;
  /** What to do by the date, in plain words. */
  todo: string;
  /** Set once nothing more is needed: what was done, or why it no longer matters. */
  done?: string;
};

export type DeadlineWords = Pick<typeof english, 'parties' | 'kinds' | 'sources' | 'done'>;

const sourceOf: Record<DeadlineKind, (words: DeadlineWords) => string> = {
  'debt-validation': () => `${rules.DEBT_VALIDATION_PERIOD.source}; ${rules.ASSUMED_RECEIPT_BUSINESS_DAYS.source}`,
  'no-collection-action-before': () => rules.NO_EXTRAORDINARY_COLLECTION.source,
  'financial-assistance-application': () => rules.ASSISTANCE_APPLICATION_WINDOW.source,
  'patient-provider-dispute': () => rules.PATIENT_PROVIDER_DISPUTE.source,
  'internal-appeal': () => rules.INTERNAL_APPEAL.source,
  'hold-expires': (words) => words.sources.hold,
  'follow-up': (words) => words.sources.followUp,
};

export function describeDeadline({ party, done, ...right }: DatedRight, words: DeadlineWords = english): Deadline {
  const { title, todo } = words.kinds[right.kind];
  return { ...right, title: title(party), source: sourceOf[right.kind](words), todo, ...(done ? { done: words.done(done, party) } : {}) };
}
