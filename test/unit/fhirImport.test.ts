/*
 * importFhirEob: CARIN Blue Button and Medicare Blue Button ExplanationOfBenefit
 * resources read as Billpath's Eob. One fixture per kind of claim, a search
 * Bundle, the files it must refuse and why, arbitrary JSON, and — where the
 * folder exists (not in CI) — every published example in shared/fhir-examples.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { eobSchema, type Eob, type EobLine } from '../../src/domain/case';
import { importFhirEob } from '../../src/domain/fhir';
import { bbCarrier, bbInpatient, bbOutpatient } from '../fixtures/fhir/blueButton';
import { bbDrugEvent, searchBundle } from '../fixtures/fhir/bundle';
import { carinInpatient, carinOutpatient, carinProfessional } from '../fixtures/fhir/carin';
import { malformed } from '../fixtures/fhir/malformed';
import { CARIN_PAYER_STATUS, carin, concept, discriminator } from '../fixtures/fhir/shapes';

const line = (code: string, date: string, money: Partial<EobLine> = {}): EobLine => ({
  code, date, billed: 0, allowed: 0, planPaid: 0, deductible: 0, coinsurance: 0, copay: 0, notCovered: 0, adjustments: [], ...money,
});

const firstEob = (json: unknown): Eob => {
  const result = importFhirEob(json);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value[0]!;
};

const professional: Eob = {
  claimNumber: 'PRO-7781',
  status: 'processed',
  lines: [
    line('97110', '2025-06-02', { billed: 18_000, allowed: 12_000, planPaid: 9_600, coinsurance: 2_400, adjustments: [{ group: 'CO', reason: '45', amount: 6_000 }] }),
    line('97140', '2025-06-02', { billed: 9_000, notCovered: 9_000, adjustments: [{ group: 'OA', reason: '96', amount: 0 }] }),
  ],
  patientResponsibility: 11_400,
  billed: 27_000,
  planPaid: 9_600,
};

const carrier: Eob = {
  claimNumber: '10000000001',
  status: 'processed',
  lines: [line('99213', '2024-08-14', { billed: 15_000, allowed: 9_000, planPaid: 7_200, coinsurance: 1_800 })],
  patientResponsibility: 1_800,
  billed: 15_000,
  planPaid: 7_200,
};

const drugEvent: Eob = {
  claimNumber: '40000000004',
  status: 'processed',
  lines: [line('00093015001', '2024-02-10', { billed: 6_000, planPaid: 4_500 })],
  patientResponsibility: 1_500,
};

describe('CARIN Blue Button', () => {
  it('reads an inpatient stay whose money is on the claim only', () => {
    expect(importFhirEob(carinInpatient)).toEqual({
      ok: true,
      value: [
        {
          claimNumber: 'IP-2025-0042',
          status: 'processed',
          lines: [line('0120', '2025-03-03'), line('85025', '2025-03-04')],
          patientResponsibility: 150_000,
          billed: 900_000,
          planPaid: 450_000,
        },
      ],
    });
  });

  it('reads an outpatient claim line by line, with default (OA, never a guessed CO) and written adjustment groups', () => {
    expect(importFhirEob(carinOutpatient)).toEqual({
      ok: true,
      value: [
        {
          claimNumber: 'OP-2025-0107',
          status: 'processed',
          lines: [
            line('99284', '2025-05-10', {
              billed: 120_000, allowed: 80_000, planPaid: 56_000, deductible: 10_000, coinsurance: 14_000,
              adjustments: [{ group: 'OA', reason: '45', amount: 0 }],
            }),
            line('71046', '2025-05-10', { billed: 30_000, allowed: 15_000, planPaid: 12_000, copay: 3_000, adjustments: [{ group: 'PR', reason: '3', amount: 3_000 }] }),
          ],
          patientResponsibility: 27_000,
          billed: 150_000,
          planPaid: 68_000,
        },
      ],
    });
  });

  it('reads a professional claim with one denied line as processed', () => {
    expect(importFhirEob(carinProfessional)).toEqual({ ok: true, value: [professional] });
  });
});

describe('Medicare Blue Button', () => {
  it('reads a carrier claim, ignoring a "denial reason" that is no CARC code', () => {
    expect(importFhirEob(bbCarrier)).toEqual({ ok: true, value: [carrier] });
  });

  it('reads an outpatient claim: HCPCS from modifier, total-charges line left out, rate not counted', () => {
    expect(importFhirEob(bbOutpatient)).toEqual({
      ok: true,
      value: [
        {
          claimNumber: '20000000002',
          status: 'processed',
          lines: [
            line('85025', '2024-09-03', { billed: 4_000, planPaid: 2_400, deductible: 1_000, coinsurance: 600 }),
            line('J1885', '2024-09-03', { billed: 2_500, notCovered: 2_500 }),
          ],
          patientResponsibility: 4_100,
          billed: 6_500,
          planPaid: 2_400,
        },
      ],
    });
  });

  it('reads an inpatient stay from variable-only amounts and the Part A deductible in benefitBalance', () => {
    expect(importFhirEob(bbInpatient)).toEqual({
      ok: true,
      value: [
        {
          claimNumber: '30000000003',
          status: 'processed',
          lines: [line('0120', '2024-11-04', { billed: 600_000 }), line('0250', '2024-11-04', { billed: 40_000, notCovered: 4_000 })],
          patientResponsibility: 167_200,
          planPaid: 436_800,
        },
      ],
    });
  });

  it('reads a Part D drug event: the patient paid their share at the pharmacy', () => {
    expect(importFhirEob(bbDrugEvent)).toEqual({ ok: true, value: [drugEvent] });
  });
});

describe('a Bundle', () => {
  it('gives one Eob per ExplanationOfBenefit, in order, skipping the other resources', () => {
    expect(importFhirEob(searchBundle)).toEqual({ ok: true, value: [professional, drugEvent, carrier] });
  });

  it('refuses the whole file when one EOB is broken, and says which', () => {
    const bundle = { ...searchBundle, entry: [...searchBundle.entry, { resource: { ...carinOutpatient, item: 3 } }] };
    expect(importFhirEob(bundle)).toEqual({
      ok: false,
      errors: ['Explanation of Benefits 4 of 4 (claim OP-2025-0107): the list of services ("item") should be a list but is the number 3.'],
    });
  });

  it('imports a claim that lists no services, with no lines', () => {
    const result = importFhirEob({ ...carinOutpatient, item: [] });
    expect(result.ok && result.value.map((eob) => [eob.claimNumber, eob.lines])).toEqual([['OP-2025-0107', []]]);
  });

  it('keeps amounts to the cent where binary fractions would round down', () => {
    const item = { ...carinProfessional.item[0], net: { value: 0.285, currency: 'USD' }, adjudication: [] };
    const result = importFhirEob({ ...carinProfessional, item: [item] });
    expect(result.ok && result.value[0]!.lines[0]!.billed).toBe(29);
  });

  it('lists at most twenty problems', () => {
    const broken = { resource: { ...carinOutpatient, item: 'none' } };
    const result = importFhirEob({ resourceType: 'Bundle', entry: Array.from({ length: 25 }, () => broken) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.slice(20)).toEqual(['… and 5 more problems.']);
  });
});

describe('the claim status', () => {
  it.each([
    ['complete', 'active', 'processed'],
    ['partial', 'active', 'pending'],
    ['queued', 'active', 'pending'],
    ['error', 'active', 'denied'],
    ['complete', 'cancelled', 'pending'],
    ['complete', 'entered-in-error', 'pending'],
    [undefined, 'active', 'processed'],
  ])('outcome %s with status %s reads as %s', (outcome, status, expected) => {
    expect(firstEob({ ...carinOutpatient, outcome, status }).status).toBe(expected);
  });

  it('is denied when every line carries a CARC denial reason', () => {
    expect(firstEob({ ...carinProfessional, item: [carinProfessional.item[1]] }).status).toBe('denied');
  });

  it('is denied when the claim says so with CARIN\'s payment status', () => {
    const adjudication = [discriminator('benefitpaymentstatus', concept(CARIN_PAYER_STATUS, 'denied'))];
    expect(firstEob({ ...carinOutpatient, adjudication }).status).toBe('denied');
  });

  it('is denied when Medicare marks every line D (line_prcsg_ind_cd)', () => {
    const [item] = bbCarrier.item;
    const denied = { ...item, extension: [{ ...item!.extension[0], valueCoding: { system: 'x', code: 'D', display: 'Denied' } }] };
    expect(firstEob({ ...bbCarrier, item: [denied] }).status).toBe('denied');
  });
});

describe('amounts, dates and claim numbers', () => {
  const oneLine = (item: object, claim: object = {}) => firstEob({ ...carinProfessional, ...claim, item: [{ sequence: 1, ...item }] });

  it('turns dollars into whole cents and reads negative or endless amounts as 0', () => {
    const adjudication = [carin('submitted', 1393.57), carin('benefit', -40), carin('coinsurance', Number.POSITIVE_INFINITY)];
    expect(oneLine({ adjudication, servicedDate: '2025-06-02' }).lines[0]).toMatchObject({ billed: 139_357, planPaid: 0, coinsurance: 0 });
  });

  it('takes the charge from net, else unit price times quantity, when no submitted amount is given', () => {
    expect(oneLine({ net: { value: 75 } }).lines[0]!.billed).toBe(7_500);
    expect(oneLine({ unitPrice: { value: 12.5 }, quantity: { value: 3 } }).lines[0]!.billed).toBe(3_750);
  });

  it('dates a line by servicedDate, servicedPeriod, the billable period, then the day the EOB was created', () => {
    expect(oneLine({ servicedPeriod: { start: '2025-01-07' } }).lines[0]!.date).toBe('2025-01-07');
    expect(oneLine({}, { billablePeriod: { start: '2025-01-08' } }).lines[0]!.date).toBe('2025-01-08');
    expect(oneLine({}, { billablePeriod: undefined, created: '2025-01-09T23:30:00-05:00' }).lines[0]!.date).toBe('2025-01-09');
  });

  it('falls back to the resource id when there is no identifier', () => {
    expect(firstEob({ ...carinProfessional, identifier: undefined }).claimNumber).toBe('carin-professional');
  });
});

describe('files it refuses', () => {
  it.each(malformed)('refuses $name, saying what is wrong', ({ input, message }) => {
    expect(importFhirEob(input)).toEqual({ ok: false, errors: [message] });
  });
});

describe('any input', () => {
  const importedEobsAreValid = (input: unknown) => {
    const result = importFhirEob(input);
    return result.ok ? result.value.every((eob) => v.safeParse(eobSchema, eob).success) : result.errors.length > 0;
  };

  it('never throws on arbitrary values or JSON', () => {
    fc.assert(fc.property(fc.anything(), importedEobsAreValid), { numRuns: 500 });
    fc.assert(fc.property(fc.jsonValue(), importedEobsAreValid), { numRuns: 500 });
  });

  it('never throws when junk replaces any field of a real EOB or of its lines', () => {
    const fields = [...new Set([...Object.keys(bbOutpatient), ...Object.keys(carinOutpatient.item[0]!), 'resourceType'])];
    const junkAt = fc.record({ field: fc.constantFrom(...fields), junk: fc.jsonValue(), inLine: fc.boolean() });
    fc.assert(
      fc.property(junkAt, ({ field, junk, inLine }) =>
        importedEobsAreValid(
          inLine ? { ...bbOutpatient, item: [{ ...bbOutpatient.item[0], [field]: junk }] } : { ...bbOutpatient, [field]: junk },
        ),
      ),
      { numRuns: 500 },
    );
  });
});

const published = new URL('../../../shared/fhir-examples/', import.meta.url);

describe('the published examples', () => {
  const eobsPerFile: Record<string, number> = {
    'carin-bb/c4bb_eob_include_bundle.json': 5,
    'carin-bb/c4bb_eob_inpatient_example.json': 1,
    'carin-bb/explanation_of_benefit_all.json': 1,
    'carin-bb/explanation_of_benefit_inpatient_institutional_ex_1.json': 1,
    'carin-bb/explanation_of_benefit_oral_ex_1.json': 1,
    'carin-bb/explanation_of_benefit_outpatient_institutional_ex_1.json': 1,
    'carin-bb/explanation_of_benefit_pharmacy_ex_1.json': 1,
    'carin-bb/explanation_of_benefit_professional_non_clinician_ex_1.json': 1,
    'bluebutton/eob_read_carrier_v2.json': 1,
    'bluebutton/eob_read_in_pt_v2.json': 1,
    'bluebutton/eob_read_out_pt_v2.json': 1,
    'bluebutton/eob_search_v2.json': 10,
  };
  const read = (file: string) => importFhirEob(JSON.parse(readFileSync(new URL(file, published), 'utf8')));

  it.skipIf(!existsSync(published))('each imports, with one Eob per ExplanationOfBenefit', () => {
    const files = ['carin-bb/', 'bluebutton/'].flatMap((dir) => readdirSync(new URL(dir, published)).filter((name) => name.endsWith('.json')).map((name) => dir + name));
    expect(files.sort()).toEqual(Object.keys(eobsPerFile).sort());
    for (const file of files) {
      const result = read(file);
      expect(result, file).toMatchObject({ ok: true });
      if (result.ok) expect(result.value, file).toHaveLength(eobsPerFile[file]!);
    }
  });

  it.skipIf(!existsSync(published))('keeps the Blue Button quirks in check', () => {
    const outpatient = read('bluebutton/eob_read_out_pt_v2.json');
    const inpatient = read('bluebutton/eob_read_in_pt_v2.json');
    expect(outpatient.ok && outpatient.value[0]!.lines.map((eobLine) => eobLine.code)).toEqual(['80048', '80061', '83036', '84450', '84460']);
    expect(inpatient.ok && inpatient.value[0]!.patientResponsibility).toBe(100_000);
  });
});

describe('a very large file', () => {
  it('is refused without overflowing, however many lines are broken', () => {
    const brokenLine = { sequence: 1, adjudication: 'none' };
    const result = importFhirEob({ ...carinProfessional, item: Array.from({ length: 200_000 }, () => brokenLine) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.at(-1)).toBe('… and 199980 more problems.');
  });
});
