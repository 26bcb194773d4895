/*
 * The audit: every finding on a bill, the way a billing advocate reads it.
 * One file per rule in rules/ (its detection, with its source), code tables
 * in tables/, the words in the findings catalogs (src/i18n/<language>/findings.ts).
 * `today` only changes wording (how long a dispute window stays open), never
 * which findings there are, so marks stay meaningful.
 */
import { findings as english } from '../../i18n/en/findings';
import type { Case } from '../case';
import { detectFindings, type AuditOptions } from './detect';
import type { Finding } from './finding';
import { wordFindings, type FindingsWords } from './wordFindings';

/** Every finding on the bill, in words: English unless another language's catalog is given (CONTRACT.md). */
export function auditCase(billCase: Case, today: string, options: AuditOptions = {}, words: FindingsWords = english): Finding[] {
  const audit = detectFindings(billCase, today, options);
  return audit ? wordFindings(audit.found, audit.bill, words) : [];
}

export { amountInQuestion } from './amountInQuestion';
export { detectFindings, type AuditOptions } from './detect';
export { findingRules, isBillingProblem, type Detected, type Finding, type FindingRule } from './finding';
export { wordFindings, type FindingsWords } from './wordFindings';
