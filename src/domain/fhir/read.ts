/*
 * Safe reads from JSON of unknown shape, for the FHIR importer. Nothing here
 * throws, whatever the input: a value of the wrong type reads as absent, or,
 * where the importer relies on it, becomes a problem in plain words.
 * What the FHIR fields mean is not this file's business.
 */
import type { Words } from '../../i18n/words';
import { shorten } from '../text';

export type Json = Record<string, unknown>;

/** What the importer says, in the chosen language (src/i18n/<language>/bill.ts, `fhir`). */
export type FhirWords = Words['bill']['fhir'];

/** Collects one problem found in the file, already phrased for the patient in its `words`. */
export type Report = { (problem: string): void; readonly words: FhirWords };

/** A Report that phrases with `words` and hands each problem to `collect`. */
export function reporter(words: FhirWords, collect: (problem: string) => void): Report {
  return Object.assign((problem: string) => collect(problem), { words });
}

/** A FHIR Coding that carries a code (the system may be missing). */
export type Coding = { system: string; code: string };

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Non-blank text, trimmed; anything else is absent. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The objects in `value` when it is a list; everything else is absent. */
export function recordsIn(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The codings of a CodeableConcept that carry a code. */
export function codingsOf(concept: unknown): Coding[] {
  if (!isRecord(concept)) return [];
  return recordsIn(concept.coding).flatMap((coding) => {
    const code = textOf(coding.code);
    return code === undefined ? [] : [{ system: textOf(coding.system) ?? '', code }];
  });
}

/** How a value of the wrong type reads in a sentence: `text ("12.50")`, `a list`. */
export function describeKind(value: unknown, words: FhirWords): string {
  const kind = words.kind;
  if (value === undefined) return kind.nothing;
  if (value === null) return kind.null;
  if (Array.isArray(value)) return kind.list;
  if (typeof value === 'string') return kind.text(shorten(value));
  if (typeof value === 'number') return kind.number(value);
  if (typeof value === 'boolean') return kind.word(value);
  if (typeof value === 'object') return kind.object;
  return kind.other(typeof value);
}

/**
 * `owner[key]` as a list of objects. Absent is an empty list; a value that is
 * not a list, or a list entry that is not an object, is reported.
 */
export function listAt(owner: Json, key: string, what: string, report: Report): Json[] {
  const value = owner[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(report.words.notAList(what, key, describeKind(value, report.words)));
    return [];
  }
  const strayIndex = value.findIndex((entry) => !isRecord(entry));
  if (strayIndex >= 0) {
    report(report.words.entryNotAnObject(what, key, strayIndex + 1, describeKind(value[strayIndex], report.words)));
  }
  return value.filter(isRecord);
}
