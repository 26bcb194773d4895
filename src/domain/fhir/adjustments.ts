/*
 * Claim adjustments (X12 CARC reason codes with their group CO / PR / OA / PI)
 * where an adjudication entry gives a reason from the CARC code system — a
 * CARIN `adjustmentreason` or `denialreason`, or any amount with a reason.
 * Without a group in the data, the group is a default named below.
 * What does not come with a CARC code (a plain `discount`) is not turned
 * into an adjustment: Billpath asserts only what the EOB says.
 */
import type { EobLine } from '../case';
import { categoryCode } from './adjudication';
import { centsOf } from './money';
import { codingsOf, reporter, type Coding, type FhirWords, type Json } from './read';

type Adjustment = EobLine['adjustments'][number];
type Group = Adjustment['group'];

/** https://x12.org/codes/claim-adjustment-reason-codes, however a payer spells the URL. */
const isCarcSystem = (coding: Coding) => /claim-adjustment-reason/i.test(coding.system);
const isGroupSystem = (coding: Coding) => /claim-adjustment-group/i.test(coding.system);
/** Payers also write the group into the code: "CO-45", "PR2". */
const GROUP_AND_REASON = /^(CO|PR|OA|PI)[-\s]?([A-Z]?\d{1,3})$/i;

/**
 * The group when the file gives none: 1 deductible, 2 coinsurance, 3 co-payment
 * (X12 CARC descriptions, checked 2026-11-23) and cost-share entries are the
 * patient's (PR). Anything else is OA ("ask what it is"), never a guessed CO:
 * whether a write-off is contractual depends on the network (45 is often PR or
 * OA out of network), and a guessed CO would raise a finding the file never made.
 */
const patientShareReasons = new Set(['1', '2', '3']);
const patientShareCategories = new Set(['deductible', 'coinsurance', 'copay']);

function defaultGroup(category: string | undefined, reason: string): Group {
  return patientShareReasons.has(reason) || patientShareCategories.has(category ?? '') ? 'PR' : 'OA';
}

function groupOf(code: string | undefined): Group | undefined {
  const upper = code?.toUpperCase();
  return upper === 'CO' || upper === 'PR' || upper === 'OA' || upper === 'PI' ? upper : undefined;
}

/** The CARC reason of an adjudication entry, with the group when the data gives one. */
export function carcOf(entry: Json): { reason: string; group?: Group } | undefined {
  const reasons = codingsOf(entry.reason);
  const carc = reasons.find((coding) => isCarcSystem(coding) || GROUP_AND_REASON.test(coding.code));
  if (carc === undefined) return undefined;
  const [, groupInCode, reasonInCode] = GROUP_AND_REASON.exec(carc.code) ?? [];
  const group = groupOf(groupInCode) ?? groupOf(reasons.find(isGroupSystem)?.code);
  return { reason: reasonInCode ?? carc.code, ...(group === undefined ? {} : { group }) };
}

/** Amount problems were already reported when the line's amounts were read. */
const unreported = (words: FhirWords) => reporter(words, () => {});

/** Every CARC adjustment in an item's adjudication list, with the entry's amount (0 if none). */
export function adjustmentsOf(entries: Json[], words: FhirWords): Adjustment[] {
  return entries.flatMap((entry) => {
    const carc = carcOf(entry);
    if (carc === undefined) return [];
    const category = categoryCode(entry.category);
    const amount = centsOf(entry.amount, '', unreported(words)) ?? 0;
    return [{ group: carc.group ?? defaultGroup(category, carc.reason), reason: carc.reason, amount }];
  });
}
