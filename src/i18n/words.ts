/*
 * The shape of Billpath's words: one catalog per language, in areas (one per
 * part of the app). English is the source: src/i18n/en/ gives the shape, and
 * src/i18n/es/ must fill every key of it (TypeScript checks it, and so does
 * test/unit/catalogs.test.ts). A message is a string, or a function when it
 * has facts to fill in (numbers, dates, names), so each language words its
 * own plurals and sentence order.
 */
import type * as English from './en';

export type Words = { [Area in keyof typeof English]: (typeof English)[Area] };
export type Area = keyof Words;
