/*
 * The financial assistance screener: household income against the poverty
 * guideline, what that usually means at a hospital, and a nonprofit hospital's
 * duties under IRS §501(r). Each hospital's policy sets its own tiers; these
 * are typical figures, said as guidance, never as a promise.
 * Sources: Dollar For's national database of hospital policies (2025: free
 * care under about 204 %, discounts under about 322 % of poverty on average);
 * 26 CFR 1.501(r)-4 to -6 (policy, AGB limit, 120-day no-ECA, 240-day window).
 * What it says is in the negotiation catalog: English unless the screen
 * passes the chosen language's words.
 */
import type { Household } from './case';
import type { Words } from '../i18n/words';
import { negotiation } from '../i18n/en/negotiation';
import { addCalendarDays, isIsoDate } from './dates';
import { povertyGuideline, povertyPercent } from './poverty';
import { ASSISTANCE_APPLICATION_WINDOW, NO_EXTRAORDINARY_COLLECTION } from './rules';

/** Typical tiers (percent of poverty), from the national average of hospital policies. */
export const TYPICAL_TIERS = { freeCareUnder: 200, discountUnder: 320, oftenUpTo: 400 } as const;

export type AssistanceTier = 'free-care-likely' | 'discount-likely' | 'possible' | 'ask-anyway';
type AssistanceWords = Words['negotiation']['assistance'];

export type Screening = {
  percent: number;
  tier: AssistanceTier;
  summary: string;
  /** Nonprofit hospitals only: the person's rights, with the dates that apply. */
  rights: string[];
  documents: string[];
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
export function nonprofitRights(firstStatementDate?: string, words: AssistanceWords = negotiation.assistance): string[] {
  const dated = firstStatementDate && isIsoDate(firstStatementDate);
  const endOf = (days: number) => (dated ? addCalendarDays(firstStatementDate, days) : undefined);
  const { rights } = words;
  return [
    rights.policy,
    rights.agb,
    rights.noCollection(NO_EXTRAORDINARY_COLLECTION.days, endOf(NO_EXTRAORDINARY_COLLECTION.days)),
    rights.apply(ASSISTANCE_APPLICATION_WINDOW.days, endOf(ASSISTANCE_APPLICATION_WINDOW.days)),
  ];
}

/** What the screening says is in `words` (English by default); what to attach names every adult's income, a common reason applications fail. */
export function screenAssistance(
  household: Household,
  year: number,
  nonprofit: boolean,
  firstStatementDate?: string,
  words: AssistanceWords = negotiation.assistance,
): Screening {
  const percent = povertyPercent(household, year);
  const tier = tierOf(household, year);
  return { percent, tier, summary: words.summaries[tier], rights: nonprofit ? nonprofitRights(firstStatementDate, words) : [], documents: words.documents };
}
