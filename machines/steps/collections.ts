/*
 * Collections' steps: ask the collector to prove the debt inside the validation
 * window (deadline engine: 30 days after receipt, assumed 5 business days after
 * the notice), wait for the proof, check who owns the debt, then settle with
 * pay-for-delete, in writing. Beside them: how the debt may show on credit
 * reports, and a nonprofit hospital that sent the bill to collections too early.
 */
import { advice } from '../../src/domain/advice';
import { isNonprofitHospital } from '../../src/domain/provider';
import { addCalendarDays, isIsoDate } from '../../src/domain/dates';
import { percentOf } from '../../src/domain/money';
import { COLLECTOR_OFFER_PERCENT, MEDICAL_COLLECTIONS_REPORTING, NO_EXTRAORDINARY_COLLECTION } from '../../src/domain/rules';
import { currentBalance } from '../amounts';
import type { BillContext, Collector } from '../context';
import { counterofferStep, lastOffer, waitForOfferStep, writtenAgreementStep } from './offers';
import { dueFor } from './reminders';
import { step, WAIT_FOR_PROOF, type Recommendation } from './shared';

/** A nonprofit hospital may not send a bill to collections before day 120 after the first statement (26 CFR 1.501(r)-6). */
function sentTooEarly(context: BillContext, collector: Collector | undefined) {
  const first = context.case.firstStatementDate;
  if (!collector || !isNonprofitHospital(context.case.provider) || !first || !isIsoDate(first)) return undefined;
  const allowedFrom = addCalendarDays(first, NO_EXTRAORDINARY_COLLECTION.days);
  return collector.noticeDate < allowedFrom ? { hospital: context.case.provider.name.trim() || 'The hospital', allowedFrom } : undefined;
}

/** The bureaus' rules for medical collections, applied to this debt; until the person has checked. */
function creditReportingStep(context: BillContext, today: string): Recommendation[] {
  const collector = context.collector;
  if (!collector || collector.reportCheckedAt) return [];
  const owed = collector.amount ?? currentBalance(context);
  const first = context.case.firstStatementDate;
  const notBefore = first && isIsoDate(first) ? addCalendarDays(first, MEDICAL_COLLECTIONS_REPORTING.waitDays) : undefined;
  return [step('check-credit-reporting', advice.checkCreditReporting({ underThreshold: owed < MEDICAL_COLLECTIONS_REPORTING.minimum, notBefore }), [
    { label: 'I checked my reports', event: { type: 'CREDIT_REPORT_CHECKED', at: today } },
  ])];
}

function collectorSteps(context: BillContext, state: string, today: string): Recommendation[] {
  const collector = context.collector;
  const agency = collector?.agency ?? '';
  if (state === 'validationWindow') {
    return [step('request-debt-validation', advice.requestDebtValidation(agency, sentTooEarly(context, collector)), [
      { label: 'I sent the letter', event: { type: 'DEBT_VALIDATION_REQUESTED', at: today } },
      { label: 'Negotiate without it', event: { type: 'PROCEED_ANYWAY', at: today }, warning: WAIT_FOR_PROOF },
    ], dueFor(context, 'debt-validation'))];
  }
  if (state === 'validationRequested') {
    return [step('wait-for-response', advice.waitForValidation(), [
      { label: 'They sent proof', event: { type: 'DEBT_VALIDATED', at: today } },
      { label: 'They could not prove it', event: { type: 'DEBT_NOT_VALIDATED', at: today } },
    ])];
  }
  if (context.paymentPlan?.status === 'accepted') return [writtenAgreementStep(context, today, 'plan')];
  if (context.assistance.status === 'approved') return [writtenAgreementStep(context, today, 'assistance')];
  if (context.accepted) return [writtenAgreementStep(context, today, 'collector')];
  const offer = percentOf(collector?.amount ?? currentBalance(context), COLLECTOR_OFFER_PERCENT.suggested);
  const negotiate = step('negotiate-with-collector', advice.negotiateWithCollector(offer), [{ label: 'I made an offer', form: 'offer' }]);
  if (state === 'validated') {
    return [
      step('confirm-debt-owner', advice.confirmDebtOwner(agency, collector?.originalCreditor ?? context.case.provider.name), [
        { label: 'They own it and can settle', event: { type: 'PROCEED', at: today } },
      ]),
      negotiate,
    ];
  }
  const last = context.offers.at(-1);
  if (last?.kind === 'counteroffer') return [counterofferStep(context, today)];
  if (last && lastOffer(context) === last) return [waitForOfferStep(context, today)];
  return [negotiate];
}

export function collectionsSteps(context: BillContext, state: string, today: string): Recommendation[] {
  return [...collectorSteps(context, state, today), ...creditReportingStep(context, today)];
}
