/*
 * Bill lines as CSV with a header row: how a case's lines are copied out to a
 * spreadsheet, and the exact format readBillLines.ts reads back (the header in
 * the chosen language).
 */
import { bill } from '../../i18n/en/bill';
import type { BillLine } from '../case';
import { formatCents } from '../money';
import { quoteCell } from './delimited';
import type { LineField } from './lineColumns';

const fields: LineField[] = ['date', 'code', 'modifiers', 'revenueCode', 'description', 'units', 'charge', 'diagnoses'];

const cellOf = (line: BillLine, field: LineField): string => {
  switch (field) {
    case 'modifiers': return line.modifiers?.join(' ') ?? '';
    case 'diagnoses': return line.diagnoses?.join(' ') ?? '';
    case 'units': return String(line.units);
    case 'charge': return line.charge < 0 ? `(${formatCents(-line.charge)})` : formatCents(line.charge);
    default: return line[field] ?? '';
  }
};

/** The header names the columns in English, unless another language's names are given (both are read back). */
export function billLinesToCsv(lines: BillLine[], columns: Record<LineField, string> = bill.intake.columns): string {
  const header = fields.map((field) => columns[field]).join(',');
  return [header, ...lines.map((line) => fields.map((field) => quoteCell(cellOf(line, field))).join(','))].join('\n');
}
