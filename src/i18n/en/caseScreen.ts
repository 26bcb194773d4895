/*
 * The open case's first screen, in English: its header and page title, the
 * next-step card around the step's own words (those are in ./steps.ts), the
 * names of the five phases (the case list shows them too), and who the case
 * involves when the person has not named them (the deadlines and reminders
 * name them). Shipped with the first screen, so kept short: the parts below
 * the next step have their words in ./history.ts, ./deadlines.ts and ./closure.ts.
 */
import type { Phase } from '../../../machines/workflow';

export const caseScreen = {
  appTitle: 'Billpath — one medical bill, step by step',
  pageTitle: (title: string) => `${title} — Billpath`,
  untitled: 'Untitled bill',
  billsNav: 'Bills',
  allBills: '← All my bills',
  backToVisit: '← Back to the visit',
  providerNotNamed: 'Provider not named yet',
  account: (number: string) => `Account ${number}`,
  rebuilt: 'Billpath was updated, so this case was rebuilt from its history. Nothing was lost.',
  loading: 'Loading your bill…',
  balanceNow: 'Balance now',
  agreed: (amount: string) => `Agreed ${amount}`,
  leftToPay: 'left to pay',
  nothingLeft: 'nothing left to pay',
  phases: {
    stabilization: 'Get the papers',
    validation: 'Check the bill',
    negotiation: 'Negotiate',
    collections: 'Collections',
    closure: 'Close',
  } satisfies Record<Phase, string>,
  nextStep: {
    eyebrow: 'Your next step',
    alsoOpen: 'Also open now',
    by: (date: string) => ` · by ${date}`,
    why: 'Why',
    how: 'How',
    wasDue: 'Was due: ',
    doBy: 'Do this by: ',
    when: (days: number) =>
      days < 0 ? `${-days} ${days === -1 ? 'day' : 'days'} ago` : days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`,
    areYouSure: 'Are you sure?',
    goOn: 'Go on anyway',
    wait: "I'll wait",
    recordWhat: 'Record what happened',
  },
  /** Who a deadline or reminder names when the person has not typed a name. */
  parties: {
    collector: 'the collector',
    hospital: 'the hospital',
    insurer: 'your insurer',
    billingOffice: 'the billing office',
    call: (who: string) => `your call with ${who || 'the billing office'}`,
    /** A letter by its kind ("billing-dispute"), or whatever the person called it. */
    letter: (kind: string) => `your ${kind.replace(/-/g, ' ')} letter`,
  },
};
