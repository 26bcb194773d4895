/*
 * Closure's steps: pay exactly what was agreed, get the zero-balance letter,
 * check the credit report 30 to 60 days later, close and keep the file.
 */
import { CREDIT_CHECK_AFTER_PAYMENT } from '../../src/domain/rules';
import { amountLeftToPay } from '../amounts';
import type { BillContext } from '../context';
import { after, factsOf, step, type Recommendation, type StepWords } from './shared';

export function closureSteps(context: BillContext, state: string, today: string, words: StepWords): Recommendation[] {
  if (state === 'paying') {
    return [step('make-payment', words.advice.makePayment(amountLeftToPay(context)), [{ label: words.actions.paid, form: 'payment' }])];
  }
  if (state === 'confirmingZeroBalance') {
    return [step('confirm-zero-balance', words.advice.confirmZeroBalance(factsOf(context, words)), [
      { label: words.actions.haveLetter, event: { type: 'ZERO_BALANCE_CONFIRMED', at: today } },
    ])];
  }
  if (state === 'checkingCredit' && !context.creditReportCheckedAt) {
    const history = context.closureReason === 'not-validated' ? 'not-validated' : context.collector ? 'collections' : 'none';
    const paid = context.payments.at(-1)?.at;
    const from = after(paid, CREDIT_CHECK_AFTER_PAYMENT.fromDays);
    const to = after(paid, CREDIT_CHECK_AFTER_PAYMENT.days);
    return [step('check-credit-report', words.advice.checkCreditReport(history, from && to ? { from, to } : undefined), [
      { label: words.actions.checkedReports, event: { type: 'CREDIT_REPORT_CHECKED', at: today } },
    ], to)];
  }
  if (state === 'closed') return [step('keep-records', words.advice.keepRecords(), [])];
  return [step('close-case', words.advice.closeCase(), [{ label: words.actions.closeCase, event: { type: 'CASE_CLOSED', at: today } }])];
}
