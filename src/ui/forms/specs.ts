/*
 * Every form that records a fact: its fields, its words and the event it sends.
 * One small builder per form, given the open case's context (for choices and
 * sensible starting values), today's date (stamped on the event as `at`) and
 * the words in the chosen language (the forms', and the findings' for naming
 * a disputed problem).
 */
import { amountLeftToPay, claimDecided, currentBalance, type BillContext, type FormId as StepFormId } from '../../../machines/workflow';
import { auditCase } from '../../domain/audit';
import { percentOf } from '../../domain/money';
import { OPENING_OFFER_PERCENT } from '../../domain/rules';
import { caseDetailsCheck, caseDetailsFields, caseDetailsFrom, caseDetailsInitial } from './caseDetails';
import { choices, dollars, isAfterToday, num, str } from './values';
import type { Words } from '../../i18n/words';
import type { FieldSpec, FormSpec } from './readForm';

export type FormId = StepFormId | 'details' | 'collections-notice' | 'corrected-bill' | 'new-case';

type FormWords = Words['forms'];
type Builder = (context: BillContext, at: string, words: FormWords, findings: Words['findings']) => FormSpec;

const planFields = ({ plan }: FormWords): FieldSpec[] => [
  { name: 'monthly', ...plan.monthly, kind: 'money' },
  { name: 'months', ...plan.months, kind: 'count', min: 1, max: 120 },
];

/** A disputed problem in the person's words: the finding's title, or the charge they picked. */
function disputedLabels(context: BillContext, at: string, words: FormWords, findings: Words['findings']): (id: string) => string {
  const audit = auditCase(context.case, at, { claimDecided: claimDecided(context) }, findings);
  const titles = new Map(audit.map((finding) => [finding.id, finding.title]));
  return (id) => {
    if (titles.has(id)) return titles.get(id)!;
    const line = context.case.lines.find((each) => each.id === id);
    if (line) return words.disputeAnswer.charge(line.code || line.revenueCode || '', line.date, line.charge);
    return words.dispute.somethingElse;
  };
}

const builders: Record<Exclude<FormId, 'new-case'>, Builder> = {
  details: (context, at, words) => ({
    id: 'details',
    title: words.editDetails.title,
    submitLabel: words.editDetails.submit,
    fields: caseDetailsFields(words),
    check: (raw) => caseDetailsCheck(raw, words),
    initial: caseDetailsInitial(context.case),
    toEvent: (v) => ({ type: 'CASE_DETAILS_UPDATED', details: caseDetailsFrom(v), at }),
  }),

  call: (_context, at, { call }) => ({
    id: 'call',
    title: call.title,
    intro: call.intro,
    submitLabel: call.submit,
    fields: [
      { name: 'date', ...call.date, kind: 'date' },
      { name: 'time', ...call.time, kind: 'time', optional: true },
      { name: 'with', ...call.with, kind: 'text' },
      { name: 'department', ...call.department, kind: 'text', optional: true },
      { name: 'reference', ...call.reference, kind: 'text', optional: true },
      { name: 'promised', ...call.promised, kind: 'longtext', optional: true },
      { name: 'followUp', ...call.followUp, kind: 'date', optional: true },
    ],
    initial: { date: at },
    check: (raw): Record<string, string> => (isAfterToday(raw.date, at) ? { date: call.inFuture } : {}),
    toEvent: (v) => ({
      type: 'CALL_LOGGED',
      with: str(v.with) ?? '',
      department: str(v.department),
      reference: str(v.reference),
      promised: str(v.promised),
      followUp: str(v.followUp),
      time: str(v.time),
      at: str(v.date) ?? at,
    }),
  }),

  'hold-confirmed': (_context, at, { hold }) => ({
    id: 'hold-confirmed',
    title: hold.title,
    submitLabel: hold.submit,
    fields: [{ name: 'until', ...hold.until, kind: 'date' }],
    toEvent: (v) => ({ type: 'HOLD_CONFIRMED', until: str(v.until) ?? at, at }),
  }),

  dispute: (context, at, { dispute }) => ({
    id: 'dispute',
    title: dispute.title,
    submitLabel: dispute.submit,
    fields: [
      {
        name: 'findingId',
        ...dispute.which,
        kind: 'choice',
        options: [
          ...context.case.lines.map((line) => ({ value: line.id, label: dispute.line(line.code, line.date, line.charge, line.description) })),
          { value: 'whole-bill', label: dispute.somethingElse },
        ],
      },
    ],
    toEvent: (v) => ({ type: 'FINDING_DISPUTED', findingId: str(v.findingId) ?? 'whole-bill', at }),
  }),

  'dispute-answer': (context, at, words, findings) => {
    const open = Object.keys(context.findings).filter((id) => context.findings[id]!.status === 'disputed');
    const labelOf = disputedLabels(context, at, words, findings);
    const answer = words.disputeAnswer;
    return {
      id: 'dispute-answer',
      title: answer.title,
      submitLabel: answer.submit,
      fields: [
        { name: 'findingId', ...answer.which, kind: 'choice', options: open.map((id) => ({ value: id, label: labelOf(id) })) },
        { name: 'outcome', ...answer.outcome, kind: 'choice', options: choices({ corrected: answer.corrected, upheld: answer.upheld }) },
        { name: 'adjustment', ...answer.adjustment, kind: 'money', optional: true },
      ],
      initial: { findingId: open[0] ?? '', outcome: 'corrected' },
      toEvent: (v) => ({
        type: 'FINDING_RESOLVED',
        findingId: str(v.findingId) ?? '',
        outcome: str(v.outcome) === 'upheld' ? 'upheld' : 'corrected',
        ...(typeof v.adjustment === 'number' ? { adjustment: v.adjustment } : {}),
        at,
      }),
    };
  },

  'corrected-bill': (_context, at, { correctedBill }) => ({
    id: 'corrected-bill',
    title: correctedBill.title,
    submitLabel: correctedBill.submit,
    fields: [{ name: 'balance', ...correctedBill.balance, kind: 'money' }],
    toEvent: (v) => ({ type: 'CORRECTED_BILL_RECEIVED', balance: num(v.balance), at }),
  }),

  'assistance-decision': (_context, at, { assistanceDecision: decision }) => ({
    id: 'assistance-decision',
    title: decision.title,
    submitLabel: decision.submit,
    fields: [
      { name: 'outcome', ...decision.outcome, kind: 'choice', options: choices(decision.outcomes) },
      { name: 'balance', ...decision.balance, kind: 'money', optional: true },
    ],
    toEvent: (v) => ({
      type: 'ASSISTANCE_DECIDED',
      outcome: (str(v.outcome) ?? 'denied') as 'approved' | 'partial' | 'denied',
      ...(typeof v.balance === 'number' ? { balance: v.balance } : {}),
      at,
    }),
  }),

  offer: (context, at, { offer }) => {
    const balance = currentBalance(context);
    return {
      id: 'offer',
      title: offer.title,
      submitLabel: offer.submit,
      initial: { amount: dollars(percentOf(balance, OPENING_OFFER_PERCENT.suggested)), kind: 'lump-sum' },
      fields: [
        { name: 'amount', ...offer.amount(balance, OPENING_OFFER_PERCENT.low, OPENING_OFFER_PERCENT.high), kind: 'money' },
        { name: 'kind', ...offer.kind, kind: 'choice', options: choices(offer.kinds) },
      ],
      toEvent: (v) => ({ type: 'OFFER_MADE', amount: num(v.amount), kind: (str(v.kind) ?? 'lump-sum') as 'lump-sum', at }),
    };
  },

  counteroffer: (_context, at, { counteroffer }) => ({
    id: 'counteroffer',
    title: counteroffer.title,
    submitLabel: counteroffer.submit,
    fields: [{ name: 'amount', ...counteroffer.amount, kind: 'money' }],
    toEvent: (v) => ({ type: 'COUNTEROFFER_RECEIVED', amount: num(v.amount), at }),
  }),

  'payment-plan': (_context, at, words) => ({
    id: 'payment-plan',
    title: words.plan.offeredTitle,
    intro: words.plan.offeredIntro,
    submitLabel: words.plan.offeredSubmit,
    fields: planFields(words),
    toEvent: (v) => ({ type: 'PAYMENT_PLAN_OFFERED', monthly: num(v.monthly), months: num(v.months), at }),
  }),

  'payment-plan-accepted': (context, at, words) => ({
    id: 'payment-plan-accepted',
    title: words.plan.acceptTitle,
    warning: words.plan.acceptWarning,
    submitLabel: words.plan.acceptSubmit,
    initial: context.paymentPlan && { monthly: dollars(context.paymentPlan.monthly), months: String(context.paymentPlan.months) },
    fields: [...planFields(words), { name: 'understood', ...words.plan.understood, kind: 'confirm' }],
    toEvent: (v) => ({ type: 'PAYMENT_PLAN_ACCEPTED', monthly: num(v.monthly), months: num(v.months), at }),
  }),

  'collections-notice': (_context, at, { collectionsNotice: notice }) => ({
    id: 'collections-notice',
    title: notice.title,
    intro: notice.intro,
    submitLabel: notice.submit,
    fields: [
      { name: 'agency', ...notice.agency, kind: 'text' },
      { name: 'noticeDate', ...notice.noticeDate, kind: 'date' },
      { name: 'amount', ...notice.amount, kind: 'money', optional: true },
      { name: 'originalCreditor', ...notice.originalCreditor, kind: 'text', optional: true },
    ],
    toEvent: (v) => ({
      type: 'SENT_TO_COLLECTIONS',
      agency: str(v.agency) ?? '',
      noticeDate: str(v.noticeDate) ?? at,
      ...(typeof v.amount === 'number' ? { amount: v.amount } : {}),
      originalCreditor: str(v.originalCreditor),
      at,
    }),
  }),

  payment: (context, at, { payment }) => ({
    id: 'payment',
    title: payment.title,
    submitLabel: payment.submit,
    initial: { amount: dollars(amountLeftToPay(context)) },
    fields: [{ name: 'amount', ...payment.amount, kind: 'money' }],
    toEvent: (v) => ({ type: 'PAYMENT_MADE', amount: num(v.amount), at }),
  }),
};

/** Starting a case is a fact like any other: the form produces its CASE_OPENED event. */
function newCaseSpec(at: string, words: FormWords): FormSpec {
  return {
    id: 'new-case',
    title: words.newCase.title,
    intro: words.newCase.intro,
    submitLabel: words.newCase.submit,
    fields: caseDetailsFields(words),
    check: (raw) => caseDetailsCheck(raw, words),
    initial: caseDetailsInitial(),
    toEvent: (v) => ({ type: 'CASE_OPENED', case: { ...caseDetailsFrom(v), id: '', lines: [] }, at }),
  };
}

/** The form `id`; every form but 'new-case' is about the open case, whose context it reads. */
export function formSpec(id: FormId, context: BillContext | undefined, today: string, words: FormWords, findings: Words['findings']): FormSpec {
  return id === 'new-case' || !context ? newCaseSpec(today, words) : builders[id](context, today, words, findings);
}
