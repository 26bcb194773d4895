/*
 * modifier-review: -25 (a separate visit on a procedure day) and -59 / XE XS
 * XP XU (a distinct service) let charges past the bundling edits, so the
 * billing office must say what made the service separate (CMS NCCI Policy
 * Manual ch. I; DOMAIN.md "Modifiers"; research/rules.md §10.3 on -25 misuse).
 */
import { describeLine, modifiersOf } from '../auditedBill';
import type { BillLine } from '../../case';
import { detected, type Detector, type Wording } from '../finding';

type Facts = { line: BillLine; flagged: string[] };
import { SEPARATE_SERVICE_MODIFIERS } from '../tables/serviceCodes';

export const modifierReview: Detector<Facts> = (bill) =>
  bill.lines.flatMap((line) => {
    const flagged = modifiersOf(line).filter((modifier) => SEPARATE_SERVICE_MODIFIERS.has(modifier));
    return line.charge > 0 && flagged.length > 0 ? [detected('modifier-review', [line.id], line.charge, { line, flagged }, line.id)] : [];
  });

export const modifierReviewWords: Wording<Facts> = ({ line, flagged }) => {
    const named = flagged.map((modifier) => `-${modifier}`).join(' and ');
    const visit = flagged.includes('25');
    return {
      title: `Modifier ${named} on code ${line.code}`,
      explanation: visit
        ? 'Modifier -25 bills a visit on top of a procedure the same day. It is allowed only for a separate, significant problem; otherwise the visit is part of the procedure.'
        : `Modifier ${named} bills this service as separate from the others that day, which gets it past the usual bundling rules. That needs a real reason in the records.`,
      ask: `What made ${describeLine(line)} separate from the other services that day? Please send the documentation that supports modifier ${named}.`,
    };
};
