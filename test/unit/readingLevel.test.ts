/*
 * Plain words: every recommendation (its title, why and how together), every
 * finding (title, explanation and the question to ask) and every deadline
 * (title and what to do) reads at US grade 8 or below (Flesch-Kincaid,
 * test/readingLevel.ts). The texts are the ones people see: recommendations
 * from every reachable state and from 600 random histories of three kinds of
 * case, findings from bills that fire every audit rule, deadlines of cases
 * that have every kind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextAction, replay } from '../../machines';
import { auditCase, findingRules } from '../../src/domain/audit';
import type { Case } from '../../src/domain/case';
import { deadlines, deadlineKinds } from '../../src/domain/deadlines';
import type { BillEvent } from '../../src/domain/events';
import { sampleCase } from '../../src/domain/sampleBill';
import { cleanBill, line, TODAY as AUDIT_DAY, withLines } from '../fixtures/audit';
import { caseFileOf, insuredCase, TODAY, uninsuredCase } from '../fixtures/cases';
import { exampleEvents } from '../fixtures/events';
import { reachableSnapshots } from '../fixtures/reachable';
import { gradeOf, MAX_GRADE } from '../readingLevel';

const at = TODAY;
const nonprofit = insuredCase({ provider: { name: 'St. Mary', kind: 'hospital', nonprofit: true }, firstStatementDate: '2026-01-05' });
const toValidation: BillEvent[] = [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [], at }, { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at }, { type: 'PROCEED', at }];
const toNegotiation: BillEvent[] = [...toValidation, { type: 'REVIEW_COMPLETED', at }, { type: 'PROCEED', at }];
const toCollections: BillEvent[] = [{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-02-20', at }];

/** Texts over the grade, each with its grade and where it came from. */
const tooHard = (texts: Map<string, string>) =>
  [...texts].map(([where, text]) => ({ where, grade: Math.round(gradeOf(text) * 10) / 10, text })).filter(({ grade }) => grade > MAX_GRADE);

describe('the measure itself', () => {
  it('grades an easy text low and a dense one high, and leaves out what is to be said word for word', () => {
    expect(gradeOf('Call the office. Ask for the bill. Write down the name.')).toBeLessThan(3);
    expect(gradeOf('Notwithstanding contractual obligations, institutional reimbursement methodologies necessitate comprehensive documentation.')).toBeGreaterThan(16);
    expect(gradeOf('Say this: "Notwithstanding contractual obligations, institutional reimbursement methodologies necessitate documentation." Then wait.'))
      .toBeLessThan(MAX_GRADE);
  });
});

describe('every recommendation', () => {
  it(`reads at grade ${MAX_GRADE} or below`, () => {
    const texts = new Map<string, string>();
    const collect = (snapshot: ReturnType<typeof replay>, today: string) => {
      const recommendation = nextAction(snapshot, today);
      for (const step of [recommendation, ...(recommendation.alsoNow ?? [])]) texts.set(`${step.id}: ${step.title}`, `${step.title}. ${step.why} ${step.how}`);
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
    expect(texts.size).toBeGreaterThan(30);
    expect(tooHard(texts)).toEqual([]);
  });
});

describe('every finding', () => {
  it(`reads at grade ${MAX_GRADE} or below, for every audit rule`, () => {
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
    const texts = new Map<string, string>();
    for (const bill of bills) {
      for (const today of [AUDIT_DAY, '2026-08-01']) {
        for (const finding of auditCase(bill, today)) texts.set(`${finding.rule}: ${finding.title}`, `${finding.title}. ${finding.explanation} ${finding.ask}`);
      }
    }
    const rules = new Set([...texts.keys()].map((where) => where.split(':')[0]));
    expect([...findingRules].filter((rule) => !rules.has(rule))).toEqual([]); // every rule's words are measured
    expect(tooHard(texts)).toEqual([]);
  });
});

describe('every deadline', () => {
  it(`reads at grade ${MAX_GRADE} or below, for every kind`, () => {
    const uninsuredOverEstimate: Case = { ...uninsuredCase(), goodFaithEstimate: 10000, statementBalance: 90000, firstStatementDate: '2026-01-05' };
    const files = [
      caseFileOf(nonprofit, [...toCollections, { type: 'HOLD_CONFIRMED', until: '2026-04-01', at }, { type: 'CALL_LOGGED', with: 'Dana', followUp: '2026-03-09', at }]),
      caseFileOf(insuredCase(), [{ type: 'EOB_RECEIVED', eob: { status: 'denied', lines: [], patientResponsibility: 100_000 }, at }, { type: 'APPEAL_FILED', at }]),
      caseFileOf(uninsuredOverEstimate, [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [{ id: 'l1', date: '2026-01-02', code: '99284', units: 1, charge: 90000 }], at }]),
      caseFileOf(sampleCase('sample', TODAY), [{ type: 'LETTER_SENT', letter: 'billing-dispute', method: 'mail', followUp: '2026-03-16', at }]),
    ];
    const texts = new Map<string, string>();
    for (const file of files) {
      for (const today of [TODAY, '2026-12-01']) for (const deadline of deadlines(file, today)) texts.set(`${deadline.kind}: ${deadline.title}`, `${deadline.title}. ${deadline.todo}`);
    }
    const kinds = new Set([...texts.keys()].map((where) => where.split(':')[0]));
    expect(deadlineKinds.filter((kind) => !kinds.has(kind))).toEqual([]); // every kind's words are measured
    expect(tooHard(texts)).toEqual([]);
  });
});
