/*
 * Each journal event as one plain sentence, for the history timeline and the
 * printed paper trail. The sentences are in the catalogs (src/i18n/<language>/history.ts,
 * one per kind of event); English unless other words are given.
 */
import { history as english } from '../i18n/en/history';
import type { BillEvent } from './events';

type HistoryWords = Pick<typeof english, 'events'>;

export function describeEvent(event: BillEvent, words: HistoryWords = english): string {
  const sentence = words.events[event.type] as (event: BillEvent) => string;
  return sentence(event);
}
