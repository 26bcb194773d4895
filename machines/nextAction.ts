/*
 * nextAction(snapshot, today): the next step in English, the contract's form
 * (CONTRACT.md). The app itself calls recommend() with the chosen language's
 * words (src/i18n/language.ts), so the English step words are not part of its
 * first download; this module is what ties them in, for Node and the tests.
 */
import { steps } from '../src/i18n/en/steps';
import { recommend, type SnapshotLike } from './recommend';
import type { Recommendation } from './steps/shared';

export function nextAction(snapshot: SnapshotLike, today: string): Recommendation {
  return recommend(snapshot, today, steps);
}
