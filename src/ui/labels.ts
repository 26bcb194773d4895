/*
 * Which of a parallel track's states count as finished, for the journey map
 * (their words are in src/i18n/<language>/history.ts, `journey.trackStates`).
 */
import type { history } from '../i18n/en/history';

type JourneyWords = Pick<typeof history.journey, 'trackStates'>;

const finished = new Set(['received', 'processed', 'denied', 'uninsured', 'confirmed', 'resolved', 'notNeeded', 'approved', 'partial']);

/** A track state as text, and whether it counts as finished (a denied appeal still leaves something to do). */
export function trackStateLabel(track: string, state: string, words: JourneyWords): { label: string; done: boolean } {
  const label = (words.trackStates as Record<string, string>)[state] ?? state;
  return { label, done: finished.has(state) && !(track === 'appeal' && state === 'denied') };
}
