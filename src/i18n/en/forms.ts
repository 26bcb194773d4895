/*
 * The forms' words, in English: what every form shares (errors, "optional",
 * the buttons), the bill basics, and each form that records a fact
 * (src/ui/forms/specs.ts). Each field is its label and, where it helps, a hint.
 */
import type { ProviderKind } from '../../domain/case';
import { formatLongDate } from '../../domain/dates';
import { formatCents } from '../../domain/money';
import { formOpening } from './formOpening';

type Field = { label: string; hint?: string };

export const forms = {
  opening: formOpening,
  beforeYouDo: 'Before you do this: ',
  optional: ' (optional)',
  choose: 'Choose…',
  cancel: 'Cancel',
  errors: {
    tick: 'Tick this box to go on.',
    enter: (label: string) => `Enter ${label.toLowerCase()}.`,
    wholeNumber: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
    chooseOne: 'Choose one of the options.',
  },
  /** A time of day as typed (src/domain/clockTime.ts). */
  time: {
    howToWrite: 'Write the time like 2:30 PM or 14:30.',
    notATime: (typed: string) => `"${typed}" is not a time.`,
    noMinute: (minute: number) => `An hour has no minute ${minute}.`,
    halfDayHour: 'With AM or PM, the hour is 1 to 12.',
    morningOrAfternoon: (hour: string) => `Add the minutes or AM/PM: is "${hour}" morning or afternoon?`,
    noHour: (hour: number) => `A day has no hour ${hour}.`,
  },
  answers: { yes: 'Yes', no: 'No', unknown: "I don't know" },
  providerKinds: {
    hospital: 'Hospital',
    physician: 'Doctor or clinic',
    lab: 'Lab',
    imaging: 'Imaging center',
    ambulance: 'Ambulance',
    other: 'Other',
  } satisfies Record<ProviderKind, string>,
  details: {
    title: { label: 'A name for this bill', hint: 'For example: "ER visit in March".' },
    providerName: { label: 'Who sent the bill' },
    providerKind: { label: 'Kind of provider' },
    nonprofit: {
      label: 'Is it a nonprofit hospital?',
      hint: 'Nonprofit hospitals must offer financial assistance. For a doctor, lab or other provider, choose "No" and ask the hospital whether its policy covers them. Not sure? Choose "I don\'t know".',
    },
    inNetwork: { label: 'Is this provider in your plan\'s network?', hint: 'Your EOB or your plan\'s website says so.' },
    facilityInNetwork: {
      label: 'Was the care at a hospital or center in your network?',
      hint: 'Some doctors at an in-network hospital are not in your network. They can bill you only what you would pay in network.',
    },
    emergency: { label: 'Was it emergency care?' },
    coverage: { label: 'Insurance for this care' },
    statementBalance: { label: 'Amount the bill asks for', hint: 'In dollars, like 1250.00.' },
    accountNumber: { label: 'Account number' },
    goodFaithEstimate: { label: 'Good faith estimate', hint: 'If you have no insurance: the price you were given before the care, in dollars.' },
    firstStatementDate: { label: 'Date of the first bill', hint: 'It starts some of your deadlines.' },
  } satisfies Record<string, Field>,
  coverage: { insured: 'I have insurance', uninsured: 'No insurance (self-pay)' },
  onlyHospitals: 'Only hospitals can be nonprofit hospitals here. Choose "No" or "I don\'t know", or set the kind of provider to hospital.',
  newCase: { title: 'Start a new case', intro: 'Use the numbers on the bill you got. You can change them later.', submit: 'Start this case' },
  editDetails: { title: 'Bill basics', submit: 'Save the bill basics' },
  call: {
    title: 'Log a call',
    intro: 'Write down every call. A note made today is proof later.',
    submit: 'Save the call',
    date: { label: 'Date of the call' },
    time: { label: 'Time of the call' },
    with: { label: 'Who you spoke to', hint: 'Their name, or "no name given".' },
    department: { label: 'Department' },
    reference: { label: 'Reference number' },
    promised: { label: 'What they promised' },
    followUp: { label: 'Follow up by' },
    inFuture: 'A call can’t be in the future: check the date.',
  },
  hold: { title: 'The hold they confirmed', submit: 'Save the hold', until: { label: 'Hold lasts until' } },
  dispute: {
    title: 'A problem on the bill',
    submit: 'Record the problem',
    which: { label: 'Which charge' },
    line: (code: string, date: string, charge: number, description?: string) =>
      `${code} on ${date}: ${formatCents(charge)}${description ? ` (${description})` : ''}`,
    somethingElse: 'Something else on the bill',
  },
  disputeAnswer: {
    title: 'Their answer to your dispute',
    submit: 'Save their answer',
    which: { label: 'Which problem' },
    charge: (code: string, date: string, charge: number) => `The charge for ${code} on ${formatLongDate(date)} (${formatCents(charge)})`,
    outcome: { label: 'What they did' },
    corrected: 'They corrected it',
    upheld: 'They kept the charge',
    adjustment: { label: 'Amount taken off', hint: 'Only if they corrected it.' },
  },
  correctedBill: { title: 'A corrected bill', submit: 'Save the corrected bill', balance: { label: 'New amount the bill asks for' } },
  assistanceDecision: {
    title: 'The financial assistance decision',
    submit: 'Save the decision',
    outcome: { label: 'The decision' },
    outcomes: { approved: 'Approved', partial: 'A partial discount', denied: 'Denied' },
    balance: { label: 'New balance after assistance', hint: 'Leave it empty if they forgave the whole bill, or if it was denied.' },
  },
  offer: {
    title: 'Your offer',
    submit: 'Save my offer',
    amount: (balance: number, low: number, high: number): Field => ({
      label: 'Amount you offered',
      hint: `The balance is ${formatCents(balance)}. Openings of ${low} to ${high} % are common.`,
    }),
    kind: { label: 'Kind of offer' },
    kinds: { 'lump-sum': 'Lump sum', 'prompt-pay': 'Prompt-pay discount', 'self-pay': 'Self-pay discount' },
  },
  counteroffer: { title: 'Their counteroffer', submit: 'Save their counteroffer', amount: { label: 'Amount they asked for' } },
  plan: {
    monthly: { label: 'Monthly payment' },
    months: { label: 'Number of months' },
    offeredTitle: 'A payment plan they offered',
    offeredIntro: 'Write down the plan. You do not have to accept it.',
    offeredSubmit: 'Save the plan offer',
    acceptTitle: 'Accept a payment plan',
    acceptWarning:
      'A payment plan freezes the balance and ends the talks: no lower offer can be made after you accept one. Ask about financial assistance and a lump-sum discount first.',
    acceptSubmit: 'I accepted this plan',
    understood: { label: 'I understand that no lower offer can be made after this.' },
  },
  collectionsNotice: {
    title: 'A collections notice',
    intro: 'Record the letter from the collection agency.',
    submit: 'Save the notice',
    agency: { label: 'Collection agency' },
    noticeDate: { label: 'Date on the notice' },
    amount: { label: 'Amount they ask for' },
    originalCreditor: { label: 'Original creditor', hint: 'Who the debt was first owed to.' },
  },
  payment: { title: 'Your payment', submit: 'Save the payment', amount: { label: 'Amount you paid' } },
};
