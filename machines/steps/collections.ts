/*
 * Collections' steps: ask the collector to prove the debt inside the validation
 * window (deadline engine: 30 days after receipt, assumed 5 business days after
 * the notice), wait for the proof, check who owns the debt, then settle with
 * pay-for-delete, in writing. Beside them: how the debt may show on credit
 * reports, and a nonprofit hospital that sent the bill to collections too early.
 */
import { isNonprofitHospital } from '../../src/domain/provider';
import { addCalendarDays, isIsoDate } from '../../src/domain/dates';
import { percentOf } from '../../src/domain/money';
import { COLLECTOR_OFFER_PERCENT, MEDICAL_COLLECTIONS_REPORTING, NO_EXTRAORDINARY_COLLECTION } from '../../src/domain/rules';
import { currentBalance } from '../amounts';
import type { BillContext, Collector } from '../context';
import { counterofferStep, lastOffer, waitForOfferStep, writtenAgreementStep } from './offers';
import { dueFor } from './reminders';
import { step, type Recommendation, type StepWords } from './shared';

/** A nonprofit hospital may not send a bill to collections before day 120 after the first statement (26 CFR 1.501(r)-6). */
function sentTooEarly(context: BillContext, collector: Collector | undefined, words: StepWords) {
  const first = context.case.firstStatementDate;
  if (!collector || !isNonprofitHospital(context.case.provider) || !first || !isIsoDate(first)) return undefined;
  const allowedFrom = addCalendarDays(first, NO_EXTRAORDINARY_COLLECTION.days);
  return collector.noticeDate < allowedFrom ? { hospital: context.case.provider.name.trim() || words.unnamed.hospital, allowedFrom } : undefined;
}

/** The bureaus' rules for medical collections, applied to this debt; until the person has checked. */
function creditReportingStep(context: BillContext, today: string, words: StepWords): Recommendation[] {
  const collector = context.collector;
  if (!collector || collector.reportCheckedAt) return [];
  const owed = collector.amount ?? currentBalance(context);
  const first = context.case.firstStatementDate;
  const notBefore = first && isIsoDate(first) ? addCalendarDays(first, MEDICAL_COLLECTIONS_REPORTING.waitDays) : undefined;
  return [step('check-credit-reporting', words.advice.checkCreditReporting({ underThreshold: owed < MEDICAL_COLLECTIONS_REPORTING.minimum, notBefore }), [
    { label: words.actions.checkedReports, event: { type: 'CREDIT_REPORT_CHECKED', at: today } },
  ])];
}

function collectorSteps(context: BillContext, state: string, today: string, words: StepWords): Recommendation[] {
  const collector = context.collector;
  const agency = collector?.agency ?? '';
  if (state === 'validationWindow') {
    return [step('request-debt-validation', words.advice.requestDebtValidation(agency, sentTooEarly(context, collector, words)), [
      { label: words.actions.sentLetter, event: { type: 'DEBT_VALIDATION_REQUESTED', at: today } },
      { label: words.actions.negotiateWithout, event: { type: 'PROCEED_ANYWAY', at: today }, warning: words.waitFirst.proof },
    ], dueFor(context, 'debt-validation'))];
  }
  if (state === 'validationRequested') {
    return [step('wait-for-response', words.advice.waitForValidation(), [
      { label: words.actions.sentProof, event: { type: 'DEBT_VALIDATED', at: today } },
      { label: words.actions.couldNotProve, event: { type: 'DEBT_NOT_VALIDATED', at: today } },
    ])];
  }
  if (context.paymentPlan?.status === 'accepted') return [writtenAgreementStep(context, today, words, 'plan')];
  if (context.assistance.status === 'approved') return [writtenAgreementStep(context, today, words, 'assistance')];
  if (context.accepted) return [writtenAgreementStep(context, today, words, 'collector')];
  const offer = percentOf(collector?.amount ?? currentBalance(context), COLLECTOR_OFFER_PERCENT.suggested);
  const negotiate = step('negotiate-with-collector', words.advice.negotiateWithCollector(offer), [{ label: words.actions.madeOffer, form: 'offer' }]);
  if (state === 'validated') {
    return [
      step('confirm-debt-owner', words.advice.confirmDebtOwner(agency, collector?.originalCreditor ?? context.case.provider.name), [
        { label: words.actions.ownsAndCanSettle, event: { type: 'PROCEED', at: today } },
      ]),
      negotiate,
    ];
  }
  const last = context.offers.at(-1);
  if (last?.kind === 'counteroffer') return [counterofferStep(context, today, words)];
  if (last && lastOffer(context) === last) return [waitForOfferStep(context, today, words)];
  return [negotiate];
}

export function collectionsSteps(context: BillContext, state: string, today: string, words: StepWords): Recommendation[] {
  return [...collectorSteps(context, state, today, words), ...creditReportingStep(context, today, words)];
}
