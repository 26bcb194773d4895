/*
 * Recording a fact: how each accepted event changes what the machine remembers.
 * A pure function of (context, event), used by the machine's one `record` action.
 * The chart decides *whether* an event is accepted in a state; this file only
 * says what is written down when it is. Payloads are read defensively, because
 * events can come from old files or tests, and the machine must never throw.
 */
import { escalationLevelOf } from '../src/domain/escalation';
import type { BillEvent } from '../src/domain/events';
import { currentBalance } from './amounts';
import type { BillContext } from './context';
import { openFindings } from './findings';

const amount = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function recordFact(context: BillContext, event: BillEvent): BillContext {
  const at = typeof event.at === 'string' ? event.at : '';
  switch (event.type) {
    case 'CASE_DETAILS_UPDATED':
      return { ...context, case: { ...context.case, ...event.details } };
    case 'ITEMIZED_BILL_REQUESTED':
      return { ...context, itemizedRequestedAt: at };
    case 'ITEMIZED_BILL_RECEIVED':
      return {
        ...context,
        // The first copy's date counts (some deadlines run from it); later ones are corrections.
        itemizedReceivedAt: context.itemizedReceivedAt ?? at,
        case: Array.isArray(event.lines) ? { ...context.case, lines: event.lines } : context.case,
      };
    case 'EOB_RECEIVED': {
      const status = event.eob?.status ?? 'pending';
      return {
        ...context,
        case: event.eob ? { ...context.case, eob: event.eob } : context.case,
        claim: { status, ...(status === 'denied' ? { deniedAt: at } : {}) },
      };
    }
    case 'CLAIM_STATUS_CONFIRMED':
      return {
        ...context,
        claim: { status: event.status, ...(event.status === 'denied' ? { deniedAt: at } : {}) },
      };
    case 'HOLD_REQUESTED':
      return { ...context, hold: { status: 'requested', requestedAt: at } };
    case 'HOLD_CONFIRMED':
      return { ...context, hold: { ...context.hold, status: 'confirmed', until: text(event.until) } };
    case 'CALL_LOGGED':
      return {
        ...context,
        lastContact: { kind: 'call', what: text(event.with), at, followUp: event.followUp },
      };
    case 'LETTER_SENT':
      return {
        ...context,
        lastContact: { kind: 'letter', what: text(event.letter), at, followUp: event.followUp },
        ...(event.letter === 'billing-dispute' ? { disputeLetterSentAt: at } : {}),
      };
    case 'FINDING_DISPUTED':
      return {
        ...context,
        findings: { ...context.findings, [event.findingId]: { status: 'disputed', at } },
      };
    case 'FINDING_RESOLVED': {
      const adjustment = event.outcome === 'corrected' ? amount(event.adjustment) : 0;
      // Answering the same finding again replaces the earlier answer: only the difference moves the balance.
      const before = context.findings[event.findingId]?.adjustment ?? 0;
      return {
        ...context,
        findings: {
          ...context.findings,
          [event.findingId]: { status: event.outcome, at, ...(adjustment ? { adjustment } : {}) },
        },
        ...(adjustment !== before
          ? { correctedBalance: Math.max(0, currentBalance(context) - adjustment + before) }
          : {}),
      };
    }
    case 'REVIEW_COMPLETED': {
      // "None of these is a problem": every finding still open is accepted as right.
      const accepted = openFindings(context).map((finding) => [finding.id, { status: 'upheld', at }] as const);
      return { ...context, reviewCompletedAt: at, findings: { ...context.findings, ...Object.fromEntries(accepted) } };
    }
    case 'CORRECTED_BILL_RECEIVED': {
      const balance = amount(event.balance);
      return { ...context, correctedBalance: balance, ...(balance === 0 ? { closureReason: 'zero-balance' } : {}) };
    }
    case 'PROVIDER_DISPUTE_STARTED':
      return { ...context, providerDisputeStartedAt: context.providerDisputeStartedAt ?? at };
    case 'APPEAL_FILED':
      return { ...context, appeal: { status: 'filed', since: at } };
    case 'APPEAL_DECIDED':
      return { ...context, appeal: { ...context.appeal, status: event.outcome, decidedAt: at } };
    case 'ASSISTANCE_APPLIED':
      return { ...context, assistance: { status: 'applied', since: at } };
    case 'ASSISTANCE_DECIDED': {
      // Approved with no amount given means the bill was forgiven; a partial decision names what is left.
      const balance = typeof event.balance === 'number' ? amount(event.balance) : event.outcome === 'approved' ? 0 : undefined;
      const lowered = event.outcome !== 'denied' && balance !== undefined;
      return {
        ...context,
        assistance: { ...context.assistance, status: event.outcome, decidedAt: at, ...(lowered ? { balance } : {}) },
        ...(lowered ? { correctedBalance: balance } : {}),
      };
    }
    case 'OFFER_MADE':
      return { ...context, offers: [...context.offers, { amount: amount(event.amount), kind: event.kind, at }] };
    case 'COUNTEROFFER_RECEIVED':
      return { ...context, offers: [...context.offers, { amount: amount(event.amount), kind: 'counteroffer', at }] };
    case 'OFFER_ACCEPTED':
      return { ...context, accepted: { amount: amount(event.amount), at } };
    case 'OFFER_REJECTED': {
      // A refusal ends any deal on the table (the provider backed out, or the plan was declined).
      const { accepted: _dropped, ...rest } = context;
      const paymentPlan = context.paymentPlan?.status === 'offered' ? undefined : context.paymentPlan;
      return { ...rest, paymentPlan, refusals: context.refusals + 1 };
    }
    case 'ESCALATED':
      // Someone new is on the line: the refusal was answered by going up, not by trying again.
      return { ...context, escalationLevel: escalationLevelOf(event.level, context.escalationLevel), refusals: 0 };
    case 'PAYMENT_PLAN_OFFERED':
    case 'PAYMENT_PLAN_ACCEPTED':
      return {
        ...context,
        paymentPlan: {
          monthly: amount(event.monthly),
          months: Math.max(1, Math.round(amount(event.months))),
          ...(typeof event.apr === 'number' ? { apr: event.apr } : {}),
          status: event.type === 'PAYMENT_PLAN_ACCEPTED' ? 'accepted' : 'offered',
          at,
        },
      };
    case 'PAYMENT_PLAN_DECLINED':
      return { ...context, paymentPlan: undefined };
    case 'AGREEMENT_RECEIVED_IN_WRITING':
      return { ...context, agreementInWritingAt: at, closureReason: 'agreement' };
    case 'SENT_TO_COLLECTIONS':
      return {
        ...context,
        collector: {
          agency: text(event.agency),
          noticeDate: text(event.noticeDate) || at,
          ...(event.amount !== undefined ? { amount: amount(event.amount) } : {}),
          ...(event.originalCreditor ? { originalCreditor: event.originalCreditor } : {}),
        },
        // A collector is a new party: offers and deals made with the provider don't carry over.
        // An accepted payment plan does: after one, no offer is ever made (CONTRACT.md).
        accepted: undefined,
        agreementInWritingAt: undefined,
        offers: [],
        refusals: 0,
        escalationLevel: 0,
        debtValidationRequestedAt: undefined,
        debtValidatedAt: undefined,
      };
    case 'DEBT_VALIDATION_REQUESTED':
      return { ...context, debtValidationRequestedAt: at };
    case 'DEBT_VALIDATED':
      return { ...context, debtValidatedAt: at };
    case 'DEBT_NOT_VALIDATED':
      return { ...context, closureReason: 'not-validated' };
    case 'PAYMENT_MADE':
      return { ...context, payments: [...context.payments, { amount: amount(event.amount), at }] };
    case 'ZERO_BALANCE_CONFIRMED':
      return { ...context, zeroBalanceConfirmedAt: at };
    case 'CREDIT_REPORT_CHECKED':
      // In collections, a check of how the collector reports it; in closure, the last check after paying.
      return context.closureReason === undefined && context.collector
        ? { ...context, collector: { ...context.collector, reportCheckedAt: at } }
        : { ...context, creditReportCheckedAt: at };
    case 'CASE_CLOSED':
      return { ...context, closedAt: at };
    default:
      return context;
  }
}
