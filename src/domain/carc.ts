/*
 * What an adjustment on an Explanation of Benefits means for the patient: the
 * group code (who carries the amount) and the reason code (why the plan changed
 * it), with a next step. Knowledge only: which lines a bill is charged for, and
 * whether that matches the EOB, is the audit's business. The plain words, in
 * each language, are in src/i18n/<language>/carc.ts.
 *
 * Sources: reason codes from the X12 Claim Adjustment Reason Codes list
 * (https://x12.org/codes/claim-adjustment-reason-codes), checked 2026-11; group
 * meanings from DOMAIN.md ("Reading a bill and an EOB"); who may be billed from
 * research/rules.md §7. X12 owns the official wording, so every sentence in the
 * catalogs is Billpath's own paraphrase, written for a grade-8 reader.
 */
import { carc as english } from '../i18n/en/carc';
import type { Words } from '../i18n/words';
import type { adjustmentGroups } from './case';

export type AdjustmentGroup = (typeof adjustmentGroups)[number];

/** Who may owe an adjustment of each group: only PR is the patient's to pay (rules.md §7 app rule: billable = group is PR). */
export const PATIENT_MAY_OWE: Readonly<Record<AdjustmentGroup, boolean>> = { CO: false, PR: true, OA: false, PI: false };

/**
 * The reason codes Billpath explains (their words: src/i18n/<language>/carc.ts).
 * `usuallyYours`: the reason names a cost that usually falls on the patient,
 * such as the deductible or an uncovered service.
 */
const REASONS: readonly { code: ReasonKey; usuallyYours?: true }[] = [
  { code: '1', usuallyYours: true }, { code: '2', usuallyYours: true }, { code: '3', usuallyYours: true },
  { code: '4' }, { code: '5' }, { code: '6' }, { code: '11' }, { code: '16' }, { code: '18' }, { code: '19' }, { code: '22' },
  { code: '23' }, { code: '24' }, { code: '26', usuallyYours: true }, { code: '27', usuallyYours: true }, { code: '29' },
  { code: '31' }, { code: '35', usuallyYours: true }, { code: '45' }, { code: '50', usuallyYours: true }, { code: '54' },
  { code: '55', usuallyYours: true }, { code: '56', usuallyYours: true }, { code: '58' }, { code: '59' },
  { code: '96', usuallyYours: true }, { code: '97' }, { code: '109' }, { code: '119', usuallyYours: true }, { code: '146' },
  { code: '151' }, { code: '167', usuallyYours: true }, { code: '170' }, { code: '197' }, { code: '198' },
  { code: '204', usuallyYours: true }, { code: '227' }, { code: '234' }, { code: '236' }, { code: '242', usuallyYours: true },
  { code: '253' }, { code: 'A1' },
];

export type CarcWords = Words['carc'];
type ReasonKey = keyof CarcWords['reasons'];
type ReasonWords = CarcWords['reasons'][ReasonKey];

export type GroupMeaning = Readonly<CarcWords['groups'][AdjustmentGroup] & { patientMayOwe: boolean }>;
export type ReasonCode = Readonly<{ code: string; usuallyYours?: true } & ReasonWords>;

/** Each group with its English words. */
export const ADJUSTMENT_GROUPS: Readonly<Record<AdjustmentGroup, GroupMeaning>> = {
  CO: { ...english.groups.CO, patientMayOwe: PATIENT_MAY_OWE.CO },
  PR: { ...english.groups.PR, patientMayOwe: PATIENT_MAY_OWE.PR },
  OA: { ...english.groups.OA, patientMayOwe: PATIENT_MAY_OWE.OA },
  PI: { ...english.groups.PI, patientMayOwe: PATIENT_MAY_OWE.PI },
};

/** Each reason code with its English words. */
export const REASON_CODES: readonly ReasonCode[] = REASONS.map((row) => ({ ...row, ...english.reasons[row.code] }));

const REASONS_BY_CODE = new Map<string, (typeof REASONS)[number]>(REASONS.map((row) => [row.code, row]));

/** "045", " co-45 ", "CO45" and "PR: 1" all become the bare code: "45", "1". */
export function normaliseReasonCode(text: unknown): string {
  const bare = plainText(text).toUpperCase().replace(/^(CO|PR|OA|PI|CR)[\s:-]*(?=[A-Z0-9])/, '').replace(/\s+/g, '');
  return bare.replace(/^0+(?=\d)/, '');
}

// Imported files can hold anything; String() itself throws on some objects.
function plainText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** A reason code Billpath explains, with its words (English unless another language's are given). */
export function findReasonCode(text: unknown, words: CarcWords = english): ReasonCode | undefined {
  const row = REASONS_BY_CODE.get(normaliseReasonCode(text));
  return row && { ...row, ...words.reasons[row.code] };
}

export type AdjustmentInput = { group: AdjustmentGroup; reason: string; amount?: number };
export type AdjustmentExplained = { group: string; reason: string; whatToDo?: string; patientMayOwe: boolean };

/**
 * The group decides whether the patient may owe the amount; the reason says why
 * it was adjusted. Never throws: EOB data is typed in by hand or imported. The
 * amount is accepted but not repeated, because the screen already shows it
 * beside the explanation. An unknown group is read as OA: "ask what it is".
 * In English unless another language's words are given.
 */
export function explainAdjustment(adjustment: AdjustmentInput, words: CarcWords = english): AdjustmentExplained {
  const groupCode = plainText(adjustment?.group).toUpperCase();
  const known = Object.hasOwn(PATIENT_MAY_OWE, groupCode) ? (groupCode as AdjustmentGroup) : 'OA';
  const group = words.groups[known];
  const code = normaliseReasonCode(adjustment?.reason);
  const row = REASONS_BY_CODE.get(code);
  const reason = row && words.reasons[row.code];
  const whatToDo = groupCode === 'CO' && row?.usuallyYours ? words.coOverridesYourShare : (reason?.whatToDo ?? group.whatToDo);
  return { group: group.meaning, reason: reason?.meaning ?? unknownReason(code, words), whatToDo, patientMayOwe: PATIENT_MAY_OWE[known] };
}

function unknownReason(code: string, words: CarcWords): string {
  if (code === '') return words.noReason;
  // Only echo something that looks like a code; junk input gets a generic sentence.
  return words.unknownReason(/^[A-Z0-9]{1,5}$/.test(code) ? code : undefined);
}
