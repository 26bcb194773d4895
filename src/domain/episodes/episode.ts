/*
 * An episode of care: one visit (an ER trip, a surgery) that sent several
 * bills — the hospital, the ER physicians, radiology, anesthesia, the lab —
 * each from its own billing office. The playbook negotiates them together,
 * because hardship is cumulative (DOMAIN.md, "The playbook"). An episode names
 * the visit and lists its cases by id; each case keeps its own workflow.
 * A case belongs to one episode at most.
 */
import * as v from 'valibot';
import { isoDate, someText, text } from '../case';

export const episodeSchema = v.object({
  id: someText,
  /** What happened, in the person's words ("ER visit for chest pain"). */
  title: text,
  date: v.optional(isoDate),
  place: v.optional(text),
  caseIds: v.array(someText),
  /** Cross-bill findings the person answered: asked the offices about it, or found it right. */
  answered: v.optional(v.record(v.string(), v.picklist(['asked', 'right']))),
});

export type Episode = v.InferOutput<typeof episodeSchema>;

/** The episode a case is in, if any. */
export const episodeOf = (episodes: readonly Episode[], caseId: string): Episode | undefined =>
  episodes.find((episode) => episode.caseIds.includes(caseId));

/** The episode without the case. */
export const withoutCase = (episode: Episode, caseId: string): Episode => ({ ...episode, caseIds: episode.caseIds.filter((id) => id !== caseId) });

/** The episode with the case added once (moving it out of another is the caller's other change: see movedInto). */
export const withCase = (episode: Episode, caseId: string): Episode =>
  episode.caseIds.includes(caseId) ? episode : { ...episode, caseIds: [...episode.caseIds, caseId] };

/**
 * Each case in one episode at most: the first that lists it keeps it. Two tabs adding one bill to two
 * visits at once could store it in both; reading (and backing up) mends that instead of refusing.
 */
export function oneVisitPerBill<E extends Episode>(episodes: readonly E[]): E[] {
  const seen = new Set<string>();
  return episodes.map((episode) => {
    const caseIds = episode.caseIds.filter((id) => !seen.has(id));
    caseIds.forEach((id) => seen.add(id));
    return caseIds.length === episode.caseIds.length ? episode : { ...episode, caseIds };
  });
}

/** Every episode that changes when a case moves into `target`: the target with it, any other without it. */
export function movedInto(episodes: readonly Episode[], target: Episode, caseId: string): Episode[] {
  const others = episodes.filter((episode) => episode.id !== target.id && episode.caseIds.includes(caseId)).map((episode) => withoutCase(episode, caseId));
  return [withCase(target, caseId), ...others];
}
