/*
 * The catalogs are complete in both languages: Spanish has every key English
 * has and no other, each message of the same kind (a text, or a function of
 * the same facts), every text filled in and really translated. TypeScript
 * checks the shape when the Spanish files are compiled; this checks what a
 * type can't see (an empty or untranslated text) and runs on the values, so a
 * cast could not hide a hole.
 */
import { describe, expect, it } from 'vitest';
import * as english from '../../src/i18n/en';
import { spanish } from '../../src/i18n/es';

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, each]) => leaves(each, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

/** A text, a list of texts (the forms a word takes: each language has its own number), or a function of so many facts. */
const kindOf = (value: unknown) => (typeof value === 'function' ? `function of ${value.length}` : Array.isArray(value) ? 'list' : typeof value);

const textsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** A text that reads the same in both languages: a code, an acronym, a number or a name, with no word of four lowercase letters. */
const sameInBoth = (text: string) => !/[a-záéíóúñ]{4,}/.test(text.replace(/\b[A-Z][a-z]+\b/g, ''));

/** English words that have no business in a Spanish sentence. */
const ENGLISH_WORDS = /\b(the|you|your|and|with|this|that|what|when|have|will|from|are|was)\b/gi;

describe('the catalogs', () => {
  const en = leaves({ ...english });
  const es = new Map(leaves(spanish).map((leaf) => [leaf.path, leaf.value]));

  it('are not empty', () => {
    expect(en.length).toBeGreaterThan(300);
  });

  it('have the same keys in Spanish as in English, each of the same kind', () => {
    const missing = en.filter((leaf) => !es.has(leaf.path)).map((leaf) => leaf.path);
    const extra = [...es.keys()].filter((path) => !en.some((leaf) => leaf.path === path));
    const differentKind = en.filter((leaf) => es.has(leaf.path) && kindOf(es.get(leaf.path)) !== kindOf(leaf.value)).map((leaf) => leaf.path);
    expect({ missing, extra, differentKind }).toEqual({ missing: [], extra: [], differentKind: [] });
  });

  it('fill in every text', () => {
    const empty = [...leaves({ ...english }), ...leaves(spanish)].filter((leaf) => textsOf(leaf.value).some((text) => typeof text === 'string' && text.trim() === ''));
    expect(empty.map((leaf) => leaf.path)).toEqual([]);
  });

  it('translate every text into Spanish (codes, acronyms and names aside)', () => {
    const untranslated = en.filter((leaf) => typeof leaf.value === 'string' && es.get(leaf.path) === leaf.value && !sameInBoth(leaf.value));
    expect(untranslated.map((leaf) => `${leaf.path}: ${String(leaf.value)}`)).toEqual([]);
  });

  it('keep English out of Spanish sentences (except words given on purpose in English, to say or to read)', () => {
    const mixed = [...es].filter(([path, value]) => typeof value === 'string' && !/english/i.test(path) && (value.match(ENGLISH_WORDS) ?? []).length >= 2);
    expect(mixed.map(([path, value]) => `${path}: ${String(value)}`)).toEqual([]);
  });
});
