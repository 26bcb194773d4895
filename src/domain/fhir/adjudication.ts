/*
 * FHIR adjudication lists — an item's `adjudication`, the claim's
 * `adjudication` and `total` — read as amounts by CARIN code, and the EOB
 * money fields picked from them. Which codes feed which field, in order of
 * preference, is the table `codesByField`. Entries with the same code are
 * added (Blue Button gives a blood and a cash deductible); different codes
 * for one field are alternatives, never added (CARIN sends `benefit` and
 * `paidtoprovider` with the same money).
 */
import { carinCodeForVariable, isBlueButtonVariable } from './blueButton';
import { centsOf } from './money';
import { codingsOf, type Json, type Report } from './read';

export type Amounts = Map<string, number>;

/** CARIN (C4BBAdjudication) and base FHIR adjudication codes, best first. */
export const codesByField = {
  billed: ['submitted', 'drugcost'],
  allowed: ['eligible', 'allowed'],
  planPaid: ['benefit', 'paidtoprovider'],
  deductible: ['deductible'],
  coinsurance: ['coinsurance'],
  copay: ['copay'],
  notCovered: ['noncovered'],
  memberLiability: ['memberliability', 'patientpay'],
} as const;

export type AmountField = keyof typeof codesByField;

/** The patient's share of a line or a claim, field by field. */
export const costShareFields = ['deductible', 'coinsurance', 'copay', 'notCovered'] as const;

/** The code of an adjudication category; a Blue Button variable the table knows wins. */
export function categoryCode(category: unknown): string | undefined {
  const codes = codingsOf(category).map((coding) => coding.code);
  return codes.map(carinCodeForVariable).find(Boolean) ?? codes.find((code) => !isBlueButtonVariable(code));
}

/** The amounts in an adjudication list (a line's, the claim's totals or the claim's own), added up by code. */
export function amountsOf(entries: Json[], where: 'line' | 'claim-total' | 'claim', report: Report): Amounts {
  const amounts: Amounts = new Map();
  entries.forEach((entry, index) => {
    const code = categoryCode(entry.category);
    const what = report.words.amount(where, index + 1, code);
    const cents = centsOf(entry.amount, what, report);
    if (code !== undefined && cents !== undefined) amounts.set(code, (amounts.get(code) ?? 0) + cents);
  });
  return amounts;
}

/** Several sources of one claim's amounts; for each code the first source that has it wins. */
export function firstOf(...sources: Amounts[]): Amounts {
  const merged: Amounts = new Map();
  for (const [code, cents] of sources.flatMap((source) => [...source])) {
    if (!merged.has(code)) merged.set(code, cents);
  }
  return merged;
}

/** The amount for `field`: the first of its codes that `amounts` holds. */
export function pick(amounts: Amounts, field: AmountField): number | undefined {
  const code = codesByField[field].find((candidate) => amounts.has(candidate));
  return code === undefined ? undefined : amounts.get(code);
}
