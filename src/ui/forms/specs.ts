/*
 * Every form that records a fact: its fields, its words and the event it sends.
 * One small builder per form, given the open case's context (for choices and
 * sensible starting values) and today's date (stamped on the event as `at`).
 */
import { amountLeftToPay, claimDecided, currentBalance, type BillContext, type FormId as StepFormId } from '../../../machines';
import { auditCase } from '../../domain/audit';
import { formatLongDate } from '../../domain/dates';
import { formatCents, percentOf } from '../../domain/money';
import { OPENING_OFFER_PERCENT } from '../../domain/rules';
import { caseDetailsCheck, caseDetailsFields, caseDetailsFrom, caseDetailsInitial } from './caseDetails';
import { choices, dollars, isAfterToday, num, str } from './values';
import type { FieldSpec, FormSpec } from './readForm';

export type FormId = StepFormId | 'details' | 'collections-notice' | 'corrected-bill' | 'new-case';

const PLAN_WARNING =
  'A payment plan freezes the balance and ends the talks: no lower offer can be made after you accept one. Ask about financial assistance and a lump-sum discount first.';

const planFields: FieldSpec[] = [
  { name: 'monthly', label: 'Monthly payment', kind: 'money' },
  { name: 'months', label: 'Number of months', kind: 'count', min: 1, max: 120 },
];

type Builder = (context: BillContext, at: string) => FormSpec;

/** A disputed problem in the person's words: the finding's title, or the charge they picked. */
function disputedLabels(context: BillContext, at: string): (id: string) => string {
  const titles = new Map(auditCase(context.case, at, { claimDecided: claimDecided(context) }).map((finding) => [finding.id, finding.title]));
  return (id) => {
    if (titles.has(id)) return titles.get(id)!;
    const line = context.case.lines.find((each) => each.id === id);
    if (line) return `The charge for ${line.code || line.revenueCode} on ${formatLongDate(line.date)} (${formatCents(line.charge)})`;
    return 'Something else on the bill';
  };
}

const builders: Record<Exclude<FormId, 'new-case'>, Builder> = {
  details: (context, at) => ({
    id: 'details',
    title: 'Bill basics',
    submitLabel: 'Save the bill basics',
    fields: caseDetailsFields,
    check: caseDetailsCheck,
    initial: caseDetailsInitial(context.case),
    toEvent: (v) => ({ type: 'CASE_DETAILS_UPDATED', details: caseDetailsFrom(v), at }),
  }),

  call: (_context, at) => ({
    id: 'call',
    title: 'Log a call',
    intro: 'Write down every call. A note made today is proof later.',
    submitLabel: 'Save the call',
    fields: [
      { name: 'date', label: 'Date of the call', kind: 'date' },
      { name: 'time', label: 'Time of the call', kind: 'time', optional: true },
      { name: 'with', label: 'Who you spoke to', hint: 'Their name, or "no name given".', kind: 'text' },
      { name: 'department', label: 'Department', kind: 'text', optional: true },
      { name: 'reference', label: 'Reference number', kind: 'text', optional: true },
      { name: 'promised', label: 'What they promised', kind: 'longtext', optional: true },
      { name: 'followUp', label: 'Follow up by', kind: 'date', optional: true },
    ],
    initial: { date: at },
    check: (raw): Record<string, string> => (isAfterToday(raw.date, at) ? { date: 'A call can’t be in the future: check the date.' } : {}),
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

  'hold-confirmed': (_context, at) => ({
    id: 'hold-confirmed',
    title: 'The hold they confirmed',
    submitLabel: 'Save the hold',
    fields: [{ name: 'until', label: 'Hold lasts until', kind: 'date' }],
    toEvent: (v) => ({ type: 'HOLD_CONFIRMED', until: str(v.until) ?? at, at }),
  }),

  dispute: (context, at) => ({
    id: 'dispute',
    title: 'A problem on the bill',
    submitLabel: 'Record the problem',
    fields: [
      {
        name: 'findingId',
        label: 'Which charge',
        kind: 'choice',
        options: [
          ...context.case.lines.map((line) => ({
            value: line.id,
            label: `${line.code} on ${line.date}: ${formatCents(line.charge)}${line.description ? ` (${line.description})` : ''}`,
          })),
          { value: 'whole-bill', label: 'Something else on the bill' },
        ],
      },
    ],
    toEvent: (v) => ({ type: 'FINDING_DISPUTED', findingId: str(v.findingId) ?? 'whole-bill', at }),
  }),

  'dispute-answer': (context, at) => {
    const open = Object.keys(context.findings).filter((id) => context.findings[id]!.status === 'disputed');
    const labelOf = disputedLabels(context, at);
    return {
      id: 'dispute-answer',
      title: 'Their answer to your dispute',
      submitLabel: 'Save their answer',
      fields: [
        {
          name: 'findingId',
          label: 'Which problem',
          kind: 'choice',
          options: open.map((id) => ({ value: id, label: labelOf(id) })),
        },
        { name: 'outcome', label: 'What they did', kind: 'choice', options: choices({ corrected: 'They corrected it', upheld: 'They kept the charge' }) },
        { name: 'adjustment', label: 'Amount taken off', hint: 'Only if they corrected it.', kind: 'money', optional: true },
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

  'corrected-bill': (_context, at) => ({
    id: 'corrected-bill',
    title: 'A corrected bill',
    submitLabel: 'Save the corrected bill',
    fields: [{ name: 'balance', label: 'New amount the bill asks for', kind: 'money' }],
    toEvent: (v) => ({ type: 'CORRECTED_BILL_RECEIVED', balance: num(v.balance), at }),
  }),

  'assistance-decision': (_context, at) => ({
    id: 'assistance-decision',
    title: 'The financial assistance decision',
    submitLabel: 'Save the decision',
    fields: [
      { name: 'outcome', label: 'The decision', kind: 'choice', options: choices({ approved: 'Approved', partial: 'A partial discount', denied: 'Denied' }) },
      {
        name: 'balance',
        label: 'New balance after assistance',
        hint: 'Leave it empty if they forgave the whole bill, or if it was denied.',
        kind: 'money',
        optional: true,
      },
    ],
    toEvent: (v) => ({
      type: 'ASSISTANCE_DECIDED',
      outcome: (str(v.outcome) ?? 'denied') as 'approved' | 'partial' | 'denied',
      ...(typeof v.balance === 'number' ? { balance: v.balance } : {}),
      at,
    }),
  }),

  offer: (context, at) => {
    const balance = currentBalance(context);
    return {
      id: 'offer',
      title: 'Your offer',
      submitLabel: 'Save my offer',
      initial: { amount: dollars(percentOf(balance, OPENING_OFFER_PERCENT.suggested)), kind: 'lump-sum' },
      fields: [
        { name: 'amount', label: 'Amount you offered', hint: `The balance is ${formatCents(balance)}. Openings of 20 to 40 % are common.`, kind: 'money' },
        {
          name: 'kind',
          label: 'Kind of offer',
          kind: 'choice',
          options: choices({ 'lump-sum': 'Lump sum', 'prompt-pay': 'Prompt-pay discount', 'self-pay': 'Self-pay discount' }),
        },
      ],
      toEvent: (v) => ({ type: 'OFFER_MADE', amount: num(v.amount), kind: (str(v.kind) ?? 'lump-sum') as 'lump-sum', at }),
    };
  },

  counteroffer: (_context, at) => ({
    id: 'counteroffer',
    title: 'Their counteroffer',
    submitLabel: 'Save their counteroffer',
    fields: [{ name: 'amount', label: 'Amount they asked for', kind: 'money' }],
    toEvent: (v) => ({ type: 'COUNTEROFFER_RECEIVED', amount: num(v.amount), at }),
  }),

  'payment-plan': (_context, at) => ({
    id: 'payment-plan',
    title: 'A payment plan they offered',
    intro: 'Write down the plan. You do not have to accept it.',
    submitLabel: 'Save the plan offer',
    fields: planFields,
    toEvent: (v) => ({ type: 'PAYMENT_PLAN_OFFERED', monthly: num(v.monthly), months: num(v.months), at }),
  }),

  'payment-plan-accepted': (context, at) => ({
    id: 'payment-plan-accepted',
    title: 'Accept a payment plan',
    warning: PLAN_WARNING,
    submitLabel: 'I accepted this plan',
    initial: context.paymentPlan && { monthly: dollars(context.paymentPlan.monthly), months: String(context.paymentPlan.months) },
    fields: [...planFields, { name: 'understood', label: 'I understand that no lower offer can be made after this.', kind: 'confirm' }],
    toEvent: (v) => ({ type: 'PAYMENT_PLAN_ACCEPTED', monthly: num(v.monthly), months: num(v.months), at }),
  }),

  'collections-notice': (_context, at) => ({
    id: 'collections-notice',
    title: 'A collections notice',
    intro: 'Record the letter from the collection agency.',
    submitLabel: 'Save the notice',
    fields: [
      { name: 'agency', label: 'Collection agency', kind: 'text' },
      { name: 'noticeDate', label: 'Date on the notice', kind: 'date' },
      { name: 'amount', label: 'Amount they ask for', kind: 'money', optional: true },
      { name: 'originalCreditor', label: 'Original creditor', hint: 'Who the debt was first owed to.', kind: 'text', optional: true },
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

  payment: (context, at) => ({
    id: 'payment',
    title: 'Your payment',
    submitLabel: 'Save the payment',
    initial: { amount: dollars(amountLeftToPay(context)) },
    fields: [{ name: 'amount', label: 'Amount you paid', kind: 'money' }],
    toEvent: (v) => ({ type: 'PAYMENT_MADE', amount: num(v.amount), at }),
  }),
};

/** Starting a case is a fact like any other: the form produces its CASE_OPENED event. */
function newCaseSpec(at: string): FormSpec {
  return {
    id: 'new-case',
    title: 'Start a new case',
    intro: 'Use the numbers on the bill you got. You can change them later.',
    submitLabel: 'Start this case',
    fields: caseDetailsFields,
    check: caseDetailsCheck,
    initial: caseDetailsInitial(),
    toEvent: (v) => ({ type: 'CASE_OPENED', case: { ...caseDetailsFrom(v), id: '', lines: [] }, at }),
  };
}

/** The form `id`; every form but 'new-case' is about the open case, whose context it reads. */
export function formSpec(id: FormId, context: BillContext | undefined, today: string): FormSpec {
  return id === 'new-case' || !context ? newCaseSpec(today) : builders[id](context, today);
}
