/*
 * Entering the EOB by hand: the claim first (status, number, what it says you
 * owe — required, so a blank never reads as "owes nothing"), then its lines one
 * at a time, each with up to two adjustments (group + reason code). Each save
 * records the whole EOB again (EOB_RECEIVED).
 */
import type { Eob, EobLine } from '../../domain/case';
import { adjustmentGroups } from '../../domain/case';
import type { Words } from '../../i18n/words';
import type { FieldSpec, FormSpec, Values } from '../forms/readForm';
import { choices, dollars, num, str } from '../forms/values';

type EobWords = Words['bill']['eobForms'];

const emptyEob: Eob = { status: 'processed', lines: [], patientResponsibility: 0 };

export function eobClaimSpec(eob: Eob | undefined, at: string, w: EobWords): FormSpec {
  const current = eob ?? emptyEob;
  return {
    id: 'eob-claim',
    title: w.claimTitle,
    submitLabel: w.claimSubmit,
    fields: [
      { name: 'status', label: w.status, kind: 'choice', options: choices(w.statuses) },
      { name: 'claimNumber', label: w.claimNumber, kind: 'text', optional: true },
      { name: 'patientResponsibility', label: w.youOwe, hint: w.youOweHint, kind: 'money' },
    ],
    initial: { status: current.status, claimNumber: current.claimNumber ?? '', patientResponsibility: eob ? dollars(current.patientResponsibility) : '' },
    toEvent: (values) => ({
      type: 'EOB_RECEIVED',
      eob: {
        ...current,
        status: (str(values.status) ?? 'processed') as Eob['status'],
        ...(str(values.claimNumber) ? { claimNumber: str(values.claimNumber) } : {}),
        patientResponsibility: num(values.patientResponsibility),
      },
      at,
    }),
  };
}

const money = (name: string, label: string, hint?: string): FieldSpec => ({ name, label, kind: 'money', optional: true, ...(hint ? { hint } : {}) });
const groupOptions = choices(Object.fromEntries(adjustmentGroups.map((group) => [group, group])));

function adjustmentsFrom(values: Values): EobLine['adjustments'] {
  return [1, 2].flatMap((n) => {
    const group = str(values[`group${n}`]) as EobLine['adjustments'][number]['group'] | undefined;
    const amount = num(values[`amount${n}`]);
    return group && amount > 0 ? [{ group, reason: str(values[`reason${n}`]) ?? '', amount }] : [];
  });
}

export function eobLineSpec(eob: Eob | undefined, at: string, w: EobWords): FormSpec {
  const current = eob ?? emptyEob;
  const adjustment = (n: number): FieldSpec[] => [
    { name: `group${n}`, label: w.group(n), hint: n === 1 ? w.groupHint : undefined, kind: 'choice', options: groupOptions, optional: true },
    { name: `reason${n}`, label: w.reason(n), hint: n === 1 ? w.reasonHint : undefined, kind: 'text', optional: true },
    money(`amount${n}`, w.amount(n)),
  ];
  return {
    id: 'eob-line',
    title: w.lineTitle,
    submitLabel: w.lineSubmit,
    fields: [
      { name: 'code', label: w.code, hint: w.codeHint, kind: 'text' },
      { name: 'date', label: w.date, kind: 'date' },
      money('billed', w.billed, w.billedHint),
      money('allowed', w.allowed, w.allowedHint),
      money('planPaid', w.planPaid),
      money('deductible', w.deductible),
      money('coinsurance', w.coinsurance),
      money('copay', w.copay),
      money('notCovered', w.notCovered),
      ...adjustment(1),
      ...adjustment(2),
    ],
    initial: { date: at },
    check: (raw) => {
      const errors: Record<string, string> = {};
      for (const n of [1, 2]) {
        const group = raw[`group${n}`];
        const amount = typeof raw[`amount${n}`] === 'string' ? (raw[`amount${n}`] as string).trim() : '';
        if (amount && !group) errors[`group${n}`] = w.needsGroup;
        if (group && !amount) errors[`amount${n}`] = w.needsAmount;
      }
      return errors;
    },
    toEvent: (values) => {
      const line: EobLine = {
        code: (str(values.code) ?? '').toUpperCase(),
        date: str(values.date) ?? at,
        billed: num(values.billed), allowed: num(values.allowed), planPaid: num(values.planPaid),
        deductible: num(values.deductible), coinsurance: num(values.coinsurance), copay: num(values.copay), notCovered: num(values.notCovered),
        adjustments: adjustmentsFrom(values),
      };
      // What the EOB says is owed was typed with the claim; a line adds detail, not a new total.
      return { type: 'EOB_RECEIVED', eob: { ...current, lines: [...current.lines, line] }, at };
    },
  };
}
