/*
 * The billing problems alone (every rule but financial-assistance-likely, which
 * is help, not an error): what the workflow's guards and steps ask about, without
 * the poverty tables the assistance rule needs.
 */
import type { Case } from '../case';
import { auditedBill } from './auditedBill';
import type { Detected, Detector } from './finding';
import { billedBeforeAdjudication } from './rules/billedBeforeAdjudication';
import { contractualAdjustmentBilled } from './rules/contractualAdjustmentBilled';
import { duplicateCharge } from './rules/duplicateCharge';
import { eobMismatch } from './rules/eobMismatch';
import { excessUnits } from './rules/excessUnits';
import { facilityFee } from './rules/facilityFee';
import { gfeExceeded } from './rules/gfeExceeded';
import { highLevelEm } from './rules/highLevelEm';
import { modifierReview } from './rules/modifierReview';
import { surpriseBilling } from './rules/surpriseBilling';
import { unbundledPanel } from './rules/unbundledPanel';
import { unspecifiedDiagnosis } from './rules/unspecifiedDiagnosis';

export type AuditOptions = {
  /** The insurer has decided the claim though no EOB is on the case yet (confirmed by phone). */
  claimDecided?: boolean;
};

/** In the order findings are listed: the whole statement first, then line by line. */
export const billingProblemDetectors: readonly Detector<never>[] = [
  billedBeforeAdjudication, eobMismatch, contractualAdjustmentBilled, surpriseBilling, gfeExceeded,
  duplicateCharge, excessUnits, unbundledPanel, highLevelEm, modifierReview, facilityFee, unspecifiedDiagnosis,
] as readonly Detector<unknown>[] as readonly Detector<never>[];

export function detectBillingProblems(billCase: Case, today: string, { claimDecided = false }: AuditOptions = {}): Detected[] {
  if (!billCase || typeof billCase !== 'object') return [];
  const bill = auditedBill(billCase, today, claimDecided);
  return billingProblemDetectors.flatMap((detect) => detect(bill));
}
