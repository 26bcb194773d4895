/*
 * Safe reads from JSON of unknown shape, for the FHIR importer. Nothing here
 * throws, whatever the input: a value of the wrong type reads as absent, or,
 * where the importer relies on it, becomes a problem in plain words.
 * What the FHIR fields mean is not this file's business.
 */
import { shorten } from '../text';

export type Json = Record<string, unknown>;

/** Collects one problem found in the file, already phrased for the patient. */
export type Report = (problem: string) => void;

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

/** Text cut short enough to quote in a message. */

/** How a value of the wrong type reads in a sentence: `text ("12.50")`, `a list`. */
export function describeKind(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ("${shorten(value)}")`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the word ${value}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} value`;
}

/**
 * `owner[key]` as a list of objects. Absent is an empty list; a value that is
 * not a list, or a list entry that is not an object, is reported.
 */
export function listAt(owner: Json, key: string, what: string, report: Report): Json[] {
  const value = owner[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(`${what} ("${key}") should be a list but is ${describeKind(value)}.`);
    return [];
  }
  const strayIndex = value.findIndex((entry) => !isRecord(entry));
  if (strayIndex >= 0) {
    report(`${what} ("${key}") entry ${strayIndex + 1} should be an object but is ${describeKind(value[strayIndex])}.`);
  }
  return value.filter(isRecord);
}
