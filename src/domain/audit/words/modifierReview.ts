/*
 * The words for modifier-review (the rule and its source: ../rules/modifierReview.ts).
 */
import type { Facts } from '../rules/modifierReview';
import type { Wording } from '../finding';
import { describeLine } from '../auditedBill';

export const modifierReviewWords: Wording<Facts> = ({ line, flagged }) => {
  const named = flagged.map((modifier) => `-${modifier}`).join(' and ');
  const visit = flagged.includes('25');
  return {
    title: `Modifier ${named} on code ${line.code}`,
    explanation: visit
      ? 'Modifier -25 bills a visit on top of a procedure on the same day. It is allowed only for a separate, real problem. If there was none, the visit is part of the procedure.'
      : `Modifier ${named} bills this service as separate from the others that day, which gets it past the usual bundling rules. That needs a real reason in the records.`,
    ask: `What made ${describeLine(line)} separate from the other services that day? Please send the documentation that supports modifier ${named}.`,
  };
};
