/*
 * The glossary: billing words found where they appear (whole words, acronyms in
 * capitals only, the longest form first, each entry once per text), and every
 * definition in plain words.
 */
import { describe, expect, it } from 'vitest';
import { glossary, splitByTerms, type TextPart } from '../../src/domain/glossary';
import { gradeOf, MAX_GRADE } from '../readingLevel';

const marked = (parts: TextPart[]) => parts.flatMap((part) => (typeof part === 'string' ? [] : [`${part.text}=${part.entry.id}`]));

describe('finding billing words in a text', () => {
  it('marks each term the first time, and keeps the text whole', () => {
    const text = 'The Explanation of Benefits (EOB) shows the allowed amount. Compare the EOB with the itemized bill.';
    const parts = splitByTerms(text);
    expect(parts.map((part) => (typeof part === 'string' ? part : part.text)).join('')).toBe(text);
    expect(marked(parts)).toEqual(['Explanation of Benefits=eob', 'allowed amount=allowed-amount', 'itemized bill=itemized-bill']);
  });

  it('takes the longest form, whole words only, and acronyms only in capitals', () => {
    expect(marked(splitByTerms('Send me your financial assistance policy.'))).toEqual(['financial assistance policy=financial-assistance']);
    expect(marked(splitByTerms('We accept it because the eca and cpt codes are in lower case.'))).toEqual([]);
    expect(marked(splitByTerms('An out-of-network doctor at an in-network hospital.'))).toEqual(['out-of-network=in-network']);
    expect(marked(splitByTerms('Codes: CPT, HCPCS and revenue codes; modifiers -25.'))).toEqual(['CPT=cpt', 'HCPCS=hcpcs', 'revenue codes=revenue-code', 'modifiers=modifier']);
  });

  it('never takes a name the person typed for a billing word', () => {
    const text = 'Send a letter to Credit Bureau of Napa County. Paid debt should not reach a credit bureau.';
    expect(marked(splitByTerms(text, ['Credit Bureau of Napa County']))).toEqual(['credit bureau=credit-bureau']);
    expect(marked(splitByTerms(text))).toEqual(['Credit Bureau=credit-bureau']);
  });

  it('gives a text with no billing words back as it is', () => {
    expect(splitByTerms('Call the office and write down the name.')).toEqual(['Call the office and write down the name.']);
    expect(splitByTerms('')).toEqual([]);
  });
});

describe('the glossary itself', () => {
  it(`explains every term in plain words (grade ${MAX_GRADE} or below), each with a unique id and its own name among its forms`, () => {
    expect(new Set(glossary.map((entry) => entry.id)).size).toBe(glossary.length);
    for (const entry of glossary) {
      expect(gradeOf(entry.definition), entry.id).toBeLessThanOrEqual(MAX_GRADE);
      expect(entry.forms.length, entry.id).toBeGreaterThan(0);
      expect(marked(splitByTerms(entry.forms[0]!)), entry.id).toEqual([`${entry.forms[0]}=${entry.id}`]);
    }
  });
});
