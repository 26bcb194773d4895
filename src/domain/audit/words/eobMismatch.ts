/*
 * The words for eob-mismatch (the rule and its source: ../rules/eobMismatch.ts).
 */
import { formatCents } from '../../money';
import type { Facts } from '../rules/eobMismatch';
import type { Wording } from '../finding';
import { balanceOf } from '../auditedBill';

export const eobMismatchWords: Wording<Facts> = ({ owed, difference }, bill) => ({
  title: 'The bill asks for more than your EOB says you owe',
  explanation: `Your insurer's EOB says you owe ${formatCents(owed)}. The bill asks for ${formatCents(balanceOf(bill))}, which is ${formatCents(difference)} more.`,
  ask: `My EOB shows my share is ${formatCents(owed)}. Can you explain the difference of ${formatCents(difference)}, or correct the bill to match the EOB?`,
});
