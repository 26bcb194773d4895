/*
 * Entering the EOB by hand: the claim first (status, number, what it says you
 * owe — required, so a blank never reads as "owes nothing"), then its lines one
 * at a time, each with up to two adjustments (group + reason code). Each save
 * records the whole EOB again (EOB_RECEIVED).
 */
import type { Eob, EobLine } from '../../domain/case';
import { adjustmentGroups } from '../../domain/case';
import type { FieldSpec, FormSpec, Values } from '../forms/readForm';
import { choices, dollars, num, str } from '../forms/values';

const emptyEob: Eob = { status: 'processed', lines: [], patientResponsibility: 0 };

export function eobClaimSpec(eob: Eob | undefined, at: string): FormSpec {
  const current = eob ?? emptyEob;
  return {
    id: 'eob-claim',
    title: 'The claim on your EOB',
    submitLabel: 'Save the claim',
    fields: [
      { name: 'status', label: 'What did the insurer decide?', kind: 'choice', options: choices({ processed: 'Processed (paid in part or in full)', pending: 'Still pending', denied: 'Denied' }) },
      { name: 'claimNumber', label: 'Claim number', kind: 'text', optional: true },
      { name: 'patientResponsibility', label: 'What the EOB says you owe', hint: 'Often called "patient responsibility" or "you may owe". Enter 0 if it says you owe nothing.', kind: 'money' },
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

export function eobLineSpec(eob: Eob | undefined, at: string): FormSpec {
  const current = eob ?? emptyEob;
  const adjustment = (n: number): FieldSpec[] => [
    { name: `group${n}`, label: `Adjustment ${n}: group code`, hint: n === 1 ? 'CO, PR, OA or PI, printed next to the amount.' : undefined, kind: 'choice', options: groupOptions, optional: true },
    { name: `reason${n}`, label: `Adjustment ${n}: reason code`, hint: n === 1 ? 'The number after the group, like 45 in CO-45.' : undefined, kind: 'text', optional: true },
    money(`amount${n}`, `Adjustment ${n}: amount`),
  ];
  return {
    id: 'eob-line',
    title: 'Add a line from the EOB',
    submitLabel: 'Add the EOB line',
    fields: [
      { name: 'code', label: 'Code', hint: 'The CPT or HCPCS code, like 99285.', kind: 'text' },
      { name: 'date', label: 'Date of service', kind: 'date' },
      money('billed', 'Billed', 'What the provider charged.'),
      money('allowed', 'Allowed', 'What your plan allows for it.'),
      money('planPaid', 'Plan paid'),
      money('deductible', 'Deductible'),
      money('coinsurance', 'Coinsurance'),
      money('copay', 'Copay'),
      money('notCovered', 'Not covered'),
      ...adjustment(1),
      ...adjustment(2),
    ],
    initial: { date: at },
    check: (raw) => {
      const errors: Record<string, string> = {};
      for (const n of [1, 2]) {
        const group = raw[`group${n}`];
        const amount = typeof raw[`amount${n}`] === 'string' ? (raw[`amount${n}`] as string).trim() : '';
        if (amount && !group) errors[`group${n}`] = 'Choose the group code for this amount.';
        if (group && !amount) errors[`amount${n}`] = 'Enter the amount of this adjustment.';
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
