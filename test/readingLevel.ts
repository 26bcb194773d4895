/*
 * The US school grade a text reads at (Flesch-Kincaid): 0.39 × words per
 * sentence + 11.8 × syllables per word − 15.59, syllables counted by the
 * `syllable` package. Words a person is told to say or write word for word (a
 * quotation of six words or more) are left out: they are the billing office's
 * own terms, and the glossary explains them.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const QUOTATION = /[“"][^”"]*[”"]/g;
/** Quotations read out or copied as they are: six words or more between quotation marks. */
const isScript = (quotation: string) => quotation.trim().split(/\s+/).length >= 6;

export function gradeOf(text: string): number {
  const prose = text.replace(QUOTATION, (quotation) => (isScript(quotation) ? ' ' : quotation)).replace(/\s+/g, ' ').trim();
  const words = prose.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0) return 0;
  const sentences = prose.split(/(?<=[.!?])\s+/).filter((sentence) => /[A-Za-z]/.test(sentence)).length;
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  return fleschKincaid({ sentence: Math.max(1, sentences), word: words.length, syllable: syllables });
}

/** The highest grade Billpath's words may read at (DESIGN.md: plain words, 8th grade). */
export const MAX_GRADE = 8;
