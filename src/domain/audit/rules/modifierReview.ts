/*
 * modifier-review: -25 (a separate visit on a procedure day) and -59 / XE XS
 * XP XU (a distinct service) let charges past the bundling edits, so the
 * billing office must say what made the service separate (CMS NCCI Policy
 * Manual ch. I; DOMAIN.md "Modifiers"; research/rules.md §10.3 on -25 misuse).
 */
import type { BillLine } from '../../case';
import { SEPARATE_SERVICE_MODIFIERS } from '../tables/serviceCodes';
import { detected, type Detector } from '../finding';
import { modifiersOf } from '../auditedBill';

export type Facts = { line: BillLine; flagged: string[] };

export const modifierReview: Detector<Facts> = (bill) =>
  bill.lines.flatMap((line) => {
    const flagged = modifiersOf(line).filter((modifier) => SEPARATE_SERVICE_MODIFIERS.has(modifier));
    return line.charge > 0 && flagged.length > 0 ? [detected('modifier-review', [line.id], line.charge, { line, flagged }, line.id)] : [];
  });
