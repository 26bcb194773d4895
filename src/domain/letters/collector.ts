/*
 * Who a collections letter goes to: the collection agency named in the notice,
 * with the original creditor (the provider) on the account line. Letters that
 * can go to either party (the written agreement, the zero balance) ask
 * `partyOf` and, for a collector, add the credit-report deletion the playbook
 * wants in writing before paying (DOMAIN.md, collections).
 */
import type { LetterFacts } from './facts';
import { providerOf } from './frame';

export const collectorOf = (facts: LetterFacts): string => facts.context.collector?.agency.trim() || '[Collection agency]';
export const originalCreditor = (facts: LetterFacts): string[] => [`Original creditor: ${facts.context.collector?.originalCreditor?.trim() || providerOf(facts)}`];
/** What the collector says is owed: the amount on its notice, else the balance. */
export const collectorAmount = (facts: LetterFacts): number => facts.context.collector?.amount ?? facts.balance;

/** The party that holds the account now: the collector once there is one, else the provider's billing office. */
export function partyOf(facts: LetterFacts): { to: string; about: string[]; noReporting: string } {
  return facts.context.collector
    ? {
      to: collectorOf(facts),
      about: originalCreditor(facts),
      noReporting: 'that you will delete every entry about this account from Equifax, Experian and TransUnion',
    }
    : {
      to: `Billing office, ${providerOf(facts)}`,
      about: [],
      noReporting: 'that the account will not be sent to collections or reported to a credit bureau',
    };
}
