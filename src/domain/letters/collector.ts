/*
 * Who a collections letter goes to: the collection agency named in the notice,
 * with the original creditor (the provider) on the account line.
 */
import type { LetterFacts } from './facts';
import { providerOf } from './frame';

export const collectorOf = (facts: LetterFacts): string => facts.context.collector?.agency.trim() || '[Collection agency]';
export const originalCreditor = (facts: LetterFacts): string[] => [`Original creditor: ${facts.context.collector?.originalCreditor?.trim() || providerOf(facts)}`];
/** What the collector says is owed: the amount on its notice, else the balance. */
export const collectorAmount = (facts: LetterFacts): number => facts.context.collector?.amount ?? facts.balance;
