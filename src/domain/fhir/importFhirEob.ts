/*
 * importFhirEob: FHIR R4 ExplanationOfBenefit resources (CARIN Blue Button or
 * Medicare Blue Button 2.0) read as Billpath's Eob. Takes one resource or a
 * Bundle (searchset, collection: each entry's `resource`) and gives one Eob per
 * ExplanationOfBenefit, in file order; a Bundle's other resources (Patient,
 * Coverage, Organization ...) are skipped. Every problem is collected in plain
 * words (src/i18n/<language>/bill.ts, `fhir`) and the file is then refused as
 * a whole; nothing here throws.
 * The field mapping and the quirks it copes with: mapping.md beside this file.
 */
import { bill } from '../../i18n/en/bill';
import { eobSchema, type Eob } from '../case';
import { check, type Parsed } from '../caseFile';
import { claimNumberOf, eobOf } from './claim';
import { shorten } from '../text';
import { describeKind, isRecord, recordsIn, reporter, textOf, type FhirWords, type Json } from './read';

/** Enough to fix a file by; a file of junk would otherwise list thousands. */
const MOST_ERRORS_SHOWN = 20;

const refuse = (...errors: string[]): Parsed<Eob[]> => ({ ok: false, errors });

/** The EOBs in a FHIR file, or what is wrong with it: in English unless another language's words are given. */
export function importFhirEob(json: unknown, words: FhirWords = bill.fhir): Parsed<Eob[]> {
  if (!isRecord(json)) return refuse(words.notAResource(describeKind(json, words)));
  const resourceType = textOf(json.resourceType);
  if (resourceType === 'ExplanationOfBenefit') return importAll([json], words);
  if (resourceType === 'Bundle') return importBundle(json, words);
  if (json.resourceType !== undefined && typeof json.resourceType !== 'string') {
    return refuse(words.resourceTypeNotText(describeKind(json.resourceType, words)));
  }
  if (resourceType === undefined) return refuse(words.noResourceType);
  return refuse(words.otherResource(shorten(resourceType)));
}

function importBundle(bundle: Json, words: FhirWords): Parsed<Eob[]> {
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) {
    return refuse(words.entryNotAList(describeKind(bundle.entry, words)));
  }
  const resources = recordsIn(bundle.entry).map((entry) => entry.resource).filter(isRecord);
  const eobs = resources.filter((resource) => resource.resourceType === 'ExplanationOfBenefit');
  if (eobs.length > 0) return importAll(eobs, words);
  const others = [...new Set(resources.map((resource) => textOf(resource.resourceType) ?? words.unnamed))];
  return refuse(words.noEobInBundle(others.slice(0, 5).map((type) => shorten(type))));
}

function importAll(resources: Json[], words: FhirWords): Parsed<Eob[]> {
  const errors: string[] = [];
  const eobs: Eob[] = [];
  // Problems are pushed one by one: spreading a huge file's list into push() would overflow the stack.
  resources.forEach((resource, index) => {
    const claimNumber = claimNumberOf(resource);
    const label = words.label(index, resources.length, claimNumber === undefined ? undefined : shorten(claimNumber));
    const problemsBefore = errors.length;
    const eob = eobOf(resource, reporter(words, (problem) => errors.push(`${label}: ${problem}`)));
    if (eob === undefined || errors.length > problemsBefore) return;
    const checked = check(eobSchema, eob);
    if (checked.ok) eobs.push(checked.value);
    else checked.errors.forEach((error) => errors.push(words.cannotKeep(label, error)));
  });
  if (errors.length === 0) return { ok: true, value: eobs };
  const hidden = errors.length - MOST_ERRORS_SHOWN;
  return refuse(...errors.slice(0, MOST_ERRORS_SHOWN), ...(hidden > 0 ? [words.moreProblems(hidden)] : []));
}
