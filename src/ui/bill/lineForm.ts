/*
 * The add-a-line form: the same checks as a pasted row (intake/readBillLines),
 * so a code, a modifier or a credit typed by hand is read exactly as in a paste.
 */
import type { BillLine } from '../../domain/case';
import { nextLineNumber, readLine, type LineCells } from '../../domain/intake/readBillLines';
import type { LineField } from '../../domain/intake/lineColumns';
import type { FormSpec, RawValues } from '../forms/readForm';

const cellsOf = (raw: RawValues): LineCells =>
  Object.fromEntries(Object.entries(raw).filter(([, value]) => typeof value === 'string')) as LineCells;

export function addLineSpec(lines: BillLine[], at: string): FormSpec {
  const id = `line-${nextLineNumber(lines)}`;
  const field = (name: LineField, label: string, hint?: string, optional = true) =>
    ({ name, label, kind: 'text' as const, optional, ...(hint ? { hint } : {}) });
  return {
    id: 'add-line',
    title: 'Add a line from the itemized bill',
    submitLabel: 'Add the line',
    fields: [
      { name: 'date', label: 'Date of service', kind: 'date' },
      field('code', 'Code (CPT or HCPCS)', 'Five characters, like 99285 or J1100. Needed unless the line shows only a revenue code.'),
      field('charge', 'Charge', 'In dollars, like 125.00. Write a credit as (12.00).', false),
      field('units', 'Units', 'Leave empty for 1.'),
      field('modifiers', 'Modifiers', 'Like 25 or 59 XU.'),
      field('revenueCode', 'Revenue code', 'Four digits on hospital bills, like 0450.'),
      field('description', 'Description'),
      field('diagnoses', 'Diagnosis codes', 'ICD-10, like R07.9.'),
    ],
    initial: { date: at },
    check: (raw) => {
      const reading = readLine(cellsOf(raw), id);
      return reading.ok ? {} : (reading.errors as Record<string, string>);
    },
    toEvent: (values) => {
      const reading = readLine(cellsOf(values as RawValues), id);
      return { type: 'ITEMIZED_BILL_RECEIVED', lines: reading.ok ? [...lines, reading.line] : lines, at };
    },
  };
}
