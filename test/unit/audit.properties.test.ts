import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCase } from '../../src/domain/audit';
import type { BillLine, Case, EobLine } from '../../src/domain/case';

const codes = ['99285', '99213', '36415', '80053', '80048', '82565', '84520', '82465', '83718', '84478', '85025', '85027', '85004', 'G0463', '74177', 'J2405'];
const date = fc.constantFrom('2026-03-04', '2026-03-05');
const money = fc.integer({ min: 0, max: 2_000_000 });

const billLine = (id: number) => fc.record({
  id: fc.constant(`line-${id}`),
  date,
  code: fc.constantFrom(...codes),
  modifiers: fc.option(fc.array(fc.constantFrom('25', '59', '91', 'XU', '26'), { maxLength: 2 }), { nil: undefined }),
  revenueCode: fc.option(fc.constantFrom('0450', '0300', '0510'), { nil: undefined }),
  units: fc.integer({ min: 0, max: 5 }),
  charge: fc.integer({ min: -50_000, max: 500_000 }),
  diagnoses: fc.option(fc.array(fc.constantFrom('R07.9', 'R10.9', 'I10'), { maxLength: 2 }), { nil: undefined }),
}, { requiredKeys: ['id', 'date', 'code', 'units', 'charge'] }) as fc.Arbitrary<BillLine>;

const eobLine: fc.Arbitrary<EobLine> = fc.record({
  code: fc.constantFrom(...codes), date, billed: money, allowed: money, planPaid: money,
  deductible: money, coinsurance: money, copay: money, notCovered: money,
  adjustments: fc.array(fc.record({ group: fc.constantFrom('CO', 'PR', 'OA', 'PI'), reason: fc.constantFrom('45', '1', '18', '97'), amount: money }), { maxLength: 3 }),
});

const anyCase: fc.Arbitrary<Case> = fc.record({
  id: fc.constant('case'),
  title: fc.string(),
  provider: fc.record({
    name: fc.string(), kind: fc.constantFrom('hospital', 'physician', 'lab', 'imaging', 'ambulance', 'other'),
    nonprofit: fc.option(fc.boolean(), { nil: undefined }), inNetwork: fc.option(fc.boolean(), { nil: undefined }),
  }),
  facilityInNetwork: fc.option(fc.boolean(), { nil: undefined }),
  emergency: fc.option(fc.boolean(), { nil: undefined }),
  coverage: fc.constantFrom('insured', 'uninsured'),
  firstStatementDate: fc.option(date, { nil: undefined }),
  statementBalance: money,
  goodFaithEstimate: fc.option(money, { nil: undefined }),
  lines: fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => billLine(i + 1)))),
  eob: fc.option(fc.record({ status: fc.constantFrom('processed', 'pending', 'denied'), lines: fc.array(eobLine, { maxLength: 6 }), patientResponsibility: money }), { nil: undefined }),
  household: fc.option(fc.record({ size: fc.integer({ min: 1, max: 12 }), annualIncome: fc.integer({ min: 0, max: 50_000_000 }), state: fc.constantFrom('OH', 'AK', 'HI') }), { nil: undefined }),
}) as fc.Arbitrary<Case>;

describe('auditCase on any bill', () => {
  it('never throws, keeps amounts whole and non-negative, names only lines on the bill, and gives unique ids', () => {
    fc.assert(fc.property(anyCase, (bill) => {
      const findings = auditCase(bill, '2026-04-01');
      const ids = new Set(bill.lines.map((line) => line.id));
      for (const finding of findings) {
        expect(Number.isSafeInteger(finding.amount) && finding.amount >= 0).toBe(true);
        expect(finding.lineIds.every((id) => ids.has(id))).toBe(true);
        expect(finding.title && finding.explanation && finding.ask).toBeTruthy();
      }
      expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
    }), { numRuns: 500 });
  });

  it('never throws on malformed input either', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (junk, lines) => {
      expect(Array.isArray(auditCase(junk as Case, '2026-04-01'))).toBe(true);
      expect(Array.isArray(auditCase({ lines, provider: junk } as unknown as Case, '2026-04-01'))).toBe(true);
    }), { numRuns: 300 });
  });
});
