/*
 * The claim status Billpath tracks — processed, pending or denied — read from
 * an ExplanationOfBenefit's `status`, `outcome` and denial signals.
 * A cancelled, draft or entered-in-error EOB is imported as pending: it is no
 * final word from the insurer, so the patient should confirm the claim's
 * status before relying on it. Blue Button sends no `outcome` at all; its
 * EOBs are Medicare's final-action claims, so no outcome reads as processed.
 */
import type { ClaimStatus } from '../case';
import { categoryCode } from './adjudication';
import { carcOf } from './adjustments';
import { deniedByMedicare } from './blueButton';
import { codingsOf, recordsIn, textOf, type Json } from './read';

const notFinal = new Set(['cancelled', 'draft', 'entered-in-error']);

/** CARIN's payment status code "denied" (C4BBPayerAdjudicationStatus), or a CARC denial reason. */
function saysDenied(entries: Json[]): boolean {
  return entries.some(
    (entry) =>
      codingsOf(entry.reason).some((coding) => coding.code === 'denied' && coding.system.endsWith('C4BBPayerAdjudicationStatus')) ||
      (categoryCode(entry.category) === 'denialreason' && carcOf(entry) !== undefined),
  );
}

export function lineDenied(item: Json): boolean {
  return saysDenied(recordsIn(item.adjudication)) || deniedByMedicare(item);
}

export function claimStatusOf(eob: Json, items: Json[]): ClaimStatus {
  const outcome = textOf(eob.outcome);
  if (notFinal.has(textOf(eob.status) ?? '')) return 'pending';
  if (outcome === 'error' || saysDenied(recordsIn(eob.adjudication))) return 'denied';
  if (items.length > 0 && items.every(lineDenied)) return 'denied';
  if (outcome === 'queued' || outcome === 'partial') return 'pending';
  return 'processed';
}
