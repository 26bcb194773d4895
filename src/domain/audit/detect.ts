/*
 * Which findings a bill has, without their words: the rules in the order
 * findings are listed — what the whole statement gets wrong, then line by line,
 * then help the person may get. The workflow needs only this; index.ts adds
 * the words (kept apart so the app's first download stays small).
 */
import type { Case } from '../case';
import { auditedBill, type AuditedBill } from './auditedBill';
import type { Detected, Detector } from './finding';
import { billedBeforeAdjudication } from './rules/billedBeforeAdjudication';
import { contractualAdjustmentBilled } from './rules/contractualAdjustmentBilled';
import { duplicateCharge } from './rules/duplicateCharge';
import { eobMismatch } from './rules/eobMismatch';
import { excessUnits } from './rules/excessUnits';
import { facilityFee } from './rules/facilityFee';
import { financialAssistanceLikely } from './rules/financialAssistanceLikely';
import { gfeExceeded } from './rules/gfeExceeded';
import { highLevelEm } from './rules/highLevelEm';
import { modifierReview } from './rules/modifierReview';
import { surpriseBilling } from './rules/surpriseBilling';
import { unbundledPanel } from './rules/unbundledPanel';
import { unspecifiedDiagnosis } from './rules/unspecifiedDiagnosis';

const DETECTORS: readonly Detector<never>[] = [
  billedBeforeAdjudication, eobMismatch, contractualAdjustmentBilled, surpriseBilling, gfeExceeded,
  duplicateCharge, excessUnits, unbundledPanel, highLevelEm, modifierReview, facilityFee, unspecifiedDiagnosis,
  financialAssistanceLikely,
] as readonly Detector<unknown>[] as readonly Detector<never>[];

export type AuditOptions = {
  /** The insurer has decided the claim though no EOB is on the case yet (confirmed by phone). */
  claimDecided?: boolean;
};

/** The bill as the rules read it, and what they detect on it. */
export function detectFindings(billCase: Case, today: string, { claimDecided = false }: AuditOptions = {}): { bill: AuditedBill; found: Detected[] } | undefined {
  if (!billCase || typeof billCase !== 'object') return undefined;
  const bill = auditedBill(billCase, today, claimDecided);
  return { bill, found: DETECTORS.flatMap((detect) => detect(bill)) };
}
