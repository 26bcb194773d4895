import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/caseFile';
import { sampleCase } from '../../src/domain/sampleBill';
import { caseFileOf, TODAY } from '../fixtures/cases';
import { exampleEvents } from '../fixtures/events';

describe('parseCaseFile', () => {
  it('accepts a case file with the sample bill and every kind of event', () => {
    const file = caseFileOf(sampleCase('s-1', TODAY), exampleEvents);
    const parsed = parseCaseFile(JSON.parse(JSON.stringify(file)));
    expect(parsed).toEqual({ ok: true, value: file });
  });

  it('accepts journal times written as date-times', () => {
    const file = { ...caseFileOf(sampleCase('s-1', TODAY), []), journal: [{ at: '2026-03-02T14:05:00.000Z', event: { type: 'HOLD_REQUESTED' } }] };
    expect(parseCaseFile(file).ok).toBe(true);
  });

  it.each([
    ['not an object', 'hello', /the file/],
    ['another format', { ...caseFileOf(sampleCase('s', TODAY), []), format: 'other' }, /format/],
    ['an amount in dollars', { ...caseFileOf(sampleCase('s', TODAY), []), case: { ...sampleCase('s', TODAY), statementBalance: 11.5 } }, /case\.statementBalance/],
    ['an impossible date', { ...caseFileOf(sampleCase('s', TODAY), []), case: { ...sampleCase('s', TODAY), firstStatementDate: '2026-02-30' } }, /case\.firstStatementDate/],
    ['an unknown event', { ...caseFileOf(sampleCase('s', TODAY), []), journal: [{ at: TODAY, event: { type: 'PAY_EVERYTHING' } }] }, /journal\.0\.event/],
    ['a negative offer', { ...caseFileOf(sampleCase('s', TODAY), []), journal: [{ at: TODAY, event: { type: 'OFFER_MADE', amount: -5, kind: 'lump-sum' } }] }, /journal\.0\.event\.amount/],
  ])('rejects %s and says where the problem is', (_what, input, where) => {
    const parsed = parseCaseFile(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(where);
  });
});
