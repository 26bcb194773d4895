/*
 * Every form that records a fact: its fields, its words and the event it sends.
 * Each takes the open case's context (for choices and sensible starting values)
 * and today's date (stamped on the event as `at`).
 */
import { amountLeftToPay, currentBalance, type BillContext, type FormId as StepFormId } from '../../../machines';
import type { Case } from '../../domain/case';
import { providerKinds } from '../../domain/case';
import { formatCents, percentOf } from '../../domain/money';
import { OPENING_OFFER_PERCENT } from '../../domain/rules';
import type { FieldSpec, FormSpec, RawValues, Values } from './readForm';

export type FormId = StepFormId | 'details' | 'call' | 'collections-notice' | 'corrected-bill' | 'new-case';

const dollars = (cents: number) => (cents / 100).toFixed(2);
const str = (value: Values[string]) => (typeof value === 'string' ? value : undefined);
const num = (value: Values[string]) => (typeof value === 'number' ? value : 0);

const KIND_LABELS: Record<(typeof providerKinds)[number], string> = {
  hospital: 'Hospital',
  physician: 'Doctor or clinic',
  lab: 'Lab',
  imaging: 'Imaging center',
  ambulance: 'Ambulance',
  other: 'Other',
};

export const caseDetailsFields: FieldSpec[] = [
  { name: 'title', label: 'A name for this bill', hint: 'For example: "ER visit in March".', kind: 'text' },
  { name: 'providerName', label: 'Who sent the bill', kind: 'text' },
  { name: 'providerKind', label: 'Kind of provider', kind: 'choice', options: providerKinds.map((value) => ({ value, label: KIND_LABELS[value] })) },
  { name: 'nonprofit', label: 'Is it a nonprofit hospital?', hint: 'Nonprofit hospitals must offer financial assistance. Not sure? Choose "I don\'t know".', kind: 'choice', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'unknown', label: "I don't know" }] },
  { name: 'coverage', label: 'Insurance for this care', kind: 'choice', options: [{ value: 'insured', label: 'I have insurance' }, { value: 'uninsured', label: 'No insurance (self-pay)' }] },
  { name: 'statementBalance', label: 'Amount the bill asks for', hint: 'In dollars, like 1250.00.', kind: 'money' },
  { name: 'accountNumber', label: 'Account number', kind: 'text', optional: true },
  { name: 'firstStatementDate', label: 'Date of the first bill', hint: 'It starts some of your deadlines.', kind: 'date', optional: true },
];

/** The bill basics as a Case fragment. */
export function caseDetailsFrom(values: Values): Omit<Case, 'id' | 'lines' | 'eob'> {
  const nonprofit = str(values.nonprofit);
  return {
    title: str(values.title) ?? '',
    provider: {
      name: str(values.providerName) ?? '',
      kind: (str(values.providerKind) ?? 'other') as Case['provider']['kind'],
      ...(nonprofit === 'yes' || nonprofit === 'no' ? { nonprofit: nonprofit === 'yes' } : {}),
    },
    coverage: str(values.coverage) === 'uninsured' ? 'uninsured' : 'insured',
    statementBalance: num(values.statementBalance),
    ...(str(values.accountNumber) ? { accountNumber: str(values.accountNumber) } : {}),
    ...(str(values.firstStatementDate) ? { firstStatementDate: str(values.firstStatementDate) } : {}),
  };
}

export function caseDetailsInitial(billCase?: Case): RawValues {
  if (!billCase) return { providerKind: 'hospital', nonprofit: 'unknown', coverage: 'insured' };
  const nonprofit = billCase.provider.nonprofit;
  return {
    title: billCase.title,
    providerName: billCase.provider.name,
    providerKind: billCase.provider.kind,
    nonprofit: nonprofit === undefined ? 'unknown' : nonprofit ? 'yes' : 'no',
    coverage: billCase.coverage,
    statementBalance: dollars(billCase.statementBalance),
    accountNumber: billCase.accountNumber ?? '',
    firstStatementDate: billCase.firstStatementDate ?? '',
  };
}

const PLAN_WARNING =
  'A payment plan freezes the balance and ends the talks: no lower offer can be made after you accept one. Ask about financial assistance and a lump-sum discount first.';

/** Starting a case is a fact like any other: the form produces its CASE_OPENED event. */
function newCaseSpec(today: string): FormSpec {
  return {
    id: 'new-case', title: 'Start a new case', intro: 'Use the numbers on the bill you got. You can change them later.',
    submitLabel: 'Start this case', fields: caseDetailsFields, initial: caseDetailsInitial(),
    toEvent: (v) => ({ type: 'CASE_OPENED', case: { ...caseDetailsFrom(v), id: '', lines: [] }, at: today }),
  };
}

/** The form `id`; every form but 'new-case' is about the open case, whose context it reads. */
export function formSpec(id: FormId, context: BillContext | undefined, today: string): FormSpec {
  if (id === 'new-case' || !context) return newCaseSpec(today);
  const at = today;
  const balance = currentBalance(context);
  switch (id) {
    case 'details':
      return { id, title: 'Bill basics', submitLabel: 'Save the bill basics', fields: caseDetailsFields, initial: caseDetailsInitial(context.case),
        toEvent: (v) => ({ type: 'CASE_DETAILS_UPDATED', details: caseDetailsFrom(v), at }) };
    case 'call':
      return { id, title: 'Log a call', intro: 'Write down every call. A note made today is proof later.', submitLabel: 'Save the call',
        fields: [
          { name: 'with', label: 'Who you spoke to', hint: 'Their name, or "no name given".', kind: 'text' },
          { name: 'department', label: 'Department', kind: 'text', optional: true },
          { name: 'reference', label: 'Reference number', kind: 'text', optional: true },
          { name: 'promised', label: 'What they promised', kind: 'longtext', optional: true },
          { name: 'followUp', label: 'Follow up by', kind: 'date', optional: true },
        ],
        toEvent: (v) => ({ type: 'CALL_LOGGED', with: str(v.with) ?? '', department: str(v.department), reference: str(v.reference), promised: str(v.promised), followUp: str(v.followUp), at }) };
    case 'hold-confirmed':
      return { id, title: 'The hold they confirmed', submitLabel: 'Save the hold', fields: [{ name: 'until', label: 'Hold lasts until', kind: 'date' }],
        toEvent: (v) => ({ type: 'HOLD_CONFIRMED', until: str(v.until) ?? today, at }) };
    case 'dispute':
      return { id, title: 'A problem on the bill', submitLabel: 'Record the problem',
        fields: [{ name: 'findingId', label: 'Which charge', kind: 'choice', options: [
          ...context.case.lines.map((line) => ({ value: line.id, label: `${line.code} on ${line.date}: ${formatCents(line.charge)}${line.description ? ` (${line.description})` : ''}` })),
          { value: 'whole-bill', label: 'Something else on the bill' },
        ] }],
        toEvent: (v) => ({ type: 'FINDING_DISPUTED', findingId: str(v.findingId) ?? 'whole-bill', at }) };
    case 'dispute-answer': {
      const open = Object.entries(context.findings).filter(([, finding]) => finding.status === 'disputed');
      return { id, title: 'Their answer to your dispute', submitLabel: 'Save their answer',
        fields: [
          { name: 'findingId', label: 'Which problem', kind: 'choice', options: open.map(([findingId]) => ({ value: findingId, label: findingId === 'whole-bill' ? 'Something else on the bill' : `Charge ${findingId}` })) },
          { name: 'outcome', label: 'What they did', kind: 'choice', options: [{ value: 'corrected', label: 'They corrected it' }, { value: 'upheld', label: 'They kept the charge' }] },
          { name: 'adjustment', label: 'Amount taken off', hint: 'Only if they corrected it.', kind: 'money', optional: true },
        ],
        initial: { findingId: open[0]?.[0] ?? '', outcome: 'corrected' },
        toEvent: (v) => ({ type: 'FINDING_RESOLVED', findingId: str(v.findingId) ?? '', outcome: str(v.outcome) === 'upheld' ? 'upheld' : 'corrected', ...(typeof v.adjustment === 'number' ? { adjustment: v.adjustment } : {}), at }) };
    }
    case 'corrected-bill':
      return { id, title: 'A corrected bill', submitLabel: 'Save the corrected bill', fields: [{ name: 'balance', label: 'New amount the bill asks for', kind: 'money' }],
        toEvent: (v) => ({ type: 'CORRECTED_BILL_RECEIVED', balance: num(v.balance), at }) };
    case 'assistance-decision':
      return { id, title: 'The financial assistance decision', submitLabel: 'Save the decision',
        fields: [
          { name: 'outcome', label: 'The decision', kind: 'choice', options: [{ value: 'approved', label: 'Approved' }, { value: 'partial', label: 'A partial discount' }, { value: 'denied', label: 'Denied' }] },
          { name: 'balance', label: 'New balance after assistance', hint: 'Leave empty if it was denied.', kind: 'money', optional: true },
        ],
        toEvent: (v) => ({ type: 'ASSISTANCE_DECIDED', outcome: (str(v.outcome) ?? 'denied') as 'approved' | 'partial' | 'denied', ...(typeof v.balance === 'number' ? { balance: v.balance } : {}), at }) };
    case 'offer':
      return { id, title: 'Your offer', submitLabel: 'Save my offer', initial: { amount: dollars(percentOf(balance, OPENING_OFFER_PERCENT.suggested)), kind: 'lump-sum' },
        fields: [
          { name: 'amount', label: 'Amount you offered', hint: `The balance is ${formatCents(balance)}. Openings of 20 to 40 % are common.`, kind: 'money' },
          { name: 'kind', label: 'Kind of offer', kind: 'choice', options: [{ value: 'lump-sum', label: 'Lump sum' }, { value: 'prompt-pay', label: 'Prompt-pay discount' }, { value: 'self-pay', label: 'Self-pay discount' }] },
        ],
        toEvent: (v) => ({ type: 'OFFER_MADE', amount: num(v.amount), kind: (str(v.kind) ?? 'lump-sum') as 'lump-sum', at }) };
    case 'counteroffer':
      return { id, title: 'Their counteroffer', submitLabel: 'Save their counteroffer', fields: [{ name: 'amount', label: 'Amount they asked for', kind: 'money' }],
        toEvent: (v) => ({ type: 'COUNTEROFFER_RECEIVED', amount: num(v.amount), at }) };
    case 'payment-plan':
      return { id, title: 'A payment plan they offered', intro: 'Write down the plan. You do not have to accept it.', submitLabel: 'Save the plan offer', fields: planFields,
        toEvent: (v) => ({ type: 'PAYMENT_PLAN_OFFERED', monthly: num(v.monthly), months: num(v.months), at }) };
    case 'payment-plan-accepted':
      return { id, title: 'Accept a payment plan', warning: PLAN_WARNING, submitLabel: 'I accepted this plan',
        initial: context.paymentPlan ? { monthly: dollars(context.paymentPlan.monthly), months: String(context.paymentPlan.months) } : {},
        fields: [...planFields, { name: 'understood', label: 'I understand that no lower offer can be made after this.', kind: 'confirm' }],
        toEvent: (v) => ({ type: 'PAYMENT_PLAN_ACCEPTED', monthly: num(v.monthly), months: num(v.months), at }) };
    case 'collections-notice':
      return { id, title: 'A collections notice', intro: 'Record the letter from the collection agency.', submitLabel: 'Save the notice',
        fields: [
          { name: 'agency', label: 'Collection agency', kind: 'text' },
          { name: 'noticeDate', label: 'Date on the notice', kind: 'date' },
          { name: 'amount', label: 'Amount they ask for', kind: 'money', optional: true },
          { name: 'originalCreditor', label: 'Original creditor', hint: 'Who the debt was first owed to.', kind: 'text', optional: true },
        ],
        toEvent: (v) => ({ type: 'SENT_TO_COLLECTIONS', agency: str(v.agency) ?? '', noticeDate: str(v.noticeDate) ?? today, ...(typeof v.amount === 'number' ? { amount: v.amount } : {}), originalCreditor: str(v.originalCreditor), at }) };
    case 'payment':
      return { id, title: 'Your payment', submitLabel: 'Save the payment', initial: { amount: dollars(amountLeftToPay(context)) },
        fields: [{ name: 'amount', label: 'Amount you paid', kind: 'money' }],
        toEvent: (v) => ({ type: 'PAYMENT_MADE', amount: num(v.amount), at }) };
  }
}

const planFields: FieldSpec[] = [
  { name: 'monthly', label: 'Monthly payment', kind: 'money' },
  { name: 'months', label: 'Number of months', kind: 'count', min: 1, max: 120 },
];
