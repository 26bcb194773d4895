/*
 * unspecified-diagnosis: an expensive service whose only diagnoses are
 * "unspecified" ICD-10-CM codes (R07.9 chest pain, unspecified …): weak
 * support for its necessity or level (DOMAIN.md "Codes"). The list and the
 * "expensive" threshold are in tables/serviceCodes.ts.
 */
import type { BillLine } from '../../case';
import { EXPENSIVE_SERVICE, UNSPECIFIED_DIAGNOSES } from '../tables/serviceCodes';
import { detected, type Detector } from '../finding';

export type Facts = { line: BillLine; diagnoses: string[] };

export const normalised = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

export const unspecifiedDiagnosis: Detector<Facts> = (bill) =>
  bill.lines.flatMap((line) => {
    const diagnoses = Array.isArray(line.diagnoses) ? line.diagnoses.filter((code) => typeof code === 'string') : [];
    if (line.charge < EXPENSIVE_SERVICE || diagnoses.length === 0) return [];
    if (!diagnoses.every((code) => UNSPECIFIED_DIAGNOSES.has(normalised(code)))) return [];
    return [detected('unspecified-diagnosis', [line.id], line.charge, { line, diagnoses }, line.id)];
  });
