/*
 * What the work on a bill was worth: the bill as it first stood, what the
 * corrections and financial assistance took off, what the settlement took off
 * the rest, what was paid, and what was saved. Worked out by replaying the
 * journal, so each drop in the balance is put down to the event that made it.
 * Integer cents. The parts add up: original = corrections + assistance +
 * settlement + owed (a correction that raised the bill counts as negative).
 */
import { amountAgreed, amountPaid, currentBalance, replaySteps, type BillSnapshot } from '../../machines/workflow';
import type { CaseFile } from './caseFile';

export type Outcome = {
  /** The statement balance when the case was opened (or as last corrected by the person). */
  original: number;
  /** Taken off by disputed charges corrected and corrected bills. */
  corrections: number;
  /** Taken off by a financial assistance decision. */
  assistance: number;
  /** Taken off the balance by the deal (offer, or a collector's settlement). */
  settlement: number;
  /** What is owed in the end: the deal, or the balance when there was none; nothing for a debt never proved. */
  owed: number;
  paid: number;
  /** original − owed. */
  saved: number;
};

export function outcomeOf(caseFile: Pick<CaseFile, 'case' | 'journal'>): Outcome {
  let corrections = 0;
  let assistance = 0;
  const steps = replaySteps(caseFile);
  let snapshot: BillSnapshot = steps.next().value!; // before the first event
  for (const { event } of caseFile.journal) {
    const before = currentBalance(snapshot.context);
    snapshot = steps.next().value!;
    const drop = before - currentBalance(snapshot.context);
    if (event.type === 'ASSISTANCE_DECIDED') assistance += drop;
    // A change to the bill basics restates the bill itself; anything else that moves the balance corrects it.
    else if (event.type !== 'CASE_DETAILS_UPDATED') corrections += drop;
  }
  const context = snapshot.context;
  const balance = currentBalance(context);
  const owed = context.closureReason === 'not-validated' ? 0 : Math.min(balance, amountAgreed(context) ?? balance);
  const original = balance + corrections + assistance;
  return { original, corrections, assistance, settlement: balance - owed, owed, paid: amountPaid(context), saved: original - owed };
}
