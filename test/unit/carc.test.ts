/*
 * The EOB adjustment explainer: the tables stay short and plain, the group code
 * decides who may owe the amount, and no reason code typed or imported can make
 * it throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustmentGroups } from '../../src/domain/case';
import { ADJUSTMENT_GROUPS, REASON_CODES, explainAdjustment, findReasonCode, normaliseReasonCode } from '../../src/domain/carc';

const JARGON = /adjudicat|remittance|capitation|sequestration|contractual|payer|rendering|pursuant|\bNCCI\b|\bCARC\b|\bRARC\b|\b835\b/i;
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

const allTexts = [
  ...REASON_CODES.flatMap((row) => [row.meaning, row.whatToDo ?? '']),
  ...Object.values(ADJUSTMENT_GROUPS).flatMap((group) => [group.meaning, group.whatToDo]),
].filter(Boolean);

describe('the reason code table', () => {
  it('has at least 30 unique codes, each with a label and a meaning', () => {
    const codes = REASON_CODES.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(30);
    for (const row of REASON_CODES) {
      expect(row.label.trim()).not.toBe('');
      expect(row.meaning.trim()).not.toBe('');
    }
  });

  it('covers the codes patients meet most often', () => {
    const wanted = ['1', '2', '3', '4', '5', '6', '11', '16', '18', '22', '23', '24', '26', '27', '29', '31', '45', '50', '55', '56', '58', '59', '96', '97', '109', '119', '146', '151', '167', '170', '197', '204', '242', '253'];
    for (const code of wanted) expect(findReasonCode(code), code).toBeDefined();
  });

  it('keeps labels to six words and meanings to one or two sentences', () => {
    for (const row of REASON_CODES) {
      expect(words(row.label).length, row.code).toBeLessThanOrEqual(6);
      expect(sentences(row.meaning).length, row.code).toBeLessThanOrEqual(2);
    }
  });

  it('keeps every text short, with short sentences and no jargon', () => {
    for (const text of allTexts) {
      expect(text.length, text).toBeLessThanOrEqual(220);
      expect(text, text).not.toMatch(JARGON);
      for (const sentence of sentences(text)) expect(words(sentence).length, sentence).toBeLessThanOrEqual(22);
    }
  });

  it('gives a next step for the denials a patient can act on', () => {
    for (const code of ['16', '22', '29', '50', '197']) expect(findReasonCode(code)?.whatToDo, code).toBeTruthy();
    expect(findReasonCode('16')?.whatToDo).toMatch(/shouldn't pay/);
    expect(findReasonCode('50')?.whatToDo).toMatch(/appeal/i);
    expect(findReasonCode('22')?.whatToDo).toMatch(/coordination of benefits/);
  });
});

describe('explaining an adjustment', () => {
  it('says a CO-45 write-off is not owed', () => {
    const explained = explainAdjustment({ group: 'CO', reason: '45', amount: 290000 });
    expect(explained.patientMayOwe).toBe(false);
    expect(explained.group).toMatch(/don't owe it/);
    expect(explained.reason).toMatch(/discount/);
  });

  it('says PR-1 is the deductible and may be owed', () => {
    const explained = explainAdjustment({ group: 'PR', reason: '1', amount: 50000 });
    expect(explained.patientMayOwe).toBe(true);
    expect(explained.reason).toMatch(/deductible/);
    expect(explained.whatToDo).toMatch(/deductible/);
  });

  it('names coinsurance and copay for PR-2 and PR-3', () => {
    expect(explainAdjustment({ group: 'PR', reason: '2' }).reason).toMatch(/coinsurance/);
    expect(explainAdjustment({ group: 'PR', reason: '3' }).reason).toMatch(/copay/);
  });

  it('lets the CO group win over a reason that is usually a cost for the patient', () => {
    for (const reason of ['1', '2', '96', '204', '242']) {
      const explained = explainAdjustment({ group: 'CO', reason });
      expect(explained.patientMayOwe, reason).toBe(false);
      expect(explained.whatToDo, reason).toMatch(/provider must absorb it/);
    }
  });

  it('says PR-96 and PR-204 are not covered, may be owed, and can be appealed', () => {
    for (const reason of ['96', '204']) {
      const explained = explainAdjustment({ group: 'PR', reason });
      expect(explained.patientMayOwe).toBe(true);
      expect(explained.reason).toMatch(/doesn't (pay for|include)/);
      expect(explained.whatToDo).toMatch(/appeal/);
    }
  });

  it('only PR may be owed', () => {
    for (const group of adjustmentGroups) {
      expect(explainAdjustment({ group, reason: '16' }).patientMayOwe).toBe(group === 'PR');
    }
  });

  it('falls back to the group step when the reason has none of its own', () => {
    expect(explainAdjustment({ group: 'OA', reason: '999' }).whatToDo).toBe(ADJUSTMENT_GROUPS.OA.whatToDo);
  });

  it('explains an unknown reason code instead of failing', () => {
    const explained = explainAdjustment({ group: 'OA', reason: '999' });
    expect(explained.reason).toBe("Reason code 999 isn't in our list. Ask your plan what it means.");
    expect(explainAdjustment({ group: 'PR', reason: '  ' }).reason).toMatch(/No reason code/);
    expect(explainAdjustment({ group: 'PR', reason: 'not a code at all!' }).reason).toMatch(/^This reason code isn't in our list/);
  });

  it('reads an unknown group as "ask what it is"', () => {
    const explained = explainAdjustment({ group: 'XX' as 'OA', reason: '45' });
    expect(explained.group).toBe(ADJUSTMENT_GROUPS.OA.meaning);
    expect(explained.patientMayOwe).toBe(false);
  });
});

describe('reading a reason code as written on an EOB', () => {
  it.each([
    ['045', '45'],
    [' 45 ', '45'],
    ['CO-45', '45'],
    ['co 45', '45'],
    ['CO45', '45'],
    ['PR: 1', '1'],
    ['0', '0'],
    ['a1', 'A1'],
    ['', ''],
  ])('reads %j as %j', (text, code) => {
    expect(normaliseReasonCode(text)).toBe(code);
  });

  it('finds every table code however it is written', () => {
    for (const { code } of REASON_CODES) {
      for (const written of [code, ` ${code} `, `CO-${code}`, `pr ${code.toLowerCase()}`, /^\d/.test(code) ? `00${code}` : code]) {
        expect(findReasonCode(written)?.code, written).toBe(code);
      }
    }
  });

  it('never throws and always gives a short answer, whatever the reason text', () => {
    fc.assert(fc.property(fc.constantFrom(...adjustmentGroups), fc.string(), fc.option(fc.integer()), (group, reason, amount) => {
      const explained = explainAdjustment({ group, reason, amount: amount ?? undefined });
      expect(explained.group).not.toBe('');
      expect(explained.reason).not.toBe('');
      expect(explained.reason.length).toBeLessThanOrEqual(220);
      expect(explained.patientMayOwe).toBe(group === 'PR');
    }), { numRuns: 1000 });
  });

  it('never throws for any input at all', () => {
    expect(() => explainAdjustment(null as never)).not.toThrow();
    fc.assert(fc.property(fc.anything(), fc.anything(), (group, reason) => {
      expect(() => explainAdjustment({ group, reason } as never)).not.toThrow();
    }), { numRuns: 1000 });
  });
});
