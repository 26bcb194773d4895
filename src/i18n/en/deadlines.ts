/*
 * Deadlines, in English: each kind's plain title and what to do by the date
 * (src/domain/deadlines/words.ts adds the rule that sets it, from rules.ts),
 * what was done or why one no longer matters, the case's deadlines section,
 * the home screen's "Due soonest", and the calendar (.ics) file's own words.
 */
import { formatLongDate } from '../../domain/dates';
import type { DeadlineKind, Done } from '../../domain/deadlines/engine';
import { caseScreen } from './caseScreen';

export const deadlines = {
  /** Who a deadline names when the person has not typed a name (shared with the case screen). */
  parties: caseScreen.parties,
  kinds: {
    'debt-validation': {
      title: (agency: string) => `Last day to ask ${agency} to prove the debt`,
      todo: 'Send the debt validation letter by certified mail by this date. Until they send proof, they must stop collecting.',
    },
    'no-collection-action-before': {
      title: (hospital: string) => `${hospital} may not sell the debt, report it to credit bureaus or sue before this date`,
      todo: 'A nonprofit hospital must also warn you in writing 30 days before any such step. If it acts earlier, note the date: you can tell the IRS on Form 13909.',
    },
    'financial-assistance-application': {
      title: (hospital: string) => `Last day to apply for financial assistance at ${hospital}`,
      todo: 'Send the form that asks for financial help by this date. While they decide, the hospital may not sell the debt, report it or sue.',
    },
    'patient-provider-dispute': {
      title: () => 'Last day to dispute a bill far above its good faith estimate',
      todo: 'Start the patient-provider dispute with the federal No Surprises Help Desk (1-800-985-3059) by this date. There is a small fee.',
    },
    'internal-appeal': {
      title: () => 'Last day to appeal the denied claim',
      todo: 'File the appeal with your insurer in writing by this date, with the letter from the Letters section.',
    },
    'hold-expires': {
      title: (provider: string) => `The hold on your bill at ${provider} ends`,
      todo: 'Before it ends, call and ask for more time while your questions are open. Ask for the new date in writing.',
    },
    'follow-up': {
      title: (contact: string) => `Follow up on ${contact}`,
      todo: 'If you have not heard back, call or write again, and log it in Billpath.',
    },
  } satisfies Record<DeadlineKind, { title: (party: string) => string; todo: string }>,
  /** The rule behind dates that no law sets. */
  sources: {
    hold: 'The hold the billing office confirmed to you',
    followUp: 'The follow-up date you set when you logged it',
  },
  done: (done: Done, party: string): string => {
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
  },
  /** "in 3 days", "today", "5 days ago": how far the date is from today. */
  when: (days: number) =>
    days === 0 ? 'today' : days === 1 ? 'tomorrow' : days === -1 ? 'yesterday' : days > 0 ? `in ${days} days` : `${-days} days ago`,
  section: {
    title: 'Your deadlines',
    none: 'No dates to watch yet. Deadlines appear here as soon as the bill, a denial, a hold or a collector starts one.',
    groups: { overdue: 'Overdue', 'this-week': 'This week', later: 'Later', done: 'Done or passed' },
    rule: 'Rule:',
    addOne: 'Add to my calendar',
    addAllOpen: (count: number) => `Add all ${count} open deadlines to my calendar`,
    reminders: 'Calendar files remind you a week and a day before each date. They are saved on your device; nothing is sent anywhere.',
  },
  dueSoon: {
    title: 'Due soonest',
    overdue: 'Overdue: ',
    open: (bill: string) => `Open ${bill}`,
    toSeeIt: ' to see this deadline',
    more: (count: number) => `${count} more in your cases.`,
    addAll: (count: number) => (count === 1 ? 'Add it to my calendar' : `Add all ${count} to my calendar`),
  },
  untitled: 'Untitled bill',
  calendarFailed: 'The calendar file could not be made. Please try again.',
  calendar: {
    name: 'Billpath deadlines',
    /** The calendar's language (ISO 639-1, upper case as RFC 5545 examples write it). */
    language: 'EN',
    details: (todo: string, bill: string, rule: string) => `${todo}\n\nBill: ${bill}\nRule: ${rule}`,
    reminder: (days: number, title: string) => `${days === 1 ? 'Tomorrow' : `In ${days} days`}: ${title}`,
  },
};
