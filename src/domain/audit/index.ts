/*
 * The audit: every finding on a bill, the way a billing advocate reads it.
 * One file per rule in rules/ (its detection and its words, with its source),
 * code tables in tables/. `today` only changes wording (how long a dispute
 * window stays open), never which findings there are, so marks stay meaningful.
 */
import type { Case } from '../case';
import { detectFindings, type AuditOptions } from './detect';
import type { Finding, FindingRule, Wording } from './finding';
import { billedBeforeAdjudicationWords } from './words/billedBeforeAdjudication';
import { contractualAdjustmentBilledWords } from './words/contractualAdjustmentBilled';
import { duplicateChargeWords } from './words/duplicateCharge';
import { eobMismatchWords } from './words/eobMismatch';
import { excessUnitsWords } from './words/excessUnits';
import { facilityFeeWords } from './words/facilityFee';
import { financialAssistanceLikelyWords } from './words/financialAssistanceLikely';
import { gfeExceededWords } from './words/gfeExceeded';
import { highLevelEmWords } from './words/highLevelEm';
import { modifierReviewWords } from './words/modifierReview';
import { surpriseBillingWords } from './words/surpriseBilling';
import { unbundledPanelWords } from './words/unbundledPanel';
import { unspecifiedDiagnosisWords } from './words/unspecifiedDiagnosis';

const WORDS = {
  'billed-before-adjudication': billedBeforeAdjudicationWords,
  'eob-mismatch': eobMismatchWords,
  'contractual-adjustment-billed': contractualAdjustmentBilledWords,
  'surprise-billing': surpriseBillingWords,
  'gfe-exceeded': gfeExceededWords,
  'duplicate-charge': duplicateChargeWords,
  'excess-units': excessUnitsWords,
  'unbundled-panel': unbundledPanelWords,
  'high-level-em': highLevelEmWords,
  'modifier-review': modifierReviewWords,
  'facility-fee': facilityFeeWords,
  'unspecified-diagnosis': unspecifiedDiagnosisWords,
  'financial-assistance-likely': financialAssistanceLikelyWords,
} as Record<FindingRule, Wording<unknown>>;

/** Every finding on the bill, in words (CONTRACT.md). */
export function auditCase(billCase: Case, today: string, options: AuditOptions = {}): Finding[] {
  const audit = detectFindings(billCase, today, options);
  if (!audit) return [];
  return audit.found.map(({ facts, ...finding }) => ({ ...finding, ...WORDS[finding.rule](facts, audit.bill) }));
}

export { amountInQuestion } from './amountInQuestion';
export { detectFindings, type AuditOptions } from './detect';
export { findingRules, isBillingProblem, type Detected, type Finding, type FindingRule } from './finding';
