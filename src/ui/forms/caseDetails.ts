/*
 * The bill basics, as fields: used to start a case and to correct it later.
 */
import type { Case } from '../../domain/case';
import type { Words } from '../../i18n/words';
import type { FieldSpec, RawValues, Values } from './readForm';
import { choices, dollars, num, str } from './values';

type FormWords = Words['forms'];

/** The bill basics' fields, in the words given. */
export function caseDetailsFields(words: FormWords): FieldSpec[] {
  const { details, answers } = words;
  const yesNoUnknown = choices(answers);
  return [
    { name: 'title', ...details.title, kind: 'text' },
    { name: 'providerName', ...details.providerName, kind: 'text' },
    { name: 'providerKind', ...details.providerKind, kind: 'choice', options: choices(words.providerKinds) },
    { name: 'nonprofit', ...details.nonprofit, kind: 'choice', options: yesNoUnknown },
    { name: 'inNetwork', ...details.inNetwork, kind: 'choice', options: yesNoUnknown },
    { name: 'facilityInNetwork', ...details.facilityInNetwork, kind: 'choice', options: yesNoUnknown },
    { name: 'emergency', ...details.emergency, kind: 'choice', options: choices({ yes: answers.yes, no: answers.no }) },
    { name: 'coverage', ...details.coverage, kind: 'choice', options: choices(words.coverage) },
    { name: 'statementBalance', ...details.statementBalance, kind: 'money' },
    { name: 'accountNumber', ...details.accountNumber, kind: 'text', optional: true },
    { name: 'goodFaithEstimate', ...details.goodFaithEstimate, kind: 'money', optional: true },
    { name: 'firstStatementDate', ...details.firstStatementDate, kind: 'date', optional: true },
  ];
}

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
export function caseDetailsCheck(raw: RawValues, words: FormWords): Record<string, string> {
  return raw.nonprofit === 'yes' && raw.providerKind !== 'hospital' ? { nonprofit: words.onlyHospitals } : {};
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
