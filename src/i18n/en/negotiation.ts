/*
 * The negotiating tools' words, in English: the assistance screener (and what
 * src/domain/assistance.ts says about a household), the settlement
 * calculator, the offers chart and the escalation ladder. Figures come in as
 * facts, so the rules stay in src/domain/rules.ts.
 */
import type { AssistanceTier } from '../../domain/assistance';
import { formatLongDate } from '../../domain/dates';
import { formatCents } from '../../domain/money';

/** " (until May 15, 2026)" when the first statement's date is known. */
const until = (date?: string) => (date ? ` (until ${formatLongDate(date)})` : '');

export const negotiation = {
  title: 'Tools for negotiating',
  closureTitle: 'How the negotiation went',
  /** What the screener says about a household (src/domain/assistance.ts). */
  assistance: {
    summaries: {
      'free-care-likely': 'Many hospitals give free care at this income. Apply: you may owe nothing.',
      'discount-likely': 'Many hospitals cut the bill a lot at this income. Apply for the discount.',
      possible: 'Some hospitals help at this income, and some states require it. It is worth applying.',
      'ask-anyway': 'This is above most policies, but some hospitals help with large bills. Ask anyway.',
    } satisfies Record<AssistanceTier, string>,
    rights: {
      policy: 'The hospital must have a written policy on financial help, a short summary in plain words, and a form to apply. All are free.',
      agb: 'If you qualify, it can\'t charge you more than it charges people who have insurance. This is the "AGB" limit.',
      noCollection: (days: number, endDate?: string) =>
        `No extraordinary collection actions — selling the debt, credit reporting, lawsuits — for ${days} days after the first statement${until(endDate)}.`,
      apply: (days: number, endDate?: string) =>
        `You can apply for ${days} days after the first statement${until(endDate)}. Ask them to hold the account while they review it.`,
    },
    documents: [
      'Proof of income for each adult at home (pay stubs, benefit letters, or last year\'s tax return)',
      'Proof of household size (a tax return or a simple list of who lives with you)',
      'The bill, with its account number',
      'Anything that shows hardship (job loss, other medical bills)',
    ],
  },
  screener: {
    title: 'Could financial assistance help?',
    form: {
      title: 'Your household',
      intro: 'Count everyone you support. Give each adult\'s yearly income before taxes. Leaving one out is the top reason forms are turned down.',
      submit: 'Check',
      size: { label: 'People in your household' },
      state: { label: 'State', hint: 'Two letters, like OH. Alaska and Hawaii have their own tables.' },
      income: (adult: number) => `Adult ${adult}: yearly income`,
      stateError: 'Enter the state as two letters, like OH.',
    },
    percentBefore: 'Your household income is ',
    percentAfter: (year: number) => ` of the ${year} federal poverty guideline`,
    noTable: (year: number, used: number) => ` (Billpath has no table for ${year}, so this uses the ${used} one)`,
    typical: (freeCareUnder: number, discountUnder: number) =>
      `Each hospital sets its own limits. On average, hospital policies give free care under about ${freeCareUnder} % and discounts under about ${discountUnder} %; some states require more.`,
    /** Followed by the guideline's citation, as published (in English). */
    source: 'Source of the guideline:',
    announce: (percent: string, summary: string) => `Your household income is ${percent} % of the poverty guideline. ${summary}`,
    rightsTitle: 'Your rights at a nonprofit hospital',
    documentsTitle: 'What to attach to the application',
    save: 'Save this household to the case',
    savedAnnounce: 'Household saved to the case.',
    saved: 'Saved to the case: the bill check uses it.',
  },
  calculator: {
    title: 'Settlement calculator',
    form: {
      title: 'What you can pay',
      submit: 'Work it out',
      canPayNow: { label: 'The most you could pay at once', hint: 'Savings you can use without missing rent or food. This is your walk-away: never offer more.' },
      monthlyBudget: { label: 'What you could pay each month' },
    },
    owedByBill: 'What the bill asks now',
    owedByCollector: 'What the collector asks now',
    owedNoAmount: "What the provider says you owe (the collector's notice gave no amount)",
    collectorRange: (low: number, high: number, suggested: number) =>
      `Collectors often settle for ${low} to ${high} % of the debt, so an opening offer of about ${suggested} % is reasonable (the playbook's experience, not a rule).`,
    providerRange: (low: number, high: number) =>
      `Hospitals collect only about 20 to 40 % of what patients owe them, so an opening lump-sum offer of ${low} to ${high} % is reasonable (the playbook's experience, not a rule).`,
    offersClosed: 'Offers are closed: you accepted a payment plan, and after that no lower offer can be made.',
    announce: (opening: number, target: number, walkAway: number) =>
      `Opening offer ${formatCents(opening)}, target ${formatCents(target)}, walk-away ${formatCents(walkAway)}.`,
    numbers: 'Your numbers',
    opening: 'Opening offer',
    target: 'Target',
    walkAway: 'Walk-away (most you can pay)',
    sideBySide: 'Lump sum or payment plan',
    lumpSum: 'Lump sum at the target',
    plan: '0 % payment plan',
    total: 'You pay in all',
    months: 'Months',
    eachMonth: 'Each month',
    lastOne: (amount: number) => ` (last one ${formatCents(amount)})`,
    fits: 'Fits your budget',
    yes: 'Yes',
    no: 'No',
    planTooLong: 'No: ask for a longer plan or assistance',
    lumpSumSaves: (saves: number) =>
      `A lump sum saves ${formatCents(saves)}. A plan costs the whole amount and, once accepted, ends the talks: no lower offer can be made. Whatever you agree, get it in writing before you pay.`,
    offered: (amount: number) => `You offered ${formatCents(amount)}. Record their answer under your next step.`,
    iOffered: (amount: number) => `I offered ${formatCents(amount)}`,
  },
  chart: {
    picture: 'Offers over time; the table below has the figures',
    balance: 'balance',
    yours: 'Your offers',
    theirs: 'Their counteroffers',
    owed: 'What is owed',
    caption: 'Offers so far',
    date: 'Date',
    who: 'Who',
    amount: 'Amount',
    them: 'Them',
    you: 'You',
  },
  ladder: {
    title: 'Who to ask for next',
    intro: "If the person you reach can't help, ask politely for the next one up. Note each name.",
    here: ' (where you are now)',
    done: ' (done)',
    reached: (who: string) => `I reached ${who}`,
  },
};
