/*
 * The words a deadline is shown with: a plain title, what to do by the date,
 * the rule that sets it (its source, from rules.ts), and, once done, what was
 * done or why it no longer matters.
 */
import { formatLongDate } from '../dates';
import * as rules from '../rules';
import type { DatedRight, DeadlineKind, Done } from './engine';

export type Deadline = Omit<DatedRight, 'party' | 'done'> & {
  title: string;
  /** The statute, regulation or policy that sets the date. */
  source: string;
  /** What to do by the date, in plain words. */
  todo: string;
  /** Set once nothing more is needed: what was done, or why it no longer matters. */
  done?: string;
};

type Words = Pick<Deadline, 'title' | 'source' | 'todo'>;

const wordsFor: Record<DeadlineKind, (party: string) => Words> = {
  'debt-validation': (agency) => ({
    title: `Last day to ask ${agency} to prove the debt`,
    source: `${rules.DEBT_VALIDATION_PERIOD.source}; ${rules.ASSUMED_RECEIPT_BUSINESS_DAYS.source}`,
    todo: 'Send the debt validation letter by certified mail by this date. Until they send proof, they must stop collecting.',
  }),
  'no-collection-action-before': (hospital) => ({
    title: `${hospital} may not sell the debt, report it to credit bureaus or sue before this date`,
    source: rules.NO_EXTRAORDINARY_COLLECTION.source,
    todo: 'A nonprofit hospital must also warn you in writing 30 days before any such step. If it acts earlier, note the date: you can tell the IRS on Form 13909.',
  }),
  'financial-assistance-application': (hospital) => ({
    title: `Last day to apply for financial assistance at ${hospital}`,
    source: rules.ASSISTANCE_APPLICATION_WINDOW.source,
    todo: 'Send the form that asks for financial help by this date. While they decide, the hospital may not sell the debt, report it or sue.',
  }),
  'patient-provider-dispute': () => ({
    title: 'Last day to dispute a bill far above its good faith estimate',
    source: rules.PATIENT_PROVIDER_DISPUTE.source,
    todo: 'Start the patient-provider dispute with the federal No Surprises Help Desk (1-800-985-3059) by this date. There is a small fee.',
  }),
  'internal-appeal': () => ({
    title: 'Last day to appeal the denied claim',
    source: rules.INTERNAL_APPEAL.source,
    todo: 'File the appeal with your insurer in writing by this date, with the letter from the Letters section.',
  }),
  'hold-expires': (provider) => ({
    title: `The hold on your bill at ${provider} ends`,
    source: 'The hold the billing office confirmed to you',
    todo: 'Before it ends, call and ask for more time while your questions are open. Ask for the new date in writing.',
  }),
  'follow-up': (contact) => ({
    title: `Follow up on ${contact}`,
    source: 'The follow-up date you set when you logged it',
    todo: 'If you have not heard back, call or write again, and log it in Billpath.',
  }),
};

function doneWords(done: Done, party: string): string {
  switch (done.reason) {
    case 'proof-asked': return `You asked for proof on ${formatLongDate(done.on)}.`;
    case 'proof-sent': return `${party} sent proof on ${formatLongDate(done.on)}.`;
    case 'applied': return `You applied on ${formatLongDate(done.on)}.`;
    case 'dispute-started': return `You started the dispute on ${formatLongDate(done.on)}.`;
    case 'appeal-filed': return `You filed the appeal on ${formatLongDate(done.on)}.`;
    case 'back-in-touch': return `You were back in touch on ${formatLongDate(done.on)}.`;
    case 'collector': return 'The account went to a collector.';
    case 'settled': return 'The bill is settled, so this no longer matters.';
    case 'closed': return 'The case is closed.';
  }
}

export function describeDeadline({ party, done, ...right }: DatedRight): Deadline {
  return { ...right, ...wordsFor[right.kind](party), ...(done ? { done: doneWords(done, party) } : {}) };
}
