/*
 * eob-mismatch: the statement asks for more than the EOB's patient
 * responsibility. The EOB is the plan's statement of what the member owes;
 * anything above it needs an explanation (DOMAIN.md, "Reading a bill and an EOB").
 */
import { balanceOf } from '../auditedBill';
import { detected, type Detector } from '../finding';

/** What the EOB says is owed, what the bill asks (`balance`) and the difference. */
export type Facts = { owed: number; balance: number; difference: number };

export const eobMismatch: Detector<Facts> = (bill) => {
  if (!bill.decidedEob || bill.aboveEob === 0) return [];
  return [detected('eob-mismatch', [], bill.aboveEob, { owed: bill.decidedEob.patientResponsibility, balance: balanceOf(bill), difference: bill.aboveEob })];
};
