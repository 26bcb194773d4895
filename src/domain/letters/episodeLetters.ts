/*
 * Letters for a whole visit: one letter naming every account from the same
 * visit, sent to each billing office it names. The playbook negotiates the
 * visit as a whole, because hardship is cumulative (DOMAIN.md, "The playbook");
 * the settlement offer opens at the playbook's share of each balance (20–40 %,
 * DOMAIN.md "Settlement math"), and a nonprofit hospital's assistance policy
 * must say which other providers working in it it covers (26 CFR
 * 1.501(r)-4(b)(1)(iii); research/rules.md §1). Plain text, in English, like
 * every letter (frame.ts).
 */
import type { Household } from '../case';
import { formatLongDate } from '../dates';
import type { Episode } from '../episodes/episode';
import { formatCents, percentOf } from '../money';
import { OPENING_OFFER_PERCENT } from '../rules';
import { listOf as listNames } from '../text';
import { framedLetter, type Letter } from './frame';

export const episodeLetterKinds = ['episode-assistance-request', 'episode-hardship', 'episode-settlement'] as const;
export type EpisodeLetterKind = (typeof episodeLetterKinds)[number];

/** One bill of the visit as a letter names it. */
export type EpisodeAccount = { provider: string; account?: string; leftToPay: number; nonprofitHospital: boolean };
export type EpisodeLetterFacts = { episode: Episode; accounts: EpisodeAccount[]; household?: Household; today: string };

const providerOf = (account: EpisodeAccount) => account.provider.trim() || '[Provider name]';
const accountOf = (account: EpisodeAccount) => `account ${account.account?.trim() || '[account number]'}`;

const listOf = (names: readonly string[]) => listNames(names, 'and');

/** "the ER visit for chest pain on May 2, 2026 at Riverside General", with blanks for what the episode doesn't say. */
function visitOf({ episode }: EpisodeLetterFacts): string {
  const what = episode.title.trim() || '[what happened]';
  return `${what} on ${episode.date ? formatLongDate(episode.date) : '[date of the visit]'}${episode.place?.trim() ? ` at ${episode.place.trim()}` : ''}`;
}

const total = (facts: EpisodeLetterFacts) => facts.accounts.reduce((sum, account) => sum + account.leftToPay, 0);

/** The lines under "Re:": the visit, then each account with what it asks now. */
function reLines(facts: EpisodeLetterFacts): string[] {
  return [`Re: Bills from one visit: ${visitOf(facts)}`, ...facts.accounts.map((account) => `  ${providerOf(account)}, ${accountOf(account)}: ${formatCents(account.leftToPay)}`)];
}

const offices = (facts: EpisodeLetterFacts, office: string) => `${office} of ${listOf(facts.accounts.map(providerOf)) || '[providers]'}`;
const toEach = 'I am sending this same letter to each of these billing offices.';

function assistanceRequest(facts: EpisodeLetterFacts): Letter {
  const hospital = facts.accounts.find((account) => account.nonprofitHospital);
  return framedLetter(facts.today, {
    to: offices(facts, 'Financial assistance offices'),
    subject: 'Request for financial assistance: every bill from one visit',
    re: reLines(facts),
    paragraphs: [
      `I'm evaluating financial assistance options for all the bills from this visit. Together they come to ${formatCents(total(facts))}. Please send me your financial assistance policy, its plain-language summary and the application.`,
      hospital && `${providerOf(hospital)} is a nonprofit hospital. Its policy must list which providers working in the hospital it covers. If your group is on that list, please apply its decision to your bill too. If not, please tell me about your own policy.`,
      toEach,
      'Please hold each account, with no collection activity and no credit reporting, while my application is reviewed.',
    ],
  });
}

function hardship(facts: EpisodeLetterFacts): Letter {
  const sum = total(facts);
  const income = facts.household?.annualIncome;
  const share = income ? Math.round((sum / income) * 100) : undefined;
  return framedLetter(facts.today, {
    to: offices(facts, 'Billing offices'),
    subject: 'Financial hardship: several bills from one visit',
    re: reLines(facts),
    paragraphs: [
      `One visit has left me with ${facts.accounts.length === 1 ? 'this bill' : `${facts.accounts.length} bills`}, ${formatCents(sum)} in all.`,
      facts.household && income
        ? `My household of ${facts.household.size} lives on ${formatCents(income)} a year, so these bills come to ${share} % of a year's income.`
        : 'My household of [number of people] lives on [yearly income] a year.',
      'Please look at the visit as a whole, not one bill at a time. Given the circumstances, what resolution options exist to close these accounts? I am asking you to reduce or forgive your part of it.',
      toEach,
      'Please hold each account, with no collection activity and no credit reporting, while we work this out.',
    ],
  });
}

function settlement(facts: EpisodeLetterFacts): Letter {
  const offers = facts.accounts.map((account) => ({ account, offer: percentOf(account.leftToPay, OPENING_OFFER_PERCENT.suggested) }));
  return framedLetter(facts.today, {
    to: offices(facts, 'Billing offices'),
    subject: 'Offer to settle the accounts from one visit',
    re: reLines(facts),
    paragraphs: [
      `Given the circumstances, I'm offering to settle every account from this visit, each with a single lump-sum payment, ${formatCents(offers.reduce((sum, each) => sum + each.offer, 0))} in all:`,
      offers.map(({ account, offer }) => `  ${providerOf(account)}, ${accountOf(account)}: ${formatCents(offer)} in full settlement`).join('\n'),
      'Each offer depends on your written confirmation, before I pay, that this payment settles your account in full, that the balance will be zero, and that the account will not be sent to collections or reported to a credit bureau.',
      toEach,
      'Please reply in writing. I can pay within 10 days of receiving your confirmation.',
    ],
  });
}

const templates: Record<EpisodeLetterKind, (facts: EpisodeLetterFacts) => Letter> = {
  'episode-assistance-request': assistanceRequest,
  'episode-hardship': hardship,
  'episode-settlement': settlement,
};

export const renderEpisodeLetter = (kind: EpisodeLetterKind, facts: EpisodeLetterFacts): Letter => templates[kind](facts);
