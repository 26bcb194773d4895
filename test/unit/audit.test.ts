import { describe, expect, it } from 'vitest';
import { auditCase, type Finding, type FindingRule } from '../../src/domain/audit';
import { amountInQuestion } from '../../src/domain/audit/amountInQuestion';
import { sampleCase } from '../../src/domain/sampleBill';
import { cleanBill, DAY, eobLine, eobOf, line, TODAY, withLines } from '../fixtures/audit';

const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);
const only = (findings: Finding[], rule: FindingRule) => findings.filter((f) => f.rule === rule);

describe('a clean bill', () => {
  it('yields no findings', () => {
    expect(auditCase(cleanBill(), TODAY)).toEqual([]);
  });
  it('yields none for an empty case either', () => {
    expect(auditCase(cleanBill({ lines: [], eob: undefined, coverage: 'uninsured' }), TODAY)).toEqual([]);
  });
});

describe('the statement against the EOB', () => {
  it('billed-before-adjudication: an insured bill with no EOB, or a pending one', () => {
    const noEob = auditCase(cleanBill({ eob: undefined, statementBalance: 29000 }), TODAY);
    expect(only(noEob, 'billed-before-adjudication')).toMatchObject([{ amount: 29000, lineIds: [] }]);
    const pending = auditCase(cleanBill({ eob: { ...cleanBill().eob!, status: 'pending' } }), TODAY);
    expect(rulesOf(pending)).toEqual(['billed-before-adjudication']);
  });
  it('billed-before-adjudication: not for the uninsured, nor once the claim is decided', () => {
    expect(auditCase(cleanBill({ eob: undefined, coverage: 'uninsured' }), TODAY)).toEqual([]);
    expect(auditCase(cleanBill({ eob: { ...cleanBill().eob!, status: 'denied' } }), TODAY)).toEqual([]);
  });

  it('eob-mismatch: the statement asks more than the patient responsibility, by exactly the difference', () => {
    const findings = auditCase(cleanBill({ statementBalance: 9000 }), TODAY);
    expect(only(findings, 'eob-mismatch')).toMatchObject([{ amount: 4000, lineIds: [] }]);
    expect(only(findings, 'eob-mismatch')[0]!.ask).toMatch(/\$50\.00.*\$40\.00/);
  });
  it('eob-mismatch: not when the bill asks the EOB amount or less', () => {
    expect(auditCase(cleanBill({ statementBalance: 3000 }), TODAY)).toEqual([]);
  });

  it('contractual-adjustment-billed: CO write-offs and a balance above the share, up to the write-offs', () => {
    const bill = cleanBill({ statementBalance: 5000 + 40000 });
    const [contractual] = only(auditCase(bill, TODAY), 'contractual-adjustment-billed');
    // CO write-offs are 12,500 + 2,000 = 14,500: the excess of 40,000 is only that much their fault.
    expect(contractual).toMatchObject({ amount: 14500 });
    expect(contractual!.lineIds).toEqual(bill.lines.map((l) => l.id));
  });
  it('contractual-adjustment-billed: not without CO adjustments', () => {
    const eob = eobOf([{ ...eobLine('99213', 25000, 4000), adjustments: [{ group: 'PR', reason: '1', amount: 4000 }] }]);
    const findings = auditCase(cleanBill({ eob, statementBalance: 9000 }), TODAY);
    expect(rulesOf(findings)).toEqual(['eob-mismatch']);
  });

  it('surprise-billing: emergency care billed above the in-network share', () => {
    const findings = auditCase(cleanBill({ emergency: true, statementBalance: 9000 }), TODAY);
    expect(only(findings, 'surprise-billing')).toMatchObject([{ amount: 4000 }]);
    expect(only(findings, 'surprise-billing')[0]!.ask).toMatch(/No Surprises Act/);
  });
  it('surprise-billing: an out-of-network doctor at an in-network hospital, even before the EOB', () => {
    const provider = { name: 'Valley Anesthesia', kind: 'physician' as const, inNetwork: false };
    const findings = auditCase(cleanBill({ provider, eob: undefined, statementBalance: 120000 }), TODAY);
    expect(only(findings, 'surprise-billing')).toMatchObject([{ amount: 120000 }]);
  });
  it('surprise-billing: not at the in-network share, not for the uninsured, not out of network at an out-of-network facility', () => {
    expect(auditCase(cleanBill({ emergency: true }), TODAY)).toEqual([]);
    expect(rulesOf(auditCase(cleanBill({ emergency: true, coverage: 'uninsured', statementBalance: 90000 }), TODAY))).not.toContain('surprise-billing');
    const provider = { name: 'Valley Anesthesia', kind: 'physician' as const, inNetwork: false };
    expect(rulesOf(auditCase(cleanBill({ provider, facilityInNetwork: false, statementBalance: 9000 }), TODAY))).not.toContain('surprise-billing');
  });

  it('gfe-exceeded: uninsured, $400 or more above the estimate, with the dispute window', () => {
    // Charges: 25,000 + 4,000 + 100,000 = 129,000.
    const uninsured = { ...withLines(line('99284', 100000)), coverage: 'uninsured' as const, eob: undefined, goodFaithEstimate: 89000, firstStatementDate: '2026-03-20' };
    const [gfe] = only(auditCase(uninsured, TODAY), 'gfe-exceeded');
    expect(gfe).toMatchObject({ amount: 40000 });
    expect(gfe!.explanation).toMatch(/July 18, 2026/);
    expect(only(auditCase(uninsured, '2026-08-01'), 'gfe-exceeded')[0]!.explanation).toMatch(/may have closed/);
  });
  it('gfe-exceeded: not at $399.99 above, not for the insured, not without an estimate', () => {
    expect(auditCase({ ...withLines(line('99284', 100000)), coverage: 'uninsured', eob: undefined, goodFaithEstimate: 129000 - 39999 }, TODAY)).toEqual([]);
    expect(rulesOf(auditCase(cleanBill({ coverage: 'uninsured', eob: undefined, goodFaithEstimate: 0, statementBalance: 39999, lines: [] }), TODAY))).toEqual([]);
    expect(rulesOf(auditCase(cleanBill({ coverage: 'uninsured', eob: undefined, goodFaithEstimate: 0, statementBalance: 40000, lines: [] }), TODAY))).toEqual(['gfe-exceeded']);
    expect(auditCase(cleanBill({ goodFaithEstimate: 100 }), TODAY)).toEqual([]);
    expect(auditCase(cleanBill({ coverage: 'uninsured', eob: undefined }), TODAY)).toEqual([]);
  });
});

describe('line by line', () => {
  it('duplicate-charge: the copy is at stake once, not every line', () => {
    const first = line('36415', 6800);
    const copy = line('36415', 6800);
    const thirdCopy = line('36415', 6800);
    const [duplicate] = only(auditCase(withLines(first, copy, thirdCopy), TODAY), 'duplicate-charge');
    expect(duplicate).toMatchObject({ lineIds: [first.id, copy.id, thirdCopy.id], amount: 13600 });
  });
  it('duplicate-charge: not across days, modifiers or amounts, not with modifier 91, not once a credit reverses it', () => {
    const cases = [
      [line('36415', 6800), line('36415', 6800, { date: '2026-03-06' })],
      [line('36415', 6800), line('36415', 6800, { modifiers: ['26'] })],
      [line('36415', 6800), line('36415', 6000)],
      [line('82565', 6800), line('82565', 6800, { modifiers: ['91'] })],
      [line('36415', 6800), line('36415', 6800), line('36415', -6800)],
    ];
    for (const lines of cases) expect(rulesOf(auditCase(withLines(...lines), TODAY))).not.toContain('duplicate-charge');
  });

  it('excess-units: units above a day’s limit, charged for the extra units only', () => {
    const [excess] = only(auditCase(withLines(line('36415', 9000, { units: 3 })), TODAY), 'excess-units');
    expect(excess).toMatchObject({ amount: 6000 });
    const split = only(auditCase(withLines(line('99285', 100000), line('99285', 90000, { modifiers: ['25'] })), TODAY), 'excess-units');
    expect(split).toMatchObject([{ amount: 90000 }]);
  });
  it('excess-units: not within the limit, not for codes without one, and not again for a duplicate', () => {
    expect(auditCase(withLines(line('36415', 3000)), TODAY)).toEqual([]);
    expect(auditCase(withLines(line('J2405', 9000, { units: 8 })), TODAY)).toEqual([]);
    expect(rulesOf(auditCase(withLines(line('36415', 3000), line('36415', 3000)), TODAY))).toEqual(['duplicate-charge']);
  });

  it('unbundled-panel: a panel with its own tests beside it', () => {
    const panel = line('80053', 41200);
    const creatinine = line('82565', 9600);
    const bmp = line('80048', 20000);
    const [finding] = only(auditCase(withLines(panel, creatinine, bmp), TODAY), 'unbundled-panel');
    expect(finding).toMatchObject({ lineIds: [panel.id, creatinine.id, bmp.id], amount: 29600 });
  });
  it('unbundled-panel: every test of a panel billed one by one', () => {
    const lipids = [line('82465', 3000), line('83718', 4000), line('84478', 2500)];
    const [finding] = only(auditCase(withLines(...lipids), TODAY), 'unbundled-panel');
    expect(finding).toMatchObject({ lineIds: lipids.map((l) => l.id), amount: 5500 });
  });
  it('unbundled-panel: not on another day, not for a repeat test (91), not for part of a panel', () => {
    expect(auditCase(withLines(line('80053', 41200), line('82565', 9600, { date: '2026-03-06' })), TODAY)).toEqual([]);
    expect(auditCase(withLines(line('80053', 41200), line('82565', 9600, { modifiers: ['91'] })), TODAY)).toEqual([]);
    expect(auditCase(withLines(line('82465', 3000), line('83718', 4000)), TODAY)).toEqual([]);
  });

  it('high-level-em: each top-level visit, asking for the documentation', () => {
    for (const code of ['99205', '99215', '99285', '99223', '99233', '99291']) {
      const visit = line(code, 50000);
      const [finding] = only(auditCase(withLines(visit), TODAY), 'high-level-em');
      expect(finding).toMatchObject({ lineIds: [visit.id], amount: 50000 });
      expect(finding!.ask).toMatch(new RegExp(`^Please send the records that show this visit needed the top level: code ${code} on`));
    }
  });
  it('high-level-em: not for lower levels', () => {
    expect(auditCase(withLines(line('99284', 50000), line('99214', 30000)), TODAY)).toEqual([]);
  });

  it('modifier-review: -25, -59 and the X modifiers', () => {
    for (const modifier of ['25', '59', 'XE', 'XS', 'XP', 'xu']) {
      const flagged = line('96374', 62000, { modifiers: [modifier] });
      expect(only(auditCase(withLines(flagged), TODAY), 'modifier-review')).toMatchObject([{ lineIds: [flagged.id], amount: 62000 }]);
    }
  });
  it('modifier-review: not for other modifiers', () => {
    expect(auditCase(withLines(line('71046', 9000, { modifiers: ['26'] }), line('71046', 9000, { modifiers: ['TC'] })), TODAY)).toEqual([]);
  });

  it('facility-fee: ER and clinic revenue codes and the facility HCPCS codes', () => {
    const er = line('99284', 90000, { revenueCode: '0450' });
    const clinic = line('G0463', 30000);
    const found = only(auditCase(withLines(er, clinic), TODAY), 'facility-fee');
    expect(found.map((f) => f.lineIds[0])).toEqual([er.id, clinic.id]);
  });
  it('facility-fee: not for other departments', () => {
    expect(auditCase(withLines(line('71046', 9000, { revenueCode: '0320' })), TODAY)).toEqual([]);
  });

  it('unspecified-diagnosis: an expensive service backed only by unspecified codes', () => {
    const scan = line('74177', 320000, { diagnoses: ['R10.9'] });
    expect(only(auditCase(withLines(scan), TODAY), 'unspecified-diagnosis')).toMatchObject([{ lineIds: [scan.id], amount: 320000 }]);
  });
  it('unspecified-diagnosis: not for a specific diagnosis beside it, nor for a cheap service', () => {
    expect(auditCase(withLines(line('74177', 320000, { diagnoses: ['R10.9', 'K35.80'] })), TODAY)).toEqual([]);
    expect(auditCase(withLines(line('81003', 1200, { diagnoses: ['R10.9'] })), TODAY)).toEqual([]);
  });
});

describe('help the person may get', () => {
  const household = (annualIncome: number) => ({ size: 4, annualIncome, state: 'OH' });
  it('financial-assistance-likely: any nonprofit hospital bill', () => {
    const provider = { name: 'Riverside General', kind: 'hospital' as const, nonprofit: true };
    expect(only(auditCase(cleanBill({ provider }), TODAY), 'financial-assistance-likely')).toMatchObject([{ amount: 5000 }]);
  });
  it('financial-assistance-likely: a household at 400 % of poverty or under, by the year of service', () => {
    // 2026: a household of 4 is at 100 % with $33,000, so 400 % is $132,000.
    expect(rulesOf(auditCase(cleanBill({ household: household(13_200_000) }), TODAY))).toEqual(['financial-assistance-likely']);
    expect(auditCase(cleanBill({ household: household(13_200_001) }), TODAY)).toEqual([]);
  });
  it('financial-assistance-likely: not for a for-profit provider and a higher income', () => {
    expect(auditCase(cleanBill({ household: household(20_000_000) }), TODAY)).toEqual([]);
  });
});

describe('the sample bill', () => {
  const bill = sampleCase('sample', TODAY);
  const findings = auditCase(bill, TODAY);
  it('holds the problems it was written with', () => {
    expect(new Set(rulesOf(findings))).toEqual(new Set<FindingRule>([
      'eob-mismatch', 'contractual-adjustment-billed', 'surprise-billing', 'duplicate-charge', 'unbundled-panel',
      'high-level-em', 'facility-fee', 'unspecified-diagnosis', 'financial-assistance-likely',
    ]));
  });
  it('counts no charge twice in its total, and never more than the bill asks', () => {
    const visit = bill.lines[0]!;
    const lines = [{ ...visit, charge: 10000 }];
    const onVisit = findings.filter((f) => f.lineIds.length === 1 && f.lineIds[0] === visit.id).map((f) => ({ ...f, amount: 10000 }));
    expect(onVisit).toHaveLength(3);
    expect(amountInQuestion(onVisit, lines, 1_000_000)).toBe(10000);
    expect(amountInQuestion(findings, bill.lines, bill.statementBalance)).toBe(bill.statementBalance);
  });
  it('gives findings stable ids: the same bill audited again on another day', () => {
    expect(auditCase(bill, '2026-12-31').map((f) => f.id)).toEqual(findings.map((f) => f.id));
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });
  it('keeps its dates where it found them', () => {
    expect(bill.lines.every((l) => l.date !== DAY)).toBe(true);
  });
});
