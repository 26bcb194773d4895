/*
 * A test language: the English catalogs with every text marked ⟦like this⟧.
 * The browser tests switch to it and read the page: any word left outside the
 * marks came from somewhere other than a catalog (test/e2e/catalogs.test.ts).
 * Downloaded only when a test asks for it.
 */
import * as english from './en';
import type { Words } from './words';

function marked(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${value}⟧`;
  if (typeof value === 'function') return (...args: unknown[]) => marked((value as (...args: unknown[]) => unknown)(...args));
  if (Array.isArray(value)) return value.map(marked);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, marked(each)]));
  return value;
}

export const markedWords = (): Words => marked({ ...english }) as Words;
