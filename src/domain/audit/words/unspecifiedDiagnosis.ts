/*
 * The words for unspecified-diagnosis (the rule and its source: ../rules/unspecifiedDiagnosis.ts).
 */
import type { Wording } from '../finding';
import { UNSPECIFIED_DIAGNOSES } from '../tables/serviceCodes';
import { describeLine } from '../auditedBill';
import { normalised, type Facts } from '../rules/unspecifiedDiagnosis';

export const unspecifiedDiagnosisWords: Wording<Facts> = ({ line, diagnoses }) => {
  const named = diagnoses.map((code) => `${code} (${UNSPECIFIED_DIAGNOSES.get(normalised(code))})`).join(', ');
  return {
    title: `Costly care with only a vague diagnosis: code ${line.code}`,
    explanation: `The only reason given for this charge is ${named}. A vague diagnosis is weak support for costly care.`,
    ask: `The bill lists ${describeLine(line)} with only diagnosis ${diagnoses.join(', ')}. Please send the records that show why this care was needed, and at this level.`,
  };
};
