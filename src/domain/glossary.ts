/*
 * Finding the billing words Billpath explains in a text, in any language. The
 * words themselves (each term, the forms it takes in a text, its plain
 * definition, with their sources) are in the catalogs:
 * src/i18n/<language>/glossary.ts. Every function takes a language's words and
 * defaults to English.
 */
import { glossary as english } from '../i18n/en/glossary';
import type { Words } from '../i18n/words';

/** A term in a catalog: its name, every form it takes in a text (the first is matched first when two overlap), and what it means. */
export type GlossaryTerm = { term: string; forms: readonly string[]; definition: string };

/** The part of a language's glossary words that lists the terms. */
export type GlossaryWords = Pick<Words['glossary'], 'terms'>;
export type TermId = keyof GlossaryWords['terms'];
export type GlossaryEntry = GlossaryTerm & { id: TermId };

export type TextPart = string | { text: string; entry: GlossaryEntry };

type Matcher = { entries: readonly GlossaryEntry[]; forms: { form: string; entry: GlossaryEntry }[]; anyForm: RegExp };

const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An acronym (EOB, CPT) matches in capitals only, so "eca" inside a word or sentence never does. */
const isAcronym = (form: string) => form === form.toUpperCase();

const matchers = new WeakMap<GlossaryWords['terms'], Matcher>();

/** A language's entries and the pattern that finds them, built once per catalog. */
function matcherOf(words: GlossaryWords): Matcher {
  const known = matchers.get(words.terms);
  if (known) return known;
  const entries = (Object.keys(words.terms) as TermId[]).map((id): GlossaryEntry => ({ id, ...words.terms[id] }));
  const forms = entries.flatMap((entry) => entry.forms.map((form) => ({ form, entry }))).sort((a, b) => b.form.length - a.form.length);
  /** Any form, whole words only (accented letters count as letters); the longest first, so "financial assistance policy" wins over "financial assistance". */
  const anyForm = new RegExp(`(?<![\\p{L}\\p{N}_-])(${forms.map(({ form }) => escape(form)).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
  const matcher = { entries, forms, anyForm };
  matchers.set(words.terms, matcher);
  return matcher;
}

/** Every term a language explains, in the catalog's order. */
export function glossaryOf(words: GlossaryWords = english): readonly GlossaryEntry[] {
  return matcherOf(words).entries;
}

/** The English glossary. */
export const glossary = glossaryOf();

/** Where the names in `text` are (a collector called "Credit Bureau of Napa County" is a name, not a term). */
function nameSpans(text: string, names: readonly string[]): [number, number][] {
  return names.filter(Boolean).flatMap((name) => [...text.matchAll(new RegExp(escape(name), 'g'))].map((match): [number, number] => [match.index, match.index + name.length]));
}

/**
 * `text` in parts, each billing word the glossary explains marked with its entry: the first time each
 * entry appears, so a paragraph is not a row of buttons, and never inside one of `names` (the provider,
 * the collector: what a person typed). `words` is the language the text is in.
 */
export function splitByTerms(text: string, names: readonly string[] = [], words: GlossaryWords = english): TextPart[] {
  const { forms, anyForm } = matcherOf(words);
  const parts: TextPart[] = [];
  const seen = new Set<string>();
  const inNames = nameSpans(text, names);
  let from = 0;
  for (const match of text.matchAll(anyForm)) {
    const found = match[0];
    if (inNames.some(([start, end]) => match.index < end && match.index + found.length > start)) continue;
    const hit = forms.find(({ form }) => form.toLowerCase() === found.toLowerCase() && (!isAcronym(form) || form === found));
    if (!hit || seen.has(hit.entry.id)) continue;
    seen.add(hit.entry.id);
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ text: found, entry: hit.entry });
    from = match.index + found.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
