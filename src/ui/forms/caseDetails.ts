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
    hint: 'Nonprofit hospitals must offer financial assistance. Not sure? Choose "I don\'t know".',
    kind: 'choice',
    options: choices({ yes: 'Yes', no: 'No', unknown: "I don't know" }),
  },
  {
    name: 'coverage',
    label: 'Insurance for this care',
    kind: 'choice',
    options: choices({ insured: 'I have insurance', uninsured: 'No insurance (self-pay)' }),
  },
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
