/*
 * Plain words: each text people read — a recommendation's why and how, a
 * finding's explanation and question, a deadline's what-to-do and done, an EOB
 * adjustment's meaning and next step, and any title of eight words or more —
 * reads at US grade 8 or below on its own (Flesch-Kincaid,
 * test/readingLevel.ts); words to say or write to a billing office at grade 10
 * or below. The texts are the ones people see, every variant: recommendations
 * from every reachable state and 600 random histories of four kinds of case,
 * findings from bills that fire every audit rule, deadlines of cases that have
 * every kind, and every adjustment code Billpath explains. Then every text in
 * the message catalogs (src/i18n/en/) on its own. In Spanish the same texts,
 * worded by the Spanish catalogs, must read at Fernández Huerta's "normal" or
 * easier (test/readingLevel.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend, replay } from '../../machines';
import * as english from '../../src/i18n/en';
import { spanish } from '../../src/i18n/es';
import type { Words } from '../../src/i18n/words';
import { auditCase, findingRules } from '../../src/domain/audit';
import { crossBillFindings, type EpisodeBill } from '../../src/domain/episodes/crossBill';
import { wordCrossBill } from '../../src/domain/episodes/wordCrossBill';
import type { Case } from '../../src/domain/case';
import { deadlines, deadlineKinds } from '../../src/domain/deadlines';
import type { BillEvent } from '../../src/domain/events';
import { sampleCase } from '../../src/domain/sampleBill';
import { cleanBill, line, TODAY as AUDIT_DAY, withLines } from '../fixtures/audit';
import { caseFileOf, insuredCase, TODAY, uninsuredCase } from '../fixtures/cases';
import { exampleEvents } from '../fixtures/events';
import { reachableSnapshots } from '../fixtures/reachable';
import { gradeOf, MAX_GRADE, MAX_SCRIPT_GRADE, MIN_SPANISH_EASE, spanishEaseOf, tooHard, tooHardInSpanish } from '../readingLevel';

const at = TODAY;
const nonprofit = insuredCase({ provider: { name: 'St. Mary', kind: 'hospital', nonprofit: true }, firstStatementDate: '2026-01-05' });
const toValidation: BillEvent[] = [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [], at }, { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at }, { type: 'PROCEED', at }];
const toNegotiation: BillEvent[] = [...toValidation, { type: 'REVIEW_COMPLETED', at }, { type: 'PROCEED', at }];
const toCollections: BillEvent[] = [{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-02-20', at }];

/**
 * Texts to grade, each kept once with where it came from (a title counts only when it is a sentence: eight
 * words or more). A name the person typed (the hospital, the collector) is graded as the one word
 * "Name": the words around it are Billpath's, the name is not.
 */
class Texts extends Map<string, string> {
  names: string[] = [];
  add(where: string, ...texts: (string | undefined)[]) {
    for (const text of texts) if (text) this.set(this.names.reduce((graded, name) => graded.replaceAll(name, 'Name'), text), where);
    return this;
  }
  title(where: string, title: string) {
    return title.split(/\s+/).length >= 8 ? this.add(where, title) : this;
  }
}

describe('the measure itself', () => {
  it('grades an easy text low and a dense one high, and grades words to say on their own', () => {
    expect(gradeOf('Call the office. Ask for the bill. Write down the name.')).toBeLessThan(3);
    expect(gradeOf('Notwithstanding contractual obligations, institutional reimbursement methodologies necessitate comprehensive documentation.')).toBeGreaterThan(16);
    const dense = 'Say this: "Notwithstanding contractual obligations, institutional reimbursement methodologies necessitate documentation." Then wait.';
    expect(tooHard(new Texts().add('example', dense))).toEqual([{ where: 'example (words to say)', grade: expect.any(Number), text: 'Notwithstanding contractual obligations, institutional reimbursement methodologies necessitate documentation.' }]);
    expect(tooHard(new Texts().add('example', 'Say: "Please send me the itemized bill for my visit." Then wait.'))).toEqual([]);
    expect(MAX_SCRIPT_GRADE).toBeGreaterThan(MAX_GRADE);
  });
});

const languages: [string, Words][] = [['English', { ...english }], ['Spanish', spanish]];

/** Every recommendation's words, from every reachable state and 600 random histories. */
function recommendationTexts(words: Words): Texts {
  const texts = new Texts();
  const collect = (snapshot: ReturnType<typeof replay>, today: string) => {
    const recommendation = recommend(snapshot, today, words.steps);
    for (const step of [recommendation, ...(recommendation.alsoNow ?? [])]) texts.add(step.id, step.why, step.how).title(step.id, step.title);
  };
  for (const snapshot of reachableSnapshots()) for (const today of [TODAY, '2026-06-15', '2027-03-01']) collect(snapshot, today);
  const histories = fc.sample(
    fc.record({
      billCase: fc.constantFrom(insuredCase(), uninsuredCase(), nonprofit, sampleCase('sample', TODAY)),
      walk: fc.constantFrom([], toValidation, toNegotiation, toCollections),
      events: fc.array(fc.constantFrom(...exampleEvents), { maxLength: 40 }),
    }),
    { numRuns: 600, seed: 20261123 },
  );
  for (const { billCase, walk, events } of histories) {
    const snapshot = replay({ case: billCase, journal: [...walk, ...events].map((event) => ({ at: `${at}T10:00:00.000Z`, event })) });
    for (const today of [TODAY, '2026-06-15']) collect(snapshot, today);
  }
  return texts;
}

/** Every finding's words, from bills that fire every audit rule. */
function findingTexts(words: Words): Texts {
  const provider = { name: 'Valley Anesthesia', kind: 'physician' as const, inNetwork: false };
  const bills: Case[] = [
    sampleCase('sample', AUDIT_DAY),
    cleanBill({ eob: undefined, statementBalance: 29000 }),
    cleanBill({ statementBalance: 45000 }),
    cleanBill({ emergency: true, statementBalance: 9000 }),
    cleanBill({ provider, eob: undefined, statementBalance: 120000 }),
    { ...withLines(line('99284', 100000)), coverage: 'uninsured', eob: undefined, goodFaithEstimate: 89000, firstStatementDate: '2026-03-20' },
    withLines(line('36415', 9000, { units: 3 }), line('36415', 3000), line('36415', 3000)),
    withLines(line('82465', 3000), line('83718', 4000), line('84478', 2500), line('99285', 50000, { modifiers: ['25'] }), line('99215', 30000, { modifiers: ['59'] })),
  ];
  const texts = new Texts();
  texts.names = bills.map((bill) => bill.provider.name).filter(Boolean);
  for (const bill of bills) {
    for (const today of [AUDIT_DAY, '2026-08-01']) {
      for (const finding of auditCase(bill, today, {}, words.findings)) texts.add(finding.rule, finding.explanation, finding.ask).title(finding.rule, finding.title);
    }
  }
  return texts;
}

/** Every cross-bill finding's words, from visits that fire every rule and every kind of overlap. */
function crossBillTexts(words: Words): Texts {
  const day = '2026-02-10';
  const bill = (id: string, name: string, kind: Case['provider']['kind'], lines: [string, string?][], overrides: Partial<Case> = {}, assistance: EpisodeBill['assistance'] = 'none'): EpisodeBill => ({
    id, balance: 50_000, leftToPay: 50_000, assistance,
    case: insuredCase({ id, provider: { name, kind, inNetwork: true }, lines: lines.map(([code, modifier], at) => ({ id: `${id}-${at}`, date: day, code, units: 1, charge: 10_000, ...(modifier ? { modifiers: [modifier] } : {}) })), ...overrides }),
  });
  const names = ['Riverside General', 'Metro Radiology', 'ER Physicians', 'City Lab', 'Sleepwell Anesthesia'];
  const hospital = (emergency: boolean, assistance: EpisodeBill['assistance'] = 'none') => bill('h', names[0]!, 'hospital', [['71046'], ['85025'], ['93005']], { emergency, provider: { name: names[0]!, kind: 'hospital', nonprofit: true, inNetwork: true } }, assistance);
  const visits: EpisodeBill[][] = [
    [hospital(false, 'applied'), bill('r', names[1]!, 'imaging', [['71046'], ['74177', '26']]), bill('e', names[2]!, 'physician', [['74177', '26'], ['93000']]), bill('l', names[3]!, 'lab', [['85025']])],
    [hospital(false), bill('r', names[1]!, 'imaging', [['71046', 'TC']]), bill('a', names[4]!, 'physician', [], { provider: { name: names[4]!, kind: 'physician', inNetwork: false } })],
    [hospital(true), bill('a', names[4]!, 'physician', [], { provider: { name: names[4]!, kind: 'physician', inNetwork: false } })],
    [bill('x', names[3]!, 'lab', [], {}, 'approved'), bill('y', names[2]!, 'physician', [])],
  ];
  const texts = new Texts();
  texts.names = names;
  for (const visit of visits) {
    const nameOf = (id: string) => visit.find((each) => each.id === id)!.case.provider.name;
    for (const finding of crossBillFindings(visit)) {
      const text = wordCrossBill(finding, nameOf, words.episodes.findings);
      const kind = finding.rule === 'same-service-two-bills' ? `${finding.rule} (${finding.overlap})` : finding.rule;
      texts.add(kind, text.explanation, text.ask).title(kind, text.title);
    }
  }
  return texts;
}

/** Every deadline's words, from cases that have every kind. */
function deadlineTexts(words: Words): Texts {
  const uninsuredOverEstimate: Case = { ...uninsuredCase(), goodFaithEstimate: 10000, statementBalance: 90000, firstStatementDate: '2026-01-05' };
  const files = [
    caseFileOf(nonprofit, [...toCollections, { type: 'HOLD_CONFIRMED', until: '2026-04-01', at }, { type: 'CALL_LOGGED', with: 'Dana', followUp: '2026-03-09', at }]),
    caseFileOf(insuredCase(), [{ type: 'EOB_RECEIVED', eob: { status: 'denied', lines: [], patientResponsibility: 100_000 }, at }, { type: 'APPEAL_FILED', at }]),
    caseFileOf(uninsuredOverEstimate, [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [{ id: 'l1', date: '2026-01-02', code: '99284', units: 1, charge: 90000 }], at }]),
    caseFileOf(sampleCase('sample', TODAY), [{ type: 'LETTER_SENT', letter: 'billing-dispute', method: 'mail', followUp: '2026-03-16', at }]),
  ];
  const texts = new Texts();
  texts.names = files.map((file) => file.case.provider.name).filter(Boolean);
  for (const file of files) {
    for (const today of [TODAY, '2026-12-01']) for (const deadline of deadlines(file, today, words.deadlines)) texts.add(deadline.kind, deadline.todo, deadline.done).title(deadline.kind, deadline.title);
  }
  return texts;
}

/** Every EOB adjustment Billpath explains: each group and each reason code. */
function adjustmentTexts(words: Words): Texts {
  const texts = new Texts();
  for (const [group, meaning] of Object.entries(words.carc.groups)) texts.add(`group ${group}`, meaning.meaning, meaning.whatToDo);
  for (const [code, reason] of Object.entries(words.carc.reasons)) texts.add(`reason ${code}`, reason.meaning, reason.whatToDo);
  return texts;
}

/** Every text in a catalog, on its own, where it is a sentence (eight words or more): labels and names are not graded. */
function catalogTexts(words: Words): Texts {
  const texts = new Texts();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.split(/\s+/).length >= 8) texts.add(path, value);
    } else if (Array.isArray(value)) value.forEach((each, index) => visit(each, `${path}[${index}]`));
    else if (value && typeof value === 'object') for (const [key, each] of Object.entries(value)) visit(each, path ? `${path}.${key}` : key);
  };
  visit(words, '');
  return texts;
}

describe('every recommendation', () => {
  it(`reads at grade ${MAX_GRADE} or below`, () => {
    const texts = recommendationTexts(languages[0]![1]);
    expect(texts.size).toBeGreaterThan(80); // every variant, not one per step
    expect(tooHard(texts)).toEqual([]);
  });
});

describe('every finding', () => {
  it(`reads at grade ${MAX_GRADE} or below, for every audit rule`, () => {
    const texts = findingTexts(languages[0]![1]);
    const rules = new Set(texts.values());
    expect([...findingRules].filter((rule) => !rules.has(rule))).toEqual([]); // every rule's words are measured
    expect(tooHard(texts)).toEqual([]);
  });
});

describe('every cross-bill finding', () => {
  it(`reads at grade ${MAX_GRADE} or below, for every rule and kind of overlap`, () => {
    const texts = crossBillTexts(languages[0]![1]);
    expect(new Set(texts.values())).toEqual(new Set([
      'same-service-two-bills (whole-and-part)', 'same-service-two-bills (same-part)', 'same-service-two-bills (same-test)',
      'out-of-network-at-in-network-facility', 'assistance-for-whole-episode',
    ]));
    expect(tooHard(texts)).toEqual([]);
  });
});

describe('every deadline', () => {
  it(`reads at grade ${MAX_GRADE} or below, for every kind`, () => {
    const texts = deadlineTexts(languages[0]![1]);
    const kinds = new Set(texts.values());
    expect(deadlineKinds.filter((kind) => !kinds.has(kind))).toEqual([]); // every kind's words are measured
    expect(tooHard(texts)).toEqual([]);
  });
});

describe('every EOB adjustment Billpath explains', () => {
  it(`reads at grade ${MAX_GRADE} or below`, () => {
    expect(tooHard(adjustmentTexts(languages[0]![1]))).toEqual([]);
  });
});

describe('every text in the English catalogs', () => {
  it(`reads at grade ${MAX_GRADE} or below`, () => {
    const texts = catalogTexts(languages[0]![1]);
    expect(texts.size).toBeGreaterThan(150);
    expect(tooHard(texts)).toEqual([]);
  });
});

describe('in Spanish', () => {
  it('the measure grades an easy text high and a dense one low', () => {
    expect(spanishEaseOf('Llame a la oficina. Pida la factura. Anote el nombre.')).toBeGreaterThan(80);
    expect(spanishEaseOf('La documentación administrativa correspondiente necesariamente imposibilita interpretaciones contradictorias institucionales.')).toBeLessThan(MIN_SPANISH_EASE);
  });

  it.each([
    ['recommendation', recommendationTexts],
    ['finding', findingTexts],
    ['cross-bill finding', crossBillTexts],
    ['deadline', deadlineTexts],
    ['adjustment explained', adjustmentTexts],
    ['text in the catalogs', catalogTexts],
  ])(`every %s reads at an ease of ${MIN_SPANISH_EASE} or more`, (_kind, textsOf) => {
    const texts = textsOf(spanish);
    expect(texts.size).toBeGreaterThan(10);
    expect(tooHardInSpanish(texts)).toEqual([]);
  });
});
