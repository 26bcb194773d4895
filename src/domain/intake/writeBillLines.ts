/*
 * Bill lines as CSV with a header row: how a case's lines are copied out to a
 * spreadsheet, and the exact format readBillLines.ts reads back.
 */
import type { BillLine } from '../case';
import { formatCents } from '../money';
import { quoteCell } from './delimited';
import { headerNames, type LineField } from './lineColumns';

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

export function billLinesToCsv(lines: BillLine[]): string {
  const header = fields.map((field) => headerNames[field]).join(',');
  return [header, ...lines.map((line) => fields.map((field) => quoteCell(cellOf(line, field))).join(','))].join('\n');
}
