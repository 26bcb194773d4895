import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS, type BillLine } from '../../src/domain/case';
import { parseTypedDate } from '../../src/domain/typedDates';
import { describeRowError, nextLineNumber, readBillLines } from '../../src/domain/intake/readBillLines';
import { billLinesToCsv } from '../../src/domain/intake/writeBillLines';
import { parseDollars } from '../../src/domain/typedMoney';

describe('amounts on a bill, credits included', () => {
  it.each([
    ['$1,234.56', 123456],
    ['1234.5', 123450],
    ['(12.00)', -1200],
    ['-12.00', -1200],
    ['-$12', -1200],
    ['($1,000.10)', -100010],
    ['0', 0],
    ['.50', 50],
    ['$.5', 50],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseDollars(text, { credits: true })).toEqual({ ok: true, cents });
  });

  it('refuses credits where only a positive amount makes sense', () => {
    expect(parseDollars('(12.00)')).toEqual({ ok: false, error: expect.stringMatching(/without a minus sign or brackets/) });
  });
});

describe('dates as typed in the US and as ISO', () => {
  it.each([
    ['03/05/2026', '2026-03-05'],
    ['3/5/2026', '2026-03-05'],
    ['03-05-2026', '2026-03-05'],
    ['2026-03-05', '2026-03-05'],
    ['2024-02-29', '2024-02-29'],
    [' 12/31/2025 ', '2025-12-31'],
  ])('reads %j as %s', (text, date) => {
    expect(parseTypedDate(text)).toEqual({ ok: true, date });
  });
});

/** Every bad input with the words that tell the person what to fix. */
const badMoney: [string, RegExp][] = [
  ['', /Enter an amount/],
  ['abc', /"abc" is not an amount/],
  ['NaN', /"NaN" is not an amount/],
  ['Infinity', /not an amount/],
  ['1.234', /two digits after the decimal/],
  ['12.5.0', /not an amount/],
  ['1,23', /Check the commas/],
  ['1234,567', /Check the commas/],
  ['.', /not an amount/],
  ['10000000.01', /more than \$10,000,000/],
  ['99999999999999999999', /more than \$10,000,000/],
  ['1e5', /not an amount/],
  ['$', /Enter an amount/],
  ['--5', /minus sign/],
  ['((5))', /minus sign/],
  ['5 dollars', /not an amount/],
];
const badDates: [string, RegExp][] = [
  ['', /Enter a date/],
  ['yesterday', /"yesterday" is not a date/],
  ['02/30/2026', /February 2026 has no day 30/],
  ['2025-02-29', /February 2025 has no day 29/],
  ['13/01/2026', /no month 13/],
  ['00/10/2026', /no month 0/],
  ['3/5/26', /four digits/],
  ['03/05/0026', /four digits|Check the year/],
  ['04/31/2026', /April 2026 has no day 31/],
  ['2026/03/05', /not a date/],
  ['03.05.2026', /not a date/],
  ['03/05/3026', /Check the year/],
];
const badPastes: [string, RegExp][] = [
  ['', /Paste the lines/],
  ['hello world\nfoo bar', /No header row/],
  ['Date,Code,Charge', /No lines under the header/],
  ['Code,Charge\n99285,100', /Add a Date column/],
  ['Date,Code,Charge\n02/30/2026,99285,100', /Row 2, Date: February 2026 has no day 30/],
  ['Date,Code,Charge\n03/05/2026,99285,12.345', /Row 2, Charge: .*two digits/],
  ['Date,Code,Charge\n03/05/2026,,100', /Row 2, Code: Enter the CPT or HCPCS code \(or the revenue code\)/],
  ['Date,Code,Charge,Units\n03/05/2026,99285,100,1.5', /Row 2, Units: .*whole number/],
  ['Date,Code,Charge,Mod\n03/05/2026,99285,100,25X', /Row 2, Mod: "25X" is not a modifier/],
  ['Date,Code,Charge,Rev\n03/05/2026,99285,100,45a', /Row 2, Rev: Revenue codes are 3 or 4 digits/],
  ['Date,Code,Charge,Dx\n03/05/2026,99285,100,chest', /Row 2, Dx: "CHEST" is not an ICD-10 code/],
  ['Date,Code,Charge\n03/05/2026,99 285,100', /Row 2, Code: "99 285" is not a code/],
  ['Date,Code,Charge\n03/05/2026,99285,NaN', /Row 2, Charge: "NaN" is not an amount/],
  ['Title\nDate,Code,Charge\n03/05/2026,99285,"$20,000,000.00"', /Row 3, Charge: .*\$10,000,000/],
];

describe('bad input is refused with what to fix', () => {
  it('holds a corpus of at least 30 cases', () => {
    expect(badMoney.length + badDates.length + badPastes.length).toBeGreaterThanOrEqual(30);
  });
  it.each(badMoney)('amount %j', (text, message) => {
    const result = parseDollars(text, { credits: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
  it.each(badDates)('date %j', (text, message) => {
    const result = parseTypedDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
  it.each(badPastes)('paste %j', (text, message) => {
    const reading = readBillLines(text);
    expect(reading.lines).toEqual([]);
    expect(reading.errors.map(describeRowError).join('\n')).toMatch(message);
  });
});

describe('pasting an itemized bill', () => {
  it('finds the header under a title, reads columns in any order and skips the total row', () => {
    const pasted = [
      'Riverside General — itemized statement',
      'Qty\tCharges\tCPT/HCPCS\tDOS\tRev Code\tMod\tDescription\tDx',
      '1\t$1,850.00\t99285\t03/05/2026\t450\t25\tER visit\tR07.9',
      '2\t(30.00)\t36415\t3/5/2026\t0300\t\tBlood draw, venous\t',
      '\t\t\t\t\t\tTotal\t',
    ].join('\n');
    const reading = readBillLines(pasted);
    expect(reading.errors).toEqual([]);
    expect(reading.skipped).toBe(1);
    expect(reading.lines).toEqual([
      { id: 'line-1', date: '2026-03-05', code: '99285', modifiers: ['25'], revenueCode: '0450', description: 'ER visit', units: 1, charge: 185000, diagnoses: ['R07.9'] },
      { id: 'line-2', date: '2026-03-05', code: '36415', revenueCode: '0300', description: 'Blood draw, venous', units: 2, charge: -3000 },
    ]);
  });

  it('reads a typical hospital bill: codes with modifiers, lines with only a revenue code, a line total beside the price, payment rows', () => {
    const pasted = [
      'Date,Code,Rev,Description,Qty,Price,Total',
      '03/05/2026,99285-25,0450,ER visit,1,"$1,850.00","$1,850.00"',
      '03/05/2026,,0250,Pharmacy,2,$10.00,$20.00',
      'Total,,,,,,"$1,870.00"',
      '03/20/2026,,,Insurance payment,,,(500.00)',
    ].join('\n');
    const reading = readBillLines(pasted);
    expect(reading.errors).toEqual([]);
    expect(reading.skipped).toBe(2);
    expect(reading.lines).toMatchObject([
      { code: '99285', modifiers: ['25'], revenueCode: '0450', charge: 185000 },
      { code: '', revenueCode: '0250', units: 2, charge: 2000 },
    ]);
  });

  it('reads quoted CSV cells with commas and quotes in them', () => {
    const reading = readBillLines('Date,Code,Description,Charge\n2026-03-05,80053,"Panel, ""complete""","$1,200.00"');
    expect(reading.lines[0]).toMatchObject({ description: 'Panel, "complete"', charge: 120000 });
  });

  it('reports every bad row, not only the first, and keeps the good ones out of the save', () => {
    const reading = readBillLines('Date,Code,Charge\n03/05/2026,99285,abc\n03/05/2026,36415,30\n02/31/2026,80053,10');
    expect(reading.errors.map((error) => error.row)).toEqual([2, 4]);
    expect(reading.lines).toHaveLength(1);
  });

  it('numbers new lines after the ones already on the bill', () => {
    const existing = [{ id: 'line-7', date: '2026-03-05', code: '99285', units: 1, charge: 100 }];
    expect(nextLineNumber(existing)).toBe(8);
    expect(readBillLines('Date,Code,Charge\n03/05/2026,36415,30', 8).lines[0]?.id).toBe('line-8');
  });

  it('reads back every bill it writes as CSV', () => {
    const line = fc.record({
      date: fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      code: fc.stringMatching(/^[0-9A-Z]{5}$/),
      modifiers: fc.option(fc.array(fc.stringMatching(/^[0-9A-Z]{2}$/), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      revenueCode: fc.option(fc.stringMatching(/^\d{4}$/), { nil: undefined }),
      description: fc.option(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== '' && !/[\r\n]/.test(s)), { nil: undefined }),
      units: fc.integer({ min: 0, max: 100_000 }),
      charge: fc.integer({ min: -MAX_CENTS, max: MAX_CENTS }),
      diagnoses: fc.option(fc.array(fc.constantFrom('R07.9', 'I10', 'S52.501A', 'Z00.00'), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (drafts) => {
      const lines = drafts.map((draft, index) => {
        const entries = Object.entries({ id: `line-${index + 1}`, ...draft }).filter(([, v]) => v !== undefined);
        return Object.fromEntries(entries) as BillLine;
      });
      const reading = readBillLines(billLinesToCsv(lines));
      expect(reading.errors).toEqual([]);
      expect(reading.lines).toEqual(lines);
    }), { numRuns: 300 });
  });
});
