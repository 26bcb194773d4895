/*
 * The financial assistance screener: household income against the poverty
 * guideline, what that usually means at a hospital, and a nonprofit hospital's
 * duties under IRS §501(r). Each hospital's policy sets its own tiers; these
 * are typical figures, said as guidance, never as a promise.
 * Sources: Dollar For's national database of hospital policies (2025: free
 * care under about 204 %, discounts under about 322 % of poverty on average);
 * 26 CFR 1.501(r)-4 to -6 (policy, AGB limit, 120-day no-ECA, 240-day window).
 */
import type { Household } from './case';
import { addCalendarDays, formatLongDate, isIsoDate } from './dates';
import { povertyGuideline, povertyPercent } from './poverty';
import { ASSISTANCE_APPLICATION_WINDOW, NO_EXTRAORDINARY_COLLECTION } from './rules';

/** Typical tiers (percent of poverty), from the national average of hospital policies. */
export const TYPICAL_TIERS = { freeCareUnder: 200, discountUnder: 320, oftenUpTo: 400 } as const;

export type AssistanceTier = 'free-care-likely' | 'discount-likely' | 'possible' | 'ask-anyway';

export type Screening = {
  percent: number;
  tier: AssistanceTier;
  summary: string;
  /** Nonprofit hospitals only: the person's rights, with the dates that apply. */
  rights: string[];
  documents: string[];
};

const summaries: Record<AssistanceTier, string> = {
  'free-care-likely': 'Many hospitals give free care at this income. Apply: you may owe nothing.',
  'discount-likely': 'Many hospitals cut the bill a lot at this income. Apply for the discount.',
  possible: 'Some hospitals help at this income, and some states require it. It is worth applying.',
  'ask-anyway': 'This is above most policies, but some hospitals help with large bills. Ask anyway.',
};

/** The tier, compared in cents against the guideline (a rounded percent would blur the lines). */
function tierOf(household: Household, year: number): AssistanceTier {
  const guidelineCents = povertyGuideline(household.size, household.state, year) * 100;
  const within = (percent: number) => household.annualIncome * 100 <= guidelineCents * percent;
  if (within(TYPICAL_TIERS.freeCareUnder)) return 'free-care-likely';
  if (within(TYPICAL_TIERS.discountUnder)) return 'discount-likely';
  if (within(TYPICAL_TIERS.oftenUpTo)) return 'possible';
  return 'ask-anyway';
}

/** The §501(r) rights, dated from the first statement when it is known. */
export function nonprofitRights(firstStatementDate?: string): string[] {
  const dated = firstStatementDate && isIsoDate(firstStatementDate);
  const after = (days: number) => (dated ? ` (until ${formatLongDate(addCalendarDays(firstStatementDate, days))})` : '');
  return [
    'The hospital must have a written financial assistance policy, a plain-language summary and an application, free to ask for.',
    'If you qualify, it may charge you no more than it generally bills insured patients (the "AGB" limit).',
    `No extraordinary collection actions — selling the debt, credit reporting, lawsuits — for ${NO_EXTRAORDINARY_COLLECTION.days} days after the first statement${after(NO_EXTRAORDINARY_COLLECTION.days)}.`,
    `You can apply for ${ASSISTANCE_APPLICATION_WINDOW.days} days after the first statement${after(ASSISTANCE_APPLICATION_WINDOW.days)}. Ask them to hold the account while they review it.`,
  ];
}

/** What to attach: every adult's income counts (a common reason applications fail). */
export const ASSISTANCE_DOCUMENTS = [
  'Proof of income for every adult in the household (recent pay stubs, benefit letters, or last year\'s tax return)',
  'Proof of household size (a tax return or a simple list of who lives with you)',
  'The bill, with its account number',
  'Anything that shows hardship (job loss, other medical bills)',
];

export function screenAssistance(household: Household, year: number, nonprofit: boolean, firstStatementDate?: string): Screening {
  const percent = povertyPercent(household, year);
  const tier = tierOf(household, year);
  return { percent, tier, summary: summaries[tier], rights: nonprofit ? nonprofitRights(firstStatementDate) : [], documents: ASSISTANCE_DOCUMENTS };
}
