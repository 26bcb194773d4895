/*
 * The add-a-line form: the same checks as a pasted row (intake/readBillLines),
 * so a code, a modifier or a credit typed by hand is read exactly as in a paste,
 * and the words both are read with, in the chosen language.
 */
import { useMemo } from 'react';
import type { BillLine } from '../../domain/case';
import { nextLineNumber, readLine, type LineCells, type LineWords } from '../../domain/intake/readBillLines';
import type { LineField } from '../../domain/intake/lineColumns';
import { app } from '../../i18n/en/app';
import { bill } from '../../i18n/en/bill';
import { useWords } from '../../i18n/language';
import type { Words } from '../../i18n/words';
import type { FormSpec, RawValues } from '../forms/readForm';

/** What a typed or pasted line's problems are called, in the chosen language. */
export function useLineWords(): LineWords {
  const { intake } = useWords('bill', bill);
  const { typedDate, typedAmount } = useWords('app', app);
  return useMemo(() => ({ intake, typedDate, typedAmount }), [intake, typedDate, typedAmount]);
}

const cellsOf = (raw: RawValues): LineCells =>
  Object.fromEntries(Object.entries(raw).filter(([, value]) => typeof value === 'string')) as LineCells;

export function addLineSpec(lines: BillLine[], at: string, w: Words['bill']['lineForm'], lineWords: LineWords): FormSpec {
  const id = `line-${nextLineNumber(lines)}`;
  const field = (name: LineField, label: string, hint?: string, optional = true) =>
    ({ name, label, kind: 'text' as const, optional, ...(hint ? { hint } : {}) });
  return {
    id: 'add-line',
    title: w.title,
    submitLabel: w.submit,
    fields: [
      { name: 'date', label: w.date, kind: 'date' },
      field('code', w.code, w.codeHint),
      field('charge', w.charge, w.chargeHint, false),
      field('units', w.units, w.unitsHint),
      field('modifiers', w.modifiers, w.modifiersHint),
      field('revenueCode', w.revenueCode, w.revenueCodeHint),
      field('description', w.description),
      field('diagnoses', w.diagnoses, w.diagnosesHint),
    ],
    initial: { date: at },
    check: (raw) => {
      const reading = readLine(cellsOf(raw), id, lineWords);
      return reading.ok ? {} : (reading.errors as Record<string, string>);
    },
    toEvent: (values) => {
      const reading = readLine(cellsOf(values as RawValues), id, lineWords);
      return { type: 'ITEMIZED_BILL_RECEIVED', lines: reading.ok ? [...lines, reading.line] : lines, at };
    },
  };
}
