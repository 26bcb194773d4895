/*
 * unspecified-diagnosis: an expensive service whose only diagnoses are
 * "unspecified" ICD-10-CM codes (R07.9 chest pain, unspecified …): weak
 * support for its necessity or level (DOMAIN.md "Codes"). The list and the
 * "expensive" threshold are in tables/serviceCodes.ts.
 */
import { describeLine } from '../auditedBill';
import type { BillLine } from '../../case';
import { detected, type Detector, type Wording } from '../finding';

type Facts = { line: BillLine; diagnoses: string[] };
import { EXPENSIVE_SERVICE, UNSPECIFIED_DIAGNOSES } from '../tables/serviceCodes';

const normalised = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

export const unspecifiedDiagnosis: Detector<Facts> = (bill) =>
  bill.lines.flatMap((line) => {
    const diagnoses = Array.isArray(line.diagnoses) ? line.diagnoses.filter((code) => typeof code === 'string') : [];
    if (line.charge < EXPENSIVE_SERVICE || diagnoses.length === 0) return [];
    if (!diagnoses.every((code) => UNSPECIFIED_DIAGNOSES.has(normalised(code)))) return [];
    return [detected('unspecified-diagnosis', [line.id], line.charge, { line, diagnoses }, line.id)];
  });

export const unspecifiedDiagnosisWords: Wording<Facts> = ({ line, diagnoses }) => {
    const named = diagnoses.map((code) => `${code} (${UNSPECIFIED_DIAGNOSES.get(normalised(code))})`).join(', ');
    return {
      title: `Costly service with only an "unspecified" diagnosis: code ${line.code}`,
      explanation: `The only reason given for this charge is ${named}. A vague diagnosis is weak support for an expensive service.`,
      ask: `The bill lists ${describeLine(line)} with diagnosis ${diagnoses.join(', ')} only. Can you provide the documentation that supports the medical necessity and level of this service?`,
    };
};
