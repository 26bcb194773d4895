/*
 * What the audit reports: one finding per problem, naming its lines, the amount
 * at stake in cents (each line counted once within a finding), a plain
 * explanation, and the question to put to the billing office (CONTRACT.md).
 */
import type { AuditedBill } from './auditedBill';

export const findingRules = [
  'billed-before-adjudication', 'eob-mismatch', 'contractual-adjustment-billed', 'surprise-billing',
  'gfe-exceeded', 'duplicate-charge', 'excess-units', 'unbundled-panel', 'high-level-em',
  'modifier-review', 'facility-fee', 'unspecified-diagnosis', 'financial-assistance-likely',
] as const;
export type FindingRule = (typeof findingRules)[number];

/** Financial assistance is help the person may get, not an error to dispute: it has its own step. */
export const isBillingProblem = (finding: { rule: FindingRule }): boolean => finding.rule !== 'financial-assistance-likely';

export type Finding = {
  id: string;
  rule: FindingRule;
  lineIds: string[];
  /** Cents at stake: what the person may not owe if the finding holds. */
  amount: number;
  title: string;
  explanation: string;
  /** The question or request for the billing office, in operational language. */
  ask: string;
};

/** A finding's words: its title, what it means, and the question to ask (src/i18n/<language>/findings.ts). */
export type FindingText = { title: string; explanation: string; ask: string };

/**
 * What a rule detects, before it is put into words: the machine needs only
 * this (which findings, their lines and amounts), so the wording — most of the
 * audit's size — stays out of the app's first download.
 */
export type Detected<Facts = unknown> = Omit<Finding, keyof FindingText> & { facts: Facts };

/** One rule's detection: every finding of its kind on the bill. */
export type Detector<Facts> = (bill: AuditedBill) => Detected<Facts>[];

/**
 * A detected finding with its id: the rule, plus `key` where a bill can have
 * several of that kind (usually the line ids). Ids stay the same while the same
 * lines are involved, so the person's marks on a finding survive a re-audit.
 */
export function detected<Facts>(rule: FindingRule, lineIds: string[], amount: number, facts: Facts, key?: string): Detected<Facts> {
  return { id: key ? `${rule}:${key}` : rule, rule, lineIds, amount: Math.max(0, Math.round(amount)), facts };
}
