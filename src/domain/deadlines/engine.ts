/*
 * The case's dated rights and obligations (CONTRACT.md, "Deadlines") as bare
 * facts: which kind, due when, a task or a protection, and whether it is done
 * (and why). Worked out from what the bill machine remembers; the words each
 * deadline is shown with are in words.ts, loaded only where deadlines are listed;
 * only who each concerns is named here (`parties`, English unless others are given).
 * The numbers and their sources are in rules.ts. Pure: no date is read.
 */
import type { BillContext, Contact } from '../../../machines/context';
import { findingsOf } from '../../../machines/findings';
import { caseScreen } from '../../i18n/en/caseScreen';
import { addBusinessDays, addCalendarDays, isIsoDate } from '../dates';
import { isNonprofitHospital } from '../provider';
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

/** Why a deadline needs nothing more: what the person did (on a date), or what made it moot. */
export type Done =
  | { reason: 'proof-asked' | 'proof-sent' | 'applied' | 'dispute-started' | 'appeal-filed' | 'back-in-touch'; on: string }
  | { reason: 'collector' | 'settled' | 'closed' };

export type DatedRight = {
  id: string;
  kind: DeadlineKind;
  /** ISO date: the last day. */
  due: string;
  /** A task is something to do by the date; a protection runs out on its own. */
  role: 'task' | 'protection';
  /** Whom it concerns, as the words name them: the collector, the hospital, the call or letter. */
  party: string;
  done?: Done;
};

const dated = (date: string | undefined): date is string => typeof date === 'string' && isIsoDate(date.slice(0, 10));
const did = (reason: Extract<Done, { on: string }>['reason'], on: string): Done => ({ reason, on: on.slice(0, 10) });

/** The last day to dispute a collection: 30 days after the notice is received, assumed 5 business days after it was sent. */
export function debtValidationDue(noticeDate: string): string {
  return addCalendarDays(addBusinessDays(noticeDate.slice(0, 10), ASSUMED_RECEIPT_BUSINESS_DAYS.days), DEBT_VALIDATION_PERIOD.days);
}

/** The date a bill-based window starts from: the first statement, else the day the itemized bill came. */
export function billDateOf(context: BillContext): string | undefined {
  return [context.case.firstStatementDate, context.itemizedReceivedAt].find(dated);
}

const caseOver = (context: BillContext): Done | undefined =>
  context.closedAt !== undefined ? { reason: 'closed' } : context.closureReason !== undefined ? { reason: 'settled' } : undefined;

function right(kind: DeadlineKind, due: string, party: string, done: Done | undefined, role: DatedRight['role'] = 'task'): DatedRight {
  return { id: kind, kind, due, role, party, ...(done ? { done } : {}) };
}

/** Who a deadline names when the person has not typed a name, in the words' language. */
export type Parties = typeof caseScreen.parties;

function debtValidation(context: BillContext, parties: Parties): DatedRight[] {
  const collector = context.collector;
  if (!collector || !dated(collector.noticeDate)) return [];
  const done = context.debtValidationRequestedAt !== undefined ? did('proof-asked', context.debtValidationRequestedAt)
    : context.debtValidatedAt !== undefined ? did('proof-sent', context.debtValidatedAt) : caseOver(context);
  return [right('debt-validation', debtValidationDue(collector.noticeDate), collector.agency.trim() || parties.collector, done)];
}

function nonprofitWindows(context: BillContext, parties: Parties): DatedRight[] {
  const first = context.case.firstStatementDate;
  if (!isNonprofitHospital(context.case.provider) || !dated(first)) return [];
  const hospital = context.case.provider.name.trim() || parties.hospital;
  const { status, since } = context.assistance;
  return [
    right('no-collection-action-before', addCalendarDays(first, NO_EXTRAORDINARY_COLLECTION.days), hospital, caseOver(context), 'protection'),
    right('financial-assistance-application', addCalendarDays(first, ASSISTANCE_APPLICATION_WINDOW.days), hospital,
      status !== 'none' && since !== undefined ? did('applied', since) : caseOver(context)),
  ];
}

function patientProviderDispute(context: BillContext): DatedRight[] {
  const billDate = billDateOf(context);
  if (!billDate || !findingsOf(context).some((finding) => finding.rule === 'gfe-exceeded')) return [];
  const started = context.providerDisputeStartedAt;
  return [right('patient-provider-dispute', addCalendarDays(billDate, PATIENT_PROVIDER_DISPUTE.days), context.case.provider.name.trim(),
    started !== undefined ? did('dispute-started', started) : caseOver(context))];
}

function internalAppeal(context: BillContext, parties: Parties): DatedRight[] {
  const denied = context.claim.deniedAt;
  if (context.claim.status !== 'denied' || !dated(denied)) return [];
  const since = context.appeal.since;
  const filed = context.appeal.status !== 'none' && since !== undefined && since >= denied;
  return [right('internal-appeal', addCalendarDays(denied, INTERNAL_APPEAL.days), parties.insurer, filed ? did('appeal-filed', since) : caseOver(context))];
}

function holdExpires(context: BillContext, parties: Parties): DatedRight[] {
  const until = context.hold.until;
  if (context.hold.status !== 'confirmed' || !dated(until)) return [];
  // The hold protects you until its date; it ends on its own, or once a collector has the account.
  const over = context.collector ? { reason: 'collector' as const } : caseOver(context);
  return [right('hold-expires', until.slice(0, 10), context.case.provider.name.trim() || parties.billingOffice, over, 'protection')];
}

/** "your call with Dana", "your billing dispute letter": a contact as the words name it. */
const contactName = (contact: Contact, parties: Parties): string =>
  contact.kind === 'call' ? parties.call(contact.what.trim()) : parties.letter(contact.what);

/** Every follow-up date set on a call or letter; one is done once a later call or letter is logged. */
function followUps(context: BillContext, contacts: readonly Contact[], parties: Parties): DatedRight[] {
  return contacts.flatMap((contact, index) => {
    if (!dated(contact.followUp)) return [];
    const next = contacts[index + 1];
    const done = next ? did('back-in-touch', next.at) : caseOver(context);
    return [{ ...right('follow-up', contact.followUp.slice(0, 10), contactName(contact, parties), done), id: `follow-up-${index + 1}` }];
  });
}

/**
 * Every dated right of the case, soonest first. `contacts` are the calls and
 * letters whose follow-ups count; the machine keeps only the last one, and a
 * case file's journal gives them all.
 */
export function datedRights(
  context: BillContext,
  contacts: readonly Contact[] = context.lastContact ? [context.lastContact] : [],
  parties: Parties = caseScreen.parties,
): DatedRight[] {
  return [
    ...debtValidation(context, parties),
    ...nonprofitWindows(context, parties),
    ...patientProviderDispute(context),
    ...internalAppeal(context, parties),
    ...holdExpires(context, parties),
    ...followUps(context, contacts, parties),
  ].sort((a, b) => a.due.localeCompare(b.due));
}
