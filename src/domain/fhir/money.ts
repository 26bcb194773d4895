/*
 * FHIR Money (`{ value, currency }`, the value in dollars) read as integer
 * cents. Every EOB amount is a non-negative cents field, so a negative or
 * non-finite value reads as 0 (a refund or reversal is not a charge the
 * patient owes). Amounts above MAX_CENTS are reported, never clipped.
 * The currency is not checked: US payers send USD.
 */
import { MAX_CENTS } from '../money';
import { describeKind, isRecord, type Report } from './read';

/** `money` in cents; undefined when it is absent or unreadable (then reported). */
export function centsOf(money: unknown, what: string, report: Report): number | undefined {
  if (money === undefined) return undefined;
  if (!isRecord(money)) {
    report(report.words.notMoney(what, describeKind(money, report.words)));
    return undefined;
  }
  const dollars = money.value;
  if (dollars === undefined || dollars === null) return undefined;
  if (typeof dollars !== 'number') {
    report(report.words.notDollars(what, describeKind(dollars, report.words)));
    return undefined;
  }
  if (!Number.isFinite(dollars) || dollars <= 0) return 0;
  if (dollars * 100 > MAX_CENTS) {
    report(report.words.tooLarge(what, MAX_CENTS));
    return undefined;
  }
  // Shift the decimal point in the text, not by multiplying: 0.285 × 100 is 28.499… in binary.
  return Math.round(Number(`${dollars}e2`));
}
