/*
 * Disputing a collection debt and asking for validation: a written dispute
 * within the validation period stops collection until the collector sends
 * verification (15 USC 1692g(b); 12 CFR 1006.34).
 */
import { addBusinessDays, addCalendarDays, formatLongDate, isIsoDate } from '../dates';
import { formatCents } from '../money';
import { ASSUMED_RECEIPT_BUSINESS_DAYS, DEBT_VALIDATION_PERIOD } from '../rules';
import { collectorAmount, collectorOf, originalCreditor } from './collector';
import type { LetterFacts } from './facts';
import { letter, notPassed, type Letter } from './frame';

export function debtValidation(facts: LetterFacts): Letter {
  const notice = facts.context.collector?.noticeDate;
  const end = notice && isIsoDate(notice) ? addCalendarDays(addBusinessDays(notice, ASSUMED_RECEIPT_BUSINESS_DAYS.days), DEBT_VALIDATION_PERIOD.days) : undefined;
  // Said only while it is true: after the period a collector need not pause, but may still be asked to validate.
  const ends = end && notPassed(facts, end) ? formatLongDate(end) : undefined;
  return letter(facts, {
    to: collectorOf(facts),
    subject: 'Dispute and request for validation of debt',
    about: originalCreditor(facts),
    paragraphs: [
      `I dispute this debt of ${formatCents(collectorAmount(facts))}${notice && isIsoDate(notice) ? `, named in your notice dated ${formatLongDate(notice)}` : ''}, and I request validation under the Fair Debt Collection Practices Act (15 USC 1692g) and Regulation F (12 CFR 1006.34).`,
      'Please send me: the name and address of the original creditor; an itemized statement of the amount, with the services, dates and every payment, credit and fee; proof that you own the debt or may collect it; and a copy of the original bill.',
      `Until you send this verification, please stop all collection of this debt${ends ? `. I'm writing within the validation period, which ends ${ends}` : ''}. Please do not report it to a credit bureau while it is disputed, and contact me only in writing.`,
    ],
  });
}
