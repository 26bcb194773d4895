/*
 * Which findings a bill has, without their words: the rules in the order
 * findings are listed — what the whole statement gets wrong, then line by line,
 * then help the person may get. The workflow needs only the billing problems
 * (detectProblems.ts); index.ts adds the words (kept apart so the app's first
 * download stays small).
 */
import type { Case } from '../case';
import { auditedBill, type AuditedBill } from './auditedBill';
import { billingProblemDetectors, type AuditOptions } from './detectProblems';
import type { Detected, Detector } from './finding';
import { financialAssistanceLikely } from './rules/financialAssistanceLikely';

const DETECTORS: readonly Detector<never>[] = [...billingProblemDetectors, financialAssistanceLikely as Detector<unknown> as Detector<never>];

export type { AuditOptions } from './detectProblems';

/** The bill as the rules read it, and what they detect on it. */
export function detectFindings(billCase: Case, today: string, { claimDecided = false }: AuditOptions = {}): { bill: AuditedBill; found: Detected[] } | undefined {
  if (!billCase || typeof billCase !== 'object') return undefined;
  const bill = auditedBill(billCase, today, claimDecided);
  return { bill, found: DETECTORS.flatMap((detect) => detect(bill)) };
}
