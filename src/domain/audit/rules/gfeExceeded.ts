/*
 * gfe-exceeded: uninsured or self-pay, and the bill is at least $400 above the
 * provider's good faith estimate — grounds for patient-provider dispute
 * resolution, started within 120 days of the bill (45 CFR 149.610, 149.620).
 */
import { addCalendarDays, isIsoDate } from '../../dates';
import { GFE_DISPUTE_THRESHOLD, PATIENT_PROVIDER_DISPUTE } from '../../rules';
import { balanceOf } from '../auditedBill';
import { detected, type Detector } from '../finding';

/** The estimate, what was billed, how far above; the dispute window's length and, from the first bill's date, its last day. */
export type Facts = { estimate: number; billed: number; over: number; disputeDays: number; disputeEnds?: string };

export const gfeExceeded: Detector<Facts> = (bill) => {
  const estimate = bill.case.goodFaithEstimate;
  if (bill.insured || typeof estimate !== 'number' || !Number.isSafeInteger(estimate)) return [];
  // What the provider billed, net of its own credits (a self-pay discount lowers it).
  const billed = bill.lines.length ? bill.lines.reduce((sum, line) => sum + line.charge, 0) : balanceOf(bill);
  const over = billed - estimate;
  if (over < GFE_DISPUTE_THRESHOLD) return [];
  const firstBill = bill.case.firstStatementDate;
  const disputeDays = PATIENT_PROVIDER_DISPUTE.days;
  const disputeEnds = firstBill && isIsoDate(firstBill) ? addCalendarDays(firstBill, disputeDays) : undefined;
  return [detected('gfe-exceeded', [], over, { estimate, billed, over, disputeDays, ...(disputeEnds ? { disputeEnds } : {}) })];
};
