/*
 * The bill basics, as fields: used to start a case and to correct it later.
 */
import { providerKinds, type Case } from '../../domain/case';
import type { FieldSpec, RawValues, Values } from './readForm';
import { choices, dollars, num, str } from './values';

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
  { name: 'providerKind', label: 'Kind of provider', kind: 'choice', options: choices(KIND_LABELS) },
  {
    name: 'nonprofit',
    label: 'Is it a nonprofit hospital?',
    hint: 'Nonprofit hospitals must offer financial assistance. For a doctor, lab or other provider, choose "No" and ask the hospital whether its policy covers them. Not sure? Choose "I don\'t know".',
    kind: 'choice',
    options: choices({ yes: 'Yes', no: 'No', unknown: "I don't know" }),
  },
  {
    name: 'inNetwork',
    label: 'Is this provider in your plan\'s network?',
    hint: 'Your EOB or your plan\'s website says so.',
    kind: 'choice',
    options: choices({ yes: 'Yes', no: 'No', unknown: "I don't know" }),
  },
  {
    name: 'facilityInNetwork',
    label: 'Was the care at a hospital or center in your network?',
    hint: 'A doctor outside your network who treats you at an in-network hospital can bill you only your in-network share.',
    kind: 'choice',
    options: choices({ yes: 'Yes', no: 'No', unknown: "I don't know" }),
  },
  { name: 'emergency', label: 'Was it emergency care?', kind: 'choice', options: choices({ yes: 'Yes', no: 'No' }) },
  {
    name: 'coverage',
    label: 'Insurance for this care',
    kind: 'choice',
    options: choices({ insured: 'I have insurance', uninsured: 'No insurance (self-pay)' }),
  },
  { name: 'statementBalance', label: 'Amount the bill asks for', hint: 'In dollars, like 1250.00.', kind: 'money' },
  { name: 'accountNumber', label: 'Account number', kind: 'text', optional: true },
  {
    name: 'goodFaithEstimate',
    label: 'Good faith estimate',
    hint: 'Without insurance, the estimate you were given before the care, in dollars.',
    kind: 'money',
    optional: true,
  },
  { name: 'firstStatementDate', label: 'Date of the first bill', hint: 'It starts some of your deadlines.', kind: 'date', optional: true },
];

/** The bill basics as a Case fragment. */
const yesNo = (value: Values[string]) => (value === 'yes' ? true : value === 'no' ? false : undefined);
const maybe = <K extends string>(key: K, value: boolean | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, boolean>));
const asChoice = (value: boolean | undefined) => (value === undefined ? 'unknown' : value ? 'yes' : 'no');

export function caseDetailsFrom(values: Values): Omit<Case, 'id' | 'lines' | 'eob'> {
  return {
    title: str(values.title) ?? '',
    provider: {
      name: str(values.providerName) ?? '',
      kind: (str(values.providerKind) ?? 'other') as Case['provider']['kind'],
      ...maybe('nonprofit', yesNo(values.nonprofit)),
      ...maybe('inNetwork', yesNo(values.inNetwork)),
    },
    ...maybe('facilityInNetwork', yesNo(values.facilityInNetwork)),
    ...maybe('emergency', yesNo(values.emergency)),
    coverage: str(values.coverage) === 'uninsured' ? 'uninsured' : 'insured',
    statementBalance: num(values.statementBalance),
    ...(str(values.accountNumber) ? { accountNumber: str(values.accountNumber) } : {}),
    ...(str(values.firstStatementDate) ? { firstStatementDate: str(values.firstStatementDate) } : {}),
    ...(typeof values.goodFaithEstimate === 'number' ? { goodFaithEstimate: values.goodFaithEstimate } : {}),
  };
}

/** The federal assistance rules (IRS 501(r)) bind hospitals only: a "yes" for another kind of provider would be silently ignored. */
export function caseDetailsCheck(raw: RawValues): Record<string, string> {
  return raw.nonprofit === 'yes' && raw.providerKind !== 'hospital'
    ? { nonprofit: 'Only hospitals can be nonprofit hospitals here. Choose "No" or "I don\'t know", or set the kind of provider to hospital.' }
    : {};
}

export function caseDetailsInitial(billCase?: Case): RawValues {
  if (!billCase) return { providerKind: 'hospital', nonprofit: 'unknown', inNetwork: 'unknown', facilityInNetwork: 'unknown', emergency: 'no', coverage: 'insured' };
  return {
    title: billCase.title,
    providerName: billCase.provider.name,
    providerKind: billCase.provider.kind,
    nonprofit: asChoice(billCase.provider.nonprofit),
    inNetwork: asChoice(billCase.provider.inNetwork),
    facilityInNetwork: asChoice(billCase.facilityInNetwork),
    emergency: billCase.emergency ? 'yes' : 'no',
    coverage: billCase.coverage,
    statementBalance: dollars(billCase.statementBalance),
    accountNumber: billCase.accountNumber ?? '',
    firstStatementDate: billCase.firstStatementDate ?? '',
    goodFaithEstimate: billCase.goodFaithEstimate === undefined ? '' : dollars(billCase.goodFaithEstimate),
  };
}
