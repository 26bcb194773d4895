/*
 * eob-mismatch: the statement asks for more than the EOB's patient
 * responsibility. The EOB is the plan's statement of what the member owes;
 * anything above it needs an explanation (DOMAIN.md, "Reading a bill and an EOB").
 */
import { balanceOf } from '../auditedBill';
import { detected, type Detector, type Wording } from '../finding';
import { formatCents } from '../../money';

type Facts = { owed: number; difference: number };

export const eobMismatch: Detector<Facts> = (bill) => {
  if (!bill.decidedEob || bill.aboveEob === 0) return [];
  return [detected('eob-mismatch', [], bill.aboveEob, { owed: bill.decidedEob.patientResponsibility, difference: bill.aboveEob })];
};

export const eobMismatchWords: Wording<Facts> = ({ owed, difference }, bill) => ({
  title: 'The bill asks for more than your EOB says you owe',
  explanation: `Your insurer's EOB says you owe ${formatCents(owed)}. The bill asks for ${formatCents(balanceOf(bill))}, which is ${formatCents(difference)} more.`,
  ask: `My EOB shows my share is ${formatCents(owed)}. Can you explain the difference of ${formatCents(difference)}, or correct the bill to match the EOB?`,
});
