/*
 * importFhirEob: FHIR R4 ExplanationOfBenefit resources (CARIN Blue Button or
 * Medicare Blue Button 2.0) read as Billpath's Eob. Takes one resource or a
 * Bundle (searchset, collection: each entry's `resource`) and gives one Eob per
 * ExplanationOfBenefit, in file order; a Bundle's other resources (Patient,
 * Coverage, Organization ...) are skipped. Every problem is collected in plain
 * words and the file is then refused as a whole; nothing here throws.
 * The field mapping and the quirks it copes with: mapping.md beside this file.
 */
import { eobSchema, type Eob } from '../case';
import { check, type Parsed } from '../caseFile';
import { claimNumberOf, eobOf } from './claim';
import { shorten } from '../text';
import { describeKind, isRecord, recordsIn, textOf, type Json } from './read';

/** Enough to fix a file by; a file of junk would otherwise list thousands. */
const MOST_ERRORS_SHOWN = 20;

const refuse = (...errors: string[]): Parsed<Eob[]> => ({ ok: false, errors });

const withArticle = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

export function importFhirEob(json: unknown): Parsed<Eob[]> {
  if (!isRecord(json)) {
    return refuse(`This file is not a FHIR resource: it holds ${describeKind(json)} where a JSON object was expected.`);
  }
  const resourceType = textOf(json.resourceType);
  if (resourceType === 'ExplanationOfBenefit') return importAll([json]);
  if (resourceType === 'Bundle') return importBundle(json);
  if (json.resourceType !== undefined && typeof json.resourceType !== 'string') {
    return refuse(`This file's "resourceType" should be text but is ${describeKind(json.resourceType)}.`);
  }
  if (resourceType === undefined) {
    return refuse('This file has no "resourceType", so it is not a FHIR Explanation of Benefits.');
  }
  return refuse(`This file is ${withArticle(shorten(resourceType))} resource, not an Explanation of Benefits.`);
}

function importBundle(bundle: Json): Parsed<Eob[]> {
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) {
    return refuse(`This bundle's list of resources ("entry") should be a list but is ${describeKind(bundle.entry)}.`);
  }
  const resources = recordsIn(bundle.entry).map((entry) => entry.resource).filter(isRecord);
  const eobs = resources.filter((resource) => resource.resourceType === 'ExplanationOfBenefit');
  if (eobs.length > 0) return importAll(eobs);
  const others = [...new Set(resources.map((resource) => textOf(resource.resourceType) ?? 'unnamed'))];
  const holds = others.length === 0 ? 'is empty' : `holds only ${others.slice(0, 5).map((type) => shorten(type)).join(', ')}`;
  return refuse(`This bundle has no Explanation of Benefits in it: it ${holds}.`);
}

function importAll(resources: Json[]): Parsed<Eob[]> {
  const errors: string[] = [];
  const eobs: Eob[] = [];
  // Problems are pushed one by one: spreading a huge file's list into push() would overflow the stack.
  resources.forEach((resource, index) => {
    const label = labelOf(resource, index, resources.length);
    const problemsBefore = errors.length;
    const eob = eobOf(resource, (problem) => errors.push(`${label}: ${problem}`));
    if (eob === undefined || errors.length > problemsBefore) return;
    const checked = check(eobSchema, eob);
    if (checked.ok) eobs.push(checked.value);
    else checked.errors.forEach((error) => errors.push(`${label} has a value Billpath cannot keep: ${error}`));
  });
  if (errors.length === 0) return { ok: true, value: eobs };
  const hidden = errors.length - MOST_ERRORS_SHOWN;
  return refuse(...errors.slice(0, MOST_ERRORS_SHOWN), ...(hidden > 0 ? [`… and ${hidden} more problems.`] : []));
}

/** "The Explanation of Benefits (claim 123)" or "Explanation of Benefits 2 of 5 (claim 123)". */
function labelOf(resource: Json, index: number, count: number): string {
  const claimNumber = claimNumberOf(resource);
  const which = count === 1 ? 'The Explanation of Benefits' : `Explanation of Benefits ${index + 1} of ${count}`;
  return claimNumber === undefined ? which : `${which} (claim ${shorten(claimNumber)})`;
}
