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

/*
 * Spanish has its own measure: Fernández Huerta's ease (1959), Flesch's
 * formula refitted for Spanish, in the corrected form that uses words per
 * sentence (Law, 2011): 206.84 − 0.60 × syllables per 100 words − 1.02 ×
 * words per sentence. 60 to 70 reads as "normal" (grades 8 and 9), 70 and up
 * as "fairly easy" or easier. Spanish syllables are counted from the vowels:
 * each group of vowels is one syllable, split where two strong vowels (a, e,
 * o) meet or an accented í or ú stands beside another vowel; the u of que,
 * qui, gue and gui is silent.
 */

/** The lowest ease Billpath's own Spanish may read at: Fernández Huerta's "normal", the grade-8 band. */
export const MIN_SPANISH_EASE = 60;
/** The lowest for words to say or write to a billing office (as MAX_SCRIPT_GRADE): "a little hard", grade 10. */
export const MIN_SPANISH_SCRIPT_EASE = 50;
/** A formula for sentences: texts of fewer words (a label, a heading with codes) are not measured. */
export const MIN_SPANISH_WORDS = 8;

const spanishWords = (text: string) => text.match(/[A-Za-záéíóúüñÁÉÍÓÚÜÑ]+/g) ?? [];

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';

export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/(?<=[qg])u(?=[eéií])/g, '').replace(/y$/, 'i');
  let count = 0;
  for (const group of letters.match(/[aeiouáéíóúü]+/g) ?? []) {
    count += 1;
    for (let i = 1; i < group.length; i += 1) {
      const [before, after] = [group[i - 1]!, group[i]!];
      if ((STRONG.includes(before) && STRONG.includes(after)) || ACCENTED_WEAK.includes(before) || ACCENTED_WEAK.includes(after)) count += 1;
    }
  }
  return Math.max(1, count);
}

/** The ease of `text`'s prose (without its words to say); 100 when too short to measure. */
export function spanishEaseOf(text: string): number {
  const prose = text.replace(QUOTATION, (quotation) => (isScript(quotation) ? ' ' : quotation)).replace(/\s+/g, ' ').trim();
  const words = spanishWords(prose);
  if (words.length < MIN_SPANISH_WORDS) return 100;
  const sentences = Math.max(1, prose.split(/(?<=[.!?:;])\s+/).filter((sentence) => /[A-Za-záéíóú]/.test(sentence)).length);
  const syllables = words.reduce((total, word) => total + spanishSyllables(word), 0);
  return 206.84 - 0.6 * ((100 * syllables) / words.length) - 1.02 * (words.length / sentences);
}

/** Spanish texts below their bar: prose under MIN_SPANISH_EASE, each script in it under MIN_SPANISH_SCRIPT_EASE. */
export function tooHardInSpanish(texts: ReadonlyMap<string, string>): { where: string; ease: number; text: string }[] {
  const round = (ease: number) => Math.round(ease);
  return [...texts].flatMap(([text, where]) => [
    ...(spanishEaseOf(text) < MIN_SPANISH_EASE ? [{ where, ease: round(spanishEaseOf(text)), text }] : []),
    ...scriptsIn(text).filter((script) => spanishEaseOf(script) < MIN_SPANISH_SCRIPT_EASE).map((script) => ({ where: `${where} (words to say)`, ease: round(spanishEaseOf(script)), text: script })),
  ]);
}
