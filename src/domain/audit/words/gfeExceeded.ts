/*
 * The words for gfe-exceeded (the rule and its source: ../rules/gfeExceeded.ts).
 */
import { PATIENT_PROVIDER_DISPUTE } from '../../rules';
import { addCalendarDays, formatLongDate, isIsoDate } from '../../dates';
import { formatCents } from '../../money';
import type { Facts } from '../rules/gfeExceeded';
import type { Wording } from '../finding';

/** The dispute window's last day, from the first bill's date; said plainly, whether open or passed. */
function window(firstBill: string | undefined, today: string): string {
  if (!firstBill || !isIsoDate(firstBill)) return `You have ${PATIENT_PROVIDER_DISPUTE.days} days from the date of the bill to start.`;
  const last = addCalendarDays(firstBill, PATIENT_PROVIDER_DISPUTE.days);
  return today > last
    ? `The ${PATIENT_PROVIDER_DISPUTE.days}-day window may have closed on ${formatLongDate(last)}; ask anyway.`
    : `Start the dispute by ${formatLongDate(last)}.`;
}

export const gfeExceededWords: Wording<Facts> = ({ estimate, billed, over }, bill) => ({
  title: 'The bill is far above your good faith estimate',
  explanation: `You were told to expect ${formatCents(estimate)}; the bill is ${formatCents(billed)}, ${formatCents(over)} more. When a bill is $400 or more above the estimate, you can ask for a federal dispute for a small fee; the No Surprises Help Desk (1-800-985-3059) can tell you the current fee and how to start. ${window(bill.case.firstStatementDate, bill.today)}`,
  ask: `My bill is ${formatCents(over)} above the good faith estimate of ${formatCents(estimate)}. Please bill me the estimate, or I will start patient-provider dispute resolution. While it is open, please don't send the bill to collections.`,
});
