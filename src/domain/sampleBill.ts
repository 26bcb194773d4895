/*
 * The built-in sample: an emergency-room visit for chest pain at a nonprofit,
 * in-network hospital, billed after insurance — the playbook's typical case.
 * Its itemized lines and EOB hold the problems an advocate looks for (a
 * duplicate venipuncture, a lab panel billed with one of its own tests, a
 * top-level ER code backed by an "unspecified" diagnosis, and a statement that
 * asks for more than the EOB's patient responsibility). All names are made up.
 * Dates are set relative to `today` so the sample's deadlines are always live.
 */
import type { BillLine, Case, Eob, EobLine } from './case';
import { addCalendarDays } from './dates';

type SampleLine = [code: string, revenueCode: string, charge: number, allowed: number, planPaid: number, deductible: number, coinsurance: number, reason: string];

// code, revenue code, charge, allowed, plan paid, deductible, coinsurance, CARC of the write-off
const SAMPLE_LINES: SampleLine[] = [
  ['99285', '0450', 385000, 95000, 36000, 50000, 9000, '45'],
  ['80053', '0301', 41200, 1500, 1200, 0, 300, '45'],
  ['82565', '0301', 9600, 0, 0, 0, 0, '97'],
  ['85025', '0305', 18700, 1100, 880, 0, 220, '45'],
  ['93005', '0730', 64000, 2400, 1920, 0, 480, '45'],
  ['71046', '0320', 78000, 4500, 3600, 0, 900, '45'],
  ['36415', '0300', 6800, 300, 240, 0, 60, '45'],
  ['36415', '0300', 6800, 0, 0, 0, 0, '18'],
  ['J2405', '0636', 9500, 400, 320, 0, 80, '45'],
  ['96374', '0260', 62000, 6000, 4800, 0, 1200, '45'],
];

const DESCRIPTIONS: Record<string, string> = {
  '99285': 'Emergency department visit',
  '80053': 'Lab: metabolic panel',
  '82565': 'Lab: creatinine',
  '85025': 'Lab: blood count',
  '93005': 'Heart tracing (EKG)',
  '71046': 'Chest X-ray',
  '36415': 'Blood draw',
  J2405: 'Anti-nausea drug injection',
  '96374': 'IV push',
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function sampleLines(serviceDate: string): BillLine[] {
  return SAMPLE_LINES.map(([code, revenueCode, charge], index) => ({
    id: `line-${index + 1}`,
    date: serviceDate,
    code,
    revenueCode,
    description: DESCRIPTIONS[code],
    units: 1,
    charge,
    ...(code === '99285' ? { diagnoses: ['R07.9'] } : {}),
  }));
}

export function sampleEob(serviceDate: string): Eob {
  const lines: EobLine[] = SAMPLE_LINES.map(
    ([code, , charge, allowed, planPaid, deductible, coinsurance, reason]) => ({
      code,
      date: serviceDate,
      billed: charge,
      allowed,
      planPaid,
      deductible,
      coinsurance,
      copay: 0,
      notCovered: 0,
      adjustments: [
        { group: 'CO' as const, reason, amount: charge - allowed },
        ...(deductible ? [{ group: 'PR' as const, reason: '1', amount: deductible }] : []),
        ...(coinsurance ? [{ group: 'PR' as const, reason: '2', amount: coinsurance }] : []),
      ],
    }),
  );
  return {
    claimNumber: 'CLM-5521-0087',
    status: 'processed',
    lines,
    patientResponsibility: sum(lines.map((line) => line.deductible + line.coinsurance + line.copay)),
    billed: sum(lines.map((line) => line.billed)),
    planPaid: sum(lines.map((line) => line.planPaid)),
  };
}

/**
 * A new sample case. The itemized lines and the EOB are already on the case (the
 * papers in your hand); the workflow still starts at the first step, and the
 * steps that record receiving them use these.
 */
/** `title`: what the case is called in the person's language (the bill itself is in English, as a US hospital prints it). */
export function sampleCase(id: string, today: string, title = 'Sample: ER visit at Riverside General'): Case {
  const serviceDate = addCalendarDays(today, -40);
  return {
    id,
    title,
    provider: { name: 'Riverside General Hospital', kind: 'hospital', nonprofit: true, inNetwork: true },
    facilityInNetwork: true,
    emergency: true,
    coverage: 'insured',
    accountNumber: 'RGH-20419-77',
    firstStatementDate: addCalendarDays(today, -12),
    statementBalance: 118400,
    lines: sampleLines(serviceDate),
    eob: sampleEob(serviceDate),
  };
}
