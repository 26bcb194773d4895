/*
 * Collections' steps: ask the collector to prove the debt inside the validation
 * window (30 days after receipt, assumed 5 business days after the notice),
 * wait for the proof, then settle with pay-for-delete, in writing.
 */
import { advice } from '../../src/domain/advice';
import { addBusinessDays, isIsoDate } from '../../src/domain/dates';
import { percentOf } from '../../src/domain/money';
import { ASSUMED_RECEIPT_BUSINESS_DAYS, DEBT_VALIDATION_PERIOD } from '../../src/domain/rules';
import { currentBalance } from '../amounts';
import type { BillContext } from '../context';
import { counterofferStep, lastOffer, waitForOfferStep, writtenAgreementStep } from './offers';
import { after, step, WAIT_FOR_PROOF, type Recommendation } from './shared';

/** Collectors often settle for 30-50 % (playbook figure); open at the low end. */
const COLLECTOR_OPENING_PERCENT = 30;

export function collectionsSteps(context: BillContext, state: string, today: string): Recommendation[] {
  const collector = context.collector;
  if (state === 'validationWindow') {
    const received = collector?.noticeDate && isIsoDate(collector.noticeDate)
      ? addBusinessDays(collector.noticeDate, ASSUMED_RECEIPT_BUSINESS_DAYS.days)
      : undefined;
    return [step('request-debt-validation', advice.requestDebtValidation(collector?.agency ?? ''), [
      { label: 'I sent the letter', event: { type: 'DEBT_VALIDATION_REQUESTED', at: today } },
      { label: 'Negotiate without it', event: { type: 'PROCEED_ANYWAY', at: today }, warning: WAIT_FOR_PROOF },
    ], after(received, DEBT_VALIDATION_PERIOD.days))];
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
  const offer = percentOf(collector?.amount ?? currentBalance(context), COLLECTOR_OPENING_PERCENT);
  const negotiate = step('negotiate-with-collector', advice.negotiateWithCollector(offer), [{ label: 'I made an offer', form: 'offer' }]);
  if (state === 'validated') {
    const start = { label: 'Start negotiating', event: { type: 'PROCEED', at: today } } as const;
    return [{ ...negotiate, actions: [start, ...negotiate.actions] }];
  }
  const last = context.offers.at(-1);
  if (last?.kind === 'counteroffer') return [counterofferStep(context, today)];
  if (last && lastOffer(context) === last) return [waitForOfferStep(context, today)];
  return [negotiate];
}
