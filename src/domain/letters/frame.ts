/*
 * The frame every letter shares: the date, who it goes to, the account line,
 * and the signature the person fills in. Plain text only: whatever a person
 * typed (a provider's name, a note) stays text, never markup (CONTRACT.md).
 * Blanks the case can't fill are in [square brackets] for the person to edit.
 */
import { formatLongDate } from '../dates';
import type { LetterFacts } from './facts';

export type Letter = { subject: string; body: string };

/** The provider's name as written, or a blank to fill. */
export const providerOf = (facts: LetterFacts): string => facts.case.provider.name.trim() || '[Provider name]';

/** Whether a deadline (ISO date) is still ahead on the letter's date: a letter never claims a passed one is met. */
export const notPassed = (facts: LetterFacts, iso: string): boolean => iso >= facts.today;

/** "Account RGH-20419-77", or a blank to fill. */
export const accountOf = (facts: LetterFacts): string => `Account ${facts.case.accountNumber?.trim() || '[account number]'}`;

type Frame = {
  to: string;
  subject: string;
  /** The paragraphs of the letter, in order; empty ones are left out. */
  paragraphs: (string | false | undefined)[];
  /** Lines under the "Re:" account line (a claim number, an original creditor). */
  about?: string[];
};

export function letter(facts: LetterFacts, { to, subject, paragraphs, about = [] }: Frame): Letter {
  return framedLetter(facts.today, { to, subject: `${subject} (${accountOf(facts)})`, re: [`Re: ${accountOf(facts)}`, ...about], paragraphs });
}

/** The frame itself: `re` holds the lines naming what the letter is about (an account; several). */
export function framedLetter(today: string, { to, subject, re, paragraphs }: Omit<Frame, 'about'> & { re: string[] }): Letter {
  const body = [
    formatLongDate(today),
    '',
    '[Your name]',
    '[Your address]',
    '',
    `To: ${to}`,
    ...re,
    '',
    'To whom it may concern:',
    '',
    ...paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)).flatMap((paragraph) => [paragraph, '']),
    'Please keep this letter with the account. I am keeping a copy.',
    '',
    'Sincerely,',
    '[Your name]',
    '[Your phone number]',
  ].join('\n');
  return { subject, body };
}
