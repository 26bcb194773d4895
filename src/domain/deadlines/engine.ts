/*
 * The case's dated rights and obligations (CONTRACT.md, "Deadlines"), worked
 * out from what the bill machine remembers. Each kind says when it exists, when
 * it is due and which rule sets it (rules.ts holds the numbers and sources), and
 * whether it is done: a task is done once the person did it (or it no longer
 * matters); a protection simply runs until its date.
 * Pure: the date is passed in, never read.
 */
import type { BillContext, Contact } from '../../../machines/context';
import { findingsOf } from '../../../machines/findings';
import { isNonprofitHospital } from '../provider';
import { addBusinessDays, addCalendarDays, formatLongDate, isIsoDate } from '../dates';
import {
  ASSISTANCE_APPLICATION_WINDOW,
  ASSUMED_RECEIPT_BUSINESS_DAYS,
  DEBT_VALIDATION_PERIOD,
  INTERNAL_APPEAL,
  NO_EXTRAORDINARY_COLLECTION,
  PATIENT_PROVIDER_DISPUTE,
} from '../rules';

export const deadlineKinds = [
  'debt-validation',
  'no-collection-action-before',
  'financial-assistance-application',
  'patient-provider-dispute',
  'internal-appeal',
  'hold-expires',
  'follow-up',
] as const;

export type DeadlineKind = (typeof deadlineKinds)[number];

export type Deadline = {
  id: string;
  kind: DeadlineKind;
  /** ISO date: the last day. */
  due: string;
  title: string;
  /** The statute, regulation or policy that sets the date. */
  source: string;
  /** What to do by the date, in plain words. */
  todo: string;
  /** A task is something to do by the date; a protection runs out on its own. */
  role: 'task' | 'protection';
  /** Set once nothing more is needed: what was done, or why it no longer matters. */
  done?: string;
};

type Draft = Omit<Deadline, 'id' | 'kind' | 'due' | 'role'>;

const on = (date: string) => formatLongDate(date.slice(0, 10));
const dated = (date: string | undefined): date is string => typeof date === 'string' && isIsoDate(date.slice(0, 10));

/** The last day to dispute a collection: 30 days after the notice is received, assumed 5 business days after it was sent. */
export function debtValidationDue(noticeDate: string): string {
  return addCalendarDays(addBusinessDays(noticeDate.slice(0, 10), ASSUMED_RECEIPT_BUSINESS_DAYS.days), DEBT_VALIDATION_PERIOD.days);
}

/** The date a bill-based window starts from: the first statement, else the day the itemized bill came. */
export function billDateOf(context: BillContext): string | undefined {
  return [context.case.firstStatementDate, context.itemizedReceivedAt].find(dated);
}

const caseOver = (context: BillContext): string | undefined =>
  context.closedAt !== undefined ? 'The case is closed.'
    : context.closureReason !== undefined ? 'The bill is settled, so this no longer matters.'
      : undefined;

function debtValidation(context: BillContext): Deadline[] {
  const collector = context.collector;
  if (!collector || !dated(collector.noticeDate)) return [];
  const agency = collector.agency.trim() || 'the collector';
  const done = context.debtValidationRequestedAt !== undefined
    ? `You asked for proof on ${on(context.debtValidationRequestedAt)}.`
    : context.debtValidatedAt !== undefined ? `${agency} sent proof on ${on(context.debtValidatedAt)}.` : caseOver(context);
  return [task('debt-validation', debtValidationDue(collector.noticeDate), {
    title: `Last day to ask ${agency} to prove the debt`,
    source: `${DEBT_VALIDATION_PERIOD.source}; ${ASSUMED_RECEIPT_BUSINESS_DAYS.source}`,
    todo: 'Send the debt validation letter by certified mail by this date. Until they send proof, they must stop collecting.',
    done,
  })];
}

function nonprofitWindows(context: BillContext): Deadline[] {
  const first = context.case.firstStatementDate;
  if (!isNonprofitHospital(context.case.provider) || !dated(first)) return [];
  const hospital = context.case.provider.name.trim() || 'the hospital';
  const applied = context.assistance.status !== 'none' && context.assistance.since !== undefined
    ? `You applied on ${on(context.assistance.since)}.`
    : caseOver(context);
  return [
    {
      id: 'no-collection-action-before',
      kind: 'no-collection-action-before',
      role: 'protection',
      due: addCalendarDays(first, NO_EXTRAORDINARY_COLLECTION.days),
      title: `${hospital} may not sell the debt, report it to credit bureaus or sue before this date`,
      source: NO_EXTRAORDINARY_COLLECTION.source,
      todo: 'A nonprofit hospital must also warn you in writing 30 days before any such step. If it acts earlier, note the date: you can tell the IRS on Form 13909.',
      ...(caseOver(context) ? { done: caseOver(context) } : {}),
    },
    task('financial-assistance-application', addCalendarDays(first, ASSISTANCE_APPLICATION_WINDOW.days), {
      title: `Last day to apply for financial assistance at ${hospital}`,
      source: ASSISTANCE_APPLICATION_WINDOW.source,
      todo: 'Send the financial assistance application by this date. While they decide, the hospital may not sell the debt, report it or sue.',
      done: applied,
    }),
  ];
}

function patientProviderDispute(context: BillContext): Deadline[] {
  const billDate = billDateOf(context);
  if (!billDate || !findingsOf(context).some((finding) => finding.rule === 'gfe-exceeded')) return [];
  const started = context.providerDisputeStartedAt;
  return [task('patient-provider-dispute', addCalendarDays(billDate, PATIENT_PROVIDER_DISPUTE.days), {
    title: 'Last day to dispute a bill far above its good faith estimate',
    source: PATIENT_PROVIDER_DISPUTE.source,
    todo: 'Start the patient-provider dispute with the federal No Surprises Help Desk (1-800-985-3059) by this date. There is a small fee.',
    done: started !== undefined ? `You started the dispute on ${on(started)}.` : caseOver(context),
  })];
}

function internalAppeal(context: BillContext): Deadline[] {
  const denied = context.claim.deniedAt;
  if (context.claim.status !== 'denied' || !dated(denied)) return [];
  const filed = context.appeal.status !== 'none' && context.appeal.since !== undefined && context.appeal.since >= denied
    ? `You filed the appeal on ${on(context.appeal.since)}.`
    : caseOver(context);
  return [task('internal-appeal', addCalendarDays(denied, INTERNAL_APPEAL.days), {
    title: 'Last day to appeal the denied claim',
    source: INTERNAL_APPEAL.source,
    todo: 'File the appeal with your insurer in writing by this date, with the letter from the Letters section.',
    done: filed,
  })];
}

function holdExpires(context: BillContext): Deadline[] {
  const until = context.hold.until;
  if (context.hold.status !== 'confirmed' || !dated(until)) return [];
  const provider = context.case.provider.name.trim() || 'the billing office';
  // The hold protects you until its date; it ends on its own, or once a collector has the account.
  const over = context.collector ? 'The account went to a collector.' : caseOver(context);
  return [{
    id: 'hold-expires',
    kind: 'hold-expires',
    role: 'protection',
    due: until.slice(0, 10),
    title: `The hold on your bill at ${provider} ends`,
    source: 'The hold the billing office confirmed to you',
    todo: 'Before it ends, call and ask for more time while your questions are open. Ask for the new date in writing.',
    ...(over ? { done: over } : {}),
  }];
}

const contactName = (contact: Contact) =>
  contact.kind === 'call' ? `your call with ${contact.what.trim() || 'the billing office'}` : `your ${contact.what.replace(/-/g, ' ')} letter`;

/** Every follow-up date set on a call or letter; one is done once a later call or letter is logged. */
function followUps(context: BillContext, contacts: readonly Contact[]): Deadline[] {
  return contacts.flatMap((contact, index) => {
    if (!dated(contact.followUp)) return [];
    const next = contacts[index + 1];
    return [{
      ...task('follow-up', contact.followUp.slice(0, 10), {
        title: `Follow up on ${contactName(contact)}`,
        source: 'The follow-up date you set when you logged it',
        todo: 'If you have not heard back, call or write again, and log it in Billpath.',
        done: next ? `You were back in touch on ${on(next.at)}.` : caseOver(context),
      }),
      id: `follow-up-${index + 1}`,
    }];
  });
}

function task(kind: DeadlineKind, due: string, draft: Draft): Deadline {
  const { done, ...rest } = draft;
  return { id: kind, kind, due, role: 'task', ...rest, ...(done ? { done } : {}) };
}

/**
 * Every deadline of the case, soonest first. `contacts` are the calls and
 * letters whose follow-ups count; the machine keeps only the last one, and a
 * case file's journal gives them all.
 */
export function deadlinesOf(context: BillContext, contacts: readonly Contact[] = context.lastContact ? [context.lastContact] : []): Deadline[] {
  return [
    ...debtValidation(context),
    ...nonprofitWindows(context),
    ...patientProviderDispute(context),
    ...internalAppeal(context),
    ...holdExpires(context),
    ...followUps(context, contacts),
  ].sort((a, b) => a.due.localeCompare(b.due));
}
