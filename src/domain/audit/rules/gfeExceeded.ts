/*
 * gfe-exceeded: uninsured or self-pay, and the bill is at least $400 above the
 * provider's good faith estimate — grounds for patient-provider dispute
 * resolution, started within 120 days of the bill (45 CFR 149.610, 149.620).
 */
import { GFE_DISPUTE_THRESHOLD } from '../../rules';
import { balanceOf } from '../auditedBill';
import { detected, type Detector } from '../finding';

export type Facts = { estimate: number; billed: number; over: number };

export const gfeExceeded: Detector<Facts> = (bill) => {
  const estimate = bill.case.goodFaithEstimate;
  if (bill.insured || typeof estimate !== 'number' || !Number.isSafeInteger(estimate)) return [];
  // What the provider billed, net of its own credits (a self-pay discount lowers it).
  const billed = bill.lines.length ? bill.lines.reduce((sum, line) => sum + line.charge, 0) : balanceOf(bill);
  const over = billed - estimate;
  if (over < GFE_DISPUTE_THRESHOLD) return [];
  return [detected('gfe-exceeded', [], over, { estimate, billed, over })];
};
