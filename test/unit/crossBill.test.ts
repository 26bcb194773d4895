/*
 * The cross-bill checks of one visit (src/domain/episodes/crossBill.ts): a
 * service billed by two providers, an out-of-network doctor at an in-network
 * hospital or in an emergency, and financial assistance asked for on part of
 * the visit. Each rule is pinned by what it must find and what it must leave alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BillLine, Case } from '../../src/domain/case';
import { crossBillFindings, type AssistanceStatus, type EpisodeBill } from '../../src/domain/episodes/crossBill';
import { insuredCase } from '../fixtures/cases';

const DAY = '2026-02-10';
const line = (id: string, code: string, charge: number, extra: Partial<BillLine> = {}): BillLine => ({ id, date: DAY, code, units: 1, charge, ...extra });

const hospital = (lines: BillLine[], overrides: Partial<Case> = {}): Case =>
  insuredCase({ id: 'hospital', title: 'ER visit', provider: { name: 'Riverside General', kind: 'hospital', nonprofit: true, inNetwork: true }, lines, ...overrides });
const group = (id: string, name: string, kind: Case['provider']['kind'], lines: BillLine[], overrides: Partial<Case> = {}): Case =>
  insuredCase({ id, title: name, provider: { name, kind, inNetwork: true }, lines, ...overrides });

function billOf(billCase: Case, assistance: AssistanceStatus = 'none', balance = billCase.statementBalance, leftToPay = balance): EpisodeBill {
  return { id: billCase.id, case: billCase, balance, leftToPay, assistance };
}
const findingsOf = (...cases: Case[]) => crossBillFindings(cases.map((each) => billOf(each)));
const rules = (...cases: Case[]) => findingsOf(...cases).map((finding) => finding.rule);

describe('the same service billed by two providers', () => {
  it('finds a global X-ray read by a radiology group beside the hospital’s own charge for it, and asks the group', () => {
    const found = findingsOf(hospital([line('h1', '71046', 78_000, { revenueCode: '0320' })]), group('rad', 'Metro Radiology', 'imaging', [line('r1', '71046', 42_000)]));
    expect(found).toEqual([expect.objectContaining({
      rule: 'same-service-two-bills',
      overlap: 'whole-and-part',
      amount: 42_000, // at most the smaller charge was billed twice
      askBillIds: ['rad'],
      parts: ['technical', 'global'],
    })]);
  });

  it('leaves the usual split alone: the hospital bills the machine, the radiologist the reading (modifier 26)', () => {
    expect(findingsOf(hospital([line('h1', '71046', 78_000)]), group('rad', 'Metro Radiology', 'imaging', [line('r1', '71046', 9_000, { modifiers: ['26'] })]))).toEqual([]);
  });

  it('finds two readings of one study, and asks both', () => {
    const found = findingsOf(
      group('rad', 'Metro Radiology', 'imaging', [line('r1', '74177', 30_000, { modifiers: ['26'] })]),
      group('er', 'ER Physicians', 'physician', [line('e1', '74177', 25_000, { modifiers: ['26'] })]),
    );
    expect(found).toEqual([expect.objectContaining({ overlap: 'same-part', amount: 25_000, askBillIds: ['rad', 'er'] })]);
  });

  it('finds the technical part billed by a group (TC) and by the hospital', () => {
    expect(findingsOf(hospital([line('h1', '70450', 120_000)]), group('img', 'Scan Center', 'imaging', [line('i1', '70450', 60_000, { modifiers: ['TC'] })])))
      .toEqual([expect.objectContaining({ overlap: 'same-part', parts: ['technical', 'technical'] })]);
  });

  it('reads heart tracings billed as three codes: a whole EKG against the hospital’s tracing, but not a reading alone', () => {
    const hospitalTracing = hospital([line('h1', '93005', 64_000)]);
    expect(findingsOf(hospitalTracing, group('card', 'Heart Group', 'physician', [line('c1', '93000', 15_000)]))).toEqual([expect.objectContaining({ overlap: 'whole-and-part', askBillIds: ['card'] })]);
    expect(findingsOf(hospitalTracing, group('er', 'ER Physicians', 'physician', [line('e1', '93010', 4_000)]))).toEqual([]);
  });

  it('finds one lab test, or one blood draw, billed by two labs', () => {
    expect(findingsOf(hospital([line('h1', '85025', 18_700)]), group('lab', 'City Lab', 'lab', [line('l1', '85025', 6_000)])))
      .toEqual([expect.objectContaining({ overlap: 'same-test', amount: 6_000, askBillIds: ['hospital', 'lab'] })]);
    expect(rules(hospital([line('h1', '36415', 6_800)]), group('lab', 'City Lab', 'lab', [line('l1', '36415', 1_500)]))).toEqual(['same-service-two-bills']);
  });

  it('leaves alone: a visit level on the hospital’s and the doctor’s bill, other dates, one bill’s own copies', () => {
    expect(findingsOf(hospital([line('h1', '99285', 385_000)]), group('er', 'ER Physicians', 'physician', [line('e1', '99285', 120_000)]))).toEqual([]);
    expect(findingsOf(hospital([line('h1', '71046', 78_000)]), group('rad', 'Metro Radiology', 'imaging', [line('r1', '71046', 42_000, { date: '2026-02-11' })]))).toEqual([]);
    expect(findingsOf(hospital([line('h1', '85025', 18_700), line('h2', '85025', 18_700)]))).toEqual([]);
  });

  it('leaves alone a test repeated that day (76, 77, 91) and a charge its own bill reverses, but not a reversal of another amount', () => {
    const outsideLab = group('lab', 'City Lab', 'lab', [line('l1', '85025', 6_000)]);
    expect(findingsOf(hospital([line('h1', '85025', 18_700, { modifiers: ['91'] })]), outsideLab)).toEqual([]);
    expect(findingsOf(hospital([line('h1', '71046', 78_000)]), group('rad', 'Metro Radiology', 'imaging', [line('r1', '71046', 42_000, { modifiers: ['76'] })]))).toEqual([]);
    expect(findingsOf(hospital([line('h1', '85025', 18_700), line('h2', '85025', -18_700)]), outsideLab)).toEqual([]);
    expect(rules(hospital([line('h1', '85025', 18_700), line('h2', '85025', -5_000)]), outsideLab)).toEqual(['same-service-two-bills']);
  });

  it('reads a lab code with modifier 26 as a doctor’s reading of the test, not the test again', () => {
    expect(findingsOf(hospital([line('h1', '86334', 30_000)]), group('path', 'Valley Pathology', 'physician', [line('p1', '86334', 9_000, { modifiers: ['26'] })]))).toEqual([]);
    expect(findingsOf(group('p1', 'Valley Pathology', 'physician', [line('a', '86334', 9_000, { modifiers: ['26'] })]), group('p2', 'Hill Pathology', 'physician', [line('b', '86334', 8_000, { modifiers: ['26'] })])))
      .toEqual([expect.objectContaining({ overlap: 'same-part' })]);
  });

  it('leaves two hospitals alone: a transfer can repeat a study the same day', () => {
    const other = hospital([line('o1', '70450', 90_000)], { id: 'other', provider: { name: 'County Hospital', kind: 'hospital' } });
    expect(findingsOf(hospital([line('h1', '70450', 120_000)]), other)).toEqual([]);
  });

  it('asks for the code of the missing part when a heart tracing is split by code', () => {
    expect(findingsOf(hospital([line('h1', '93005', 64_000)]), group('card', 'Heart Group', 'physician', [line('c1', '93000', 15_000)])))
      .toEqual([expect.objectContaining({ askBillIds: ['card'], partCode: '93010' })]);
    expect(findingsOf(hospital([line('h1', '93000', 64_000)]), group('er', 'ER Physicians', 'physician', [line('e1', '93010', 4_000)])))
      .toEqual([expect.objectContaining({ askBillIds: ['hospital'], partCode: '93005' })]);
  });

  it('finds each pair once across three bills', () => {
    const found = findingsOf(
      hospital([line('h1', '85025', 18_700)]),
      group('lab', 'City Lab', 'lab', [line('l1', '85025', 6_000)]),
      group('lab2', 'Other Lab', 'lab', [line('m1', '85025', 5_000)]),
    );
    expect(found.map((finding) => finding.id)).toEqual([
      'same-service-two-bills:hospital/h1+lab/l1',
      'same-service-two-bills:hospital/h1+lab2/m1',
      'same-service-two-bills:lab/l1+lab2/m1',
    ]);
  });
});

describe('an out-of-network doctor at an in-network hospital (No Surprises Act)', () => {
  const doctor = (overrides: Partial<Case> = {}) => group('anes', 'Sleepwell Anesthesia', 'physician', [], { provider: { name: 'Sleepwell Anesthesia', kind: 'physician', inNetwork: false }, statementBalance: 240_000, ...overrides });

  it('is found when the doctor’s own bill doesn’t say where the care was, for the whole balance before an EOB', () => {
    expect(findingsOf(hospital([]), doctor())).toEqual([{
      rule: 'out-of-network-at-in-network-facility', id: 'out-of-network-at-in-network-facility:anes', amount: 240_000, billId: 'anes', facilityBillId: 'hospital', emergency: false,
    }]);
  });

  it('counts only what the bill asks beyond the EOB’s share once the claim is decided, even after the share is paid', () => {
    const eob = { status: 'processed' as const, lines: [], patientResponsibility: 40_000 };
    expect(findingsOf(hospital([]), doctor({ eob }))).toEqual([expect.objectContaining({ amount: 200_000 })]);
    expect(findingsOf(hospital([]), doctor({ eob, statementBalance: 40_000 }))).toEqual([]);
    // The share paid, as advised: the rest is still asked for, and still protected.
    expect(crossBillFindings([billOf(hospital([])), billOf(doctor({ eob }), 'none', 240_000, 200_000)])).toEqual([expect.objectContaining({ amount: 200_000 })]);
  });

  it('covers an air ambulance, but not a ground one, and never takes an ambulance for the emergency visit', () => {
    const ambulance = (code: string) => doctor({ id: 'amb', provider: { name: 'Sky Air', kind: 'ambulance', inNetwork: false }, lines: [line('a1', code, 2_400_000)] });
    expect(findingsOf(hospital([]), ambulance('A0431'))).toEqual([expect.objectContaining({ billId: 'amb' })]);
    expect(findingsOf(hospital([]), ambulance('A0429'))).toEqual([]);
    const ride = ambulance('A0429');
    const outOfNetworkHospital = hospital([], { provider: { name: 'Far Hospital', kind: 'hospital', inNetwork: false } });
    expect(findingsOf(outOfNetworkHospital, { ...ride, emergency: true }, doctor())).toEqual([]);
  });

  it('needs the doctor’s care on the hospital’s days, when both bills list their dates', () => {
    const atTheHospital = hospital([line('h1', '99285', 385_000)]);
    expect(findingsOf(atTheHospital, doctor({ lines: [line('d1', '00790', 240_000)] }))).toEqual([expect.objectContaining({ billId: 'anes' })]);
    expect(findingsOf(atTheHospital, doctor({ lines: [line('d1', '97110', 240_000, { date: '2026-03-20' })] }))).toEqual([]);
  });

  it('says emergency when any bill of the visit was emergency care, even at an out-of-network hospital', () => {
    const er = hospital([], { emergency: true, provider: { name: 'Far Hospital', kind: 'hospital', inNetwork: false } });
    expect(findingsOf(er, doctor())).toEqual([expect.objectContaining({ emergency: true, facilityBillId: 'hospital' })]);
  });

  it('leaves alone: no in-network hospital and no emergency, an in-network doctor, no insurance, a ground ambulance, a bill that already says so', () => {
    expect(findingsOf(hospital([], { provider: { name: 'Far Hospital', kind: 'hospital', inNetwork: false } }), doctor())).toEqual([]);
    expect(findingsOf(hospital([]), doctor({ provider: { name: 'In Group', kind: 'physician', inNetwork: true } }))).toEqual([]);
    expect(findingsOf(hospital([]), doctor({ coverage: 'uninsured' }))).toEqual([]);
    expect(findingsOf(hospital([]), doctor({ provider: { name: 'County Ambulance', kind: 'ambulance', inNetwork: false } }))).toEqual([]);
    expect(findingsOf(hospital([]), doctor({ facilityInNetwork: true }))).toEqual([]); // its own bill check covers it
  });
});

describe('financial assistance for the whole visit', () => {
  const physician = group('er', 'ER Physicians', 'physician', [], { statementBalance: 90_000 });
  const lab = group('lab', 'City Lab', 'lab', [], { statementBalance: 12_000 });

  it('asks the others once assistance is asked for on one bill, naming the nonprofit hospital', () => {
    const found = crossBillFindings([billOf(hospital([]), 'applied'), billOf(physician), billOf(lab)]);
    expect(found).toEqual([{ rule: 'assistance-for-whole-episode', id: 'assistance-for-whole-episode:er+lab', amount: 102_000, billIds: ['er', 'lab'], askedOn: ['hospital'], nonprofitHospitalBillId: 'hospital' }]);
  });

  it('names the nonprofit hospital only where assistance was asked, and asks again when a bill joins', () => {
    const askedTheLab = crossBillFindings([billOf(hospital([])), billOf(lab, 'applied')]);
    expect(askedTheLab).toEqual([expect.objectContaining({ billIds: ['hospital'], askedOn: ['lab'] })]);
    expect(askedTheLab[0]).not.toHaveProperty('nonprofitHospitalBillId');
    const before = crossBillFindings([billOf(hospital([]), 'applied'), billOf(lab)])[0]!.id;
    const after = crossBillFindings([billOf(hospital([]), 'applied'), billOf(lab), billOf(physician)])[0]!.id;
    expect(after).not.toBe(before);
  });

  it('leaves alone: nobody applied yet, everyone applied, and bills with nothing left to pay', () => {
    expect(crossBillFindings([billOf(hospital([])), billOf(physician)])).toEqual([]);
    expect(crossBillFindings([billOf(hospital([]), 'approved'), billOf(physician, 'applied')])).toEqual([]);
    expect(crossBillFindings([billOf(hospital([]), 'approved'), billOf(physician, 'none', 0)])).toEqual([]);
  });
});

describe('over any visit', () => {
  const codes = ['71046', '74177', '85025', '36415', '93000', '93005', '93010', '99285', 'J2405'];
  const kinds = ['hospital', 'physician', 'lab', 'imaging', 'ambulance'] as const;
  const billArbitrary = fc.record({
    kind: fc.constantFrom(...kinds),
    inNetwork: fc.option(fc.boolean(), { nil: undefined }),
    emergency: fc.option(fc.boolean(), { nil: undefined }),
    assistance: fc.constantFrom<AssistanceStatus>('none', 'applied', 'approved', 'denied'),
    balance: fc.integer({ min: 0, max: 500_000 }),
    lines: fc.array(fc.record({ code: fc.constantFrom(...codes), charge: fc.integer({ min: -50_000, max: 200_000 }), modifier: fc.constantFrom(undefined, '26', 'TC') }), { maxLength: 6 }),
  });
  const visit = fc.array(billArbitrary, { minLength: 1, maxLength: 5 }).map((bills) => bills.map((bill, index): EpisodeBill => ({
    id: `bill-${index}`,
    balance: bill.balance,
    leftToPay: bill.balance,
    assistance: bill.assistance,
    case: insuredCase({
      id: `bill-${index}`,
      provider: { name: `Provider ${index}`, kind: bill.kind, inNetwork: bill.inNetwork },
      emergency: bill.emergency,
      statementBalance: bill.balance,
      lines: bill.lines.map((each, at) => line(`l${at}`, each.code, each.charge, each.modifier ? { modifiers: [each.modifier] } : {})),
    }),
  })));

  it('never compares a bill with itself, never counts more than a charge, and finds the same whatever the order of the bills', () => {
    fc.assert(fc.property(visit, fc.infiniteStream(fc.nat()), (bills, shuffle) => {
      const found = crossBillFindings(bills);
      for (const finding of found) {
        expect(finding.amount).toBeGreaterThan(0);
        if (finding.rule === 'same-service-two-bills') {
          expect(finding.lines[0].billId).not.toBe(finding.lines[1].billId);
          expect(finding.amount).toBeLessThanOrEqual(Math.min(finding.lines[0].charge, finding.lines[1].charge));
        }
      }
      const order = [...bills].sort(() => (shuffle.next().value % 3) - 1);
      const again = crossBillFindings(order);
      const total = (list: typeof found) => list.reduce((sum, finding) => sum + finding.amount, 0);
      expect(again.length).toBe(found.length);
      expect(total(again)).toBe(total(found));
    }), { numRuns: 300 });
  });

  it('finds no more problems when a bill is taken out of the visit', () => {
    fc.assert(fc.property(visit, (bills) => {
      const sameService = (list: EpisodeBill[]) => crossBillFindings(list).filter((finding) => finding.rule === 'same-service-two-bills').length;
      expect(sameService(bills.slice(1))).toBeLessThanOrEqual(sameService(bills));
    }), { numRuns: 300 });
  });
});

