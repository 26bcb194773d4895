/*
 * The US school grade a text reads at (Flesch-Kincaid): 0.39 × words per
 * sentence + 11.8 × syllables per word − 15.59, syllables counted by the
 * `syllable` package. Prose is graded without the words a person is told to
 * say or write (a quotation of six words or more); those scripts are graded
 * on their own, against a higher cap, since they keep the billing office's
 * own terms (DOMAIN.md: "the patient's request in operational language").
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The highest grade Billpath's own words may read at (DESIGN.md: plain words, 8th grade). */
export const MAX_GRADE = 8;
/** The highest grade for words to say or write to a billing office, which keep its terms. */
export const MAX_SCRIPT_GRADE = 10;

const QUOTATION = /[“"][^”"]*[”"]/g;
const isScript = (quotation: string) => quotation.trim().split(/\s+/).length >= 6;

/** The quotations of six words or more in `text`, without their quotation marks. */
export const scriptsIn = (text: string): string[] => (text.match(QUOTATION) ?? []).filter(isScript).map((quotation) => quotation.slice(1, -1));

export function gradeOf(text: string): number {
  const prose = text.replace(QUOTATION, (quotation) => (isScript(quotation) ? ' ' : quotation)).replace(/\s+/g, ' ').trim();
  const words = prose.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0) return 0;
  const sentences = prose.split(/(?<=[.!?])\s+/).filter((sentence) => /[A-Za-z]/.test(sentence)).length;
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  return fleschKincaid({ sentence: Math.max(1, sentences), word: words.length, syllable: syllables });
}

/** Texts above their cap: each prose text over MAX_GRADE, each script in it over MAX_SCRIPT_GRADE. */
export function tooHard(texts: ReadonlyMap<string, string>): { where: string; grade: number; text: string }[] {
  const round = (grade: number) => Math.round(grade * 10) / 10;
  return [...texts].flatMap(([text, where]) => [
    ...(gradeOf(text) > MAX_GRADE ? [{ where, grade: round(gradeOf(text)), text }] : []),
    ...scriptsIn(text).filter((script) => gradeOf(script) > MAX_SCRIPT_GRADE).map((script) => ({ where: `${where} (words to say)`, grade: round(gradeOf(script)), text: script })),
  ]);
}
