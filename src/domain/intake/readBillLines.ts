/*
 * An itemized bill pasted from a spreadsheet or a CSV file, read into bill
 * lines — or into a list of what to fix, each with its row (as numbered in the
 * paste), its column (as named in the header) and the fix. Nothing is saved
 * here: the screen shows the preview and saves only a paste without errors.
 */
import { app } from '../../i18n/en/app';
import { bill } from '../../i18n/en/bill';
import type { Words } from '../../i18n/words';
import type { BillLine } from '../case';
import { parseTypedDate } from '../typedDates';
import { parseDollars } from '../typedMoney';
import { splitRows } from './delimited';
import { findHeader, requiredFields, type Header, type LineField } from './lineColumns';

/** What a paste's problems are called, in the chosen language: the lines' own, and those of a typed date and amount. */
export type LineWords = { intake: Words['bill']['intake'] } & Pick<Words['app'], 'typedDate' | 'typedAmount'>;
const english: LineWords = { intake: bill.intake, typedDate: app.typedDate, typedAmount: app.typedAmount };

export type RowError = { row: number; column: string; message: string };
export type LinesReading = { lines: BillLine[]; errors: RowError[]; skipped: number };

/** The most lines one paste may hold (large hospital stays run to a few thousand). */
export const MAX_PASTED_LINES = 25_000;

type Cell = { ok: true; value: string | number | string[] | undefined } | { ok: false; message: string };
const value = (v: string | number | string[] | undefined): Cell => ({ ok: true, value: v });
const problem = (message: string): Cell => ({ ok: false, message });

const readers: Record<LineField, (text: string, words: LineWords) => Cell> = {
  date: (text, words) => {
    const date = parseTypedDate(text, words.typedDate);
    return date.ok ? value(date.date) : problem(date.error);
  },
  // Pharmacy and supply lines often carry only a revenue code: readLine checks that one of the two is there.
  code: (text, words) => {
    const code = text.toUpperCase();
    return code === '' || /^[A-Z0-9][A-Z0-9.-]{0,19}$/.test(code) ? value(code) : problem(words.intake.notACode(text.slice(0, 20)));
  },
  modifiers: (text, words) => {
    const modifiers = text.split(/[\s,;/]+/).map((m) => m.replace(/^-/, '').toUpperCase()).filter(Boolean);
    const bad = modifiers.find((m) => !/^[A-Z0-9]{2}$/.test(m));
    return bad ? problem(words.intake.notAModifier(bad)) : value(modifiers.length ? modifiers : undefined);
  },
  revenueCode: (text, words) => {
    if (text === '') return value(undefined);
    return /^\d{3,4}$/.test(text) ? value(text.padStart(4, '0')) : problem(words.intake.badRevenueCode);
  },
  description: (text) => value(text === '' ? undefined : text.slice(0, 200)),
  units: (text, words) => {
    if (text === '') return value(1);
    const units = Number(text);
    return Number.isInteger(units) && units >= 0 && units <= 100_000
      ? value(units)
      : problem(words.intake.badUnits);
  },
  charge: (text, words) => {
    const amount = parseDollars(text, { credits: true, words: words.typedAmount });
    return amount.ok ? value(amount.cents) : problem(amount.error);
  },
  diagnoses: (text, words) => {
    const codes = text.split(/[\s,;]+/).map((d) => d.toUpperCase()).filter(Boolean);
    const bad = codes.find((d) => !/^[A-Z]\d[0-9A-Z](\.?[0-9A-Z]{1,4})?$/.test(d));
    return bad ? problem(words.intake.notADiagnosis(bad)) : value(codes.length ? codes : undefined);
  },
};

export type LineCells = Partial<Record<LineField, string>>;
export type LineReading = { ok: true; line: BillLine } | { ok: false; errors: Partial<Record<LineField, string>> };

/** "99285-25" or "99285 25 59" in the code column: the code, and its modifiers. */
const CODE_WITH_MODIFIERS = /^([A-Z0-9]{5})((?:[\s-]+[A-Z0-9]{2})+)$/i;

function splitModifiers(cells: LineCells): LineCells {
  const match = CODE_WITH_MODIFIERS.exec((cells.code ?? '').trim());
  if (!match) return cells;
  return { ...cells, code: match[1], modifiers: `${cells.modifiers ?? ''} ${match[2]!.replace(/-/g, ' ')}` };
}

/** One line from its cells as typed (a paste's row or the add-a-line form); a missing cell reads as empty. */
export function readLine(typed: LineCells, id: string, words: LineWords = english): LineReading {
  const cells = splitModifiers(typed);
  const line: Record<string, unknown> = { id };
  const errors: Partial<Record<LineField, string>> = {};
  for (const field of Object.keys(readers) as LineField[]) {
    const cell = readers[field]((cells[field] ?? '').trim(), words);
    if (!cell.ok) errors[field] = cell.message;
    else if (cell.value !== undefined) line[field] = cell.value;
  }
  if (!errors.code && line.code === '' && line.revenueCode === undefined) {
    errors.code = words.intake.needsACode;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, line: line as BillLine };
}

function readRow(cells: string[], header: Header, row: number, id: string, errors: RowError[], words: LineWords): BillLine | undefined {
  const typed: LineCells = {};
  for (const [field, column] of header.columns) typed[field] = cells[column.index] ?? '';
  const reading = readLine(typed, id, words);
  if (reading.ok) return reading.line;
  for (const [field, message] of Object.entries(reading.errors) as [LineField, string][]) {
    errors.push({ row, column: header.columns.get(field)?.name ?? words.intake.columns[field], message });
  }
  return undefined;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** A total, balance or payment row: no service code, and words that say what it sums up. */
const SUMMARY_WORDS = /\b(sub-?total|total|balance|amount due|payments?|adjustments?)\b/i;
function isSummaryRow(cells: string[], header: Header): boolean {
  const cellOf = (field: LineField) => cells[header.columns.get(field)?.index ?? -1]?.trim() ?? '';
  return cellOf('code') === '' && cellOf('revenueCode') === '' && cells.some((cell) => SUMMARY_WORDS.test(cell));
}

/**
 * Reads pasted text. Lines are numbered `line-<n>` from `firstNumber`, so a
 * paste added to lines already entered gets ids of its own. What to fix is
 * said in English unless another language's words are given.
 */
export function readBillLines(text: string, firstNumber = 1, lineWords: LineWords = english): LinesReading {
  const words = lineWords.intake;
  const rows = splitRows(text);
  const header = findHeader(rows);
  if (!header) {
    const message = isBlank(rows.flat()) ? words.nothingPasted : words.noHeader;
    return { lines: [], errors: [{ row: 1, column: '', message }], skipped: 0 };
  }
  const missing = requiredFields.filter((field) => !header.columns.has(field));
  if (missing.length) {
    const message = words.addColumns(missing.map((field) => words.columns[field]));
    return { lines: [], errors: [{ row: header.row + 1, column: '', message }], skipped: 0 };
  }
  const lines: BillLine[] = [];
  const errors: RowError[] = [];
  let skipped = 0;
  for (let index = header.row + 1; index < rows.length; index += 1) {
    const cells = rows[index]!;
    if (isBlank(cells)) continue;
    // A total, balance or payment row is not a service.
    if (isSummaryRow(cells, header)) {
      skipped += 1;
      continue;
    }
    if (lines.length + errors.length >= MAX_PASTED_LINES) {
      errors.push({ row: index + 1, column: '', message: words.tooMany(MAX_PASTED_LINES) });
      break;
    }
    const line = readRow(cells, header, index + 1, `line-${firstNumber + lines.length}`, errors, lineWords);
    if (line) lines.push(line);
  }
  if (lines.length === 0 && errors.length === 0) {
    errors.push({ row: header.row + 2, column: '', message: words.noLines });
  }
  return { lines, errors, skipped };
}

/** "Row 4, Charge: Use at most two digits after the decimal point." (English; in another language: its `atRow`). */
export function describeRowError({ row, column, message }: RowError): string {
  return english.intake.atRow(row, column, message);
}

/** The number after the highest `line-<n>` id, for lines added to a bill. */
export function nextLineNumber(lines: BillLine[]): number {
  return lines.reduce((max, line) => Math.max(max, Number(/^line-(\d+)$/.exec(line.id)?.[1] ?? 0)), 0) + 1;
}
