/*
 * Episodes of care in the app: grouping a visit's bills, adding a bill to one at
 * its creation or later, taking it out, answering a cross-bill finding, and
 * showing the episode. Every change is stored at once (its revision checked:
 * when another tab changed the same episode, it is read again and the change
 * made on top, so nothing is lost), and the other tabs are told. Loaded when an
 * episode screen or form first needs it.
 */
import { get } from 'idb-keyval';
import { movedInto, withoutCase, type Episode } from '../domain/episodes/episode';
import { casesStore, rememberOpenCase, STORAGE_NAMES } from '../storage/caseStore';
import { deleteEpisode, episodeKey, readEpisodes, saveEpisodes, storedEpisodeEntries, type StoredEpisode } from '../storage/episodeStore';
import { now } from './clock';
import { tellOtherTabs, useAppStore } from './store';

/** Tries before giving up when another tab keeps changing the same episodes. */
const ATTEMPTS = 3;

/** The details a person gives a visit. */
export type EpisodeDetails = Pick<Episode, 'title' | 'date' | 'place'>;

const stored = (): Record<string, StoredEpisode> => useAppStore.getState().episodes;

/** The episode as stored now (another tab may have changed it), into this tab's state. */
export async function readEpisodeAgain(id: string): Promise<void> {
  if (useAppStore.getState().lock === 'closed') return;
  const raw = await get<unknown>(episodeKey(id), casesStore());
  const { episodes } = useAppStore.getState();
  if (raw === undefined) {
    const { [id]: _gone, ...rest } = episodes;
    useAppStore.setState({ episodes: rest, ...(useAppStore.getState().openEpisode === id ? { openEpisode: undefined } : {}) });
    return;
  }
  const read = await readEpisodes([[episodeKey(id), raw]]);
  const [again] = read.episodes;
  if (again) useAppStore.setState({ episodes: { ...useAppStore.getState().episodes, [id]: again } });
}

/** Every episode as stored now: after a write refused because another tab got there first, a bill may have moved. */
async function readEveryEpisodeAgain(): Promise<void> {
  const read = await readEpisodes(await storedEpisodeEntries());
  if (useAppStore.getState().lock !== 'closed') useAppStore.setState({ episodes: Object.fromEntries(read.episodes.map((each) => [each.episode.id, each])) });
}

/**
 * Makes `change` on the episodes as this tab knows them and stores what it returns, all in one go.
 * A write refused because another tab got there first is retried on what is stored then.
 */
async function changeEpisodes(change: (episodes: Record<string, StoredEpisode>) => Episode[]): Promise<Episode[]> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const before = stored();
    const changed = change(before).map((episode): StoredEpisode => ({ episode, revision: before[episode.id]?.revision }));
    const { outcome, records } = await saveEpisodes(changed, now().toISOString());
    if (outcome === 'saved') {
      const written = Object.fromEntries(records.map((record) => [record.episode.id, { episode: record.episode, revision: record.revision }]));
      useAppStore.setState({ episodes: { ...stored(), ...written } });
      records.forEach((record) => tellOtherTabs({ episode: record.episode.id }));
      return records.map((record) => record.episode);
    }
    await readEveryEpisodeAgain();
  }
  throw new Error('Another tab kept changing this visit. Nothing was changed; try again.');
}

/** A new episode with the given bills (each moved out of any other episode). */
export async function createEpisode(details: EpisodeDetails, caseIds: readonly string[] = []): Promise<Episode> {
  const fresh: Episode = { id: crypto.randomUUID(), ...details, caseIds: [] };
  const [created] = await changeEpisodes((episodes) => {
    let all = Object.values(episodes).map((each) => each.episode);
    let target = fresh;
    const touched = new Map<string, Episode>();
    for (const caseId of caseIds) {
      const [moved, ...others] = movedInto(all, target, caseId);
      target = moved!;
      for (const other of others) touched.set(other.id, other);
      all = all.map((each) => touched.get(each.id) ?? each);
    }
    return [target, ...touched.values()];
  });
  return created!;
}

/** Adds a bill to an episode, taking it out of any other. */
export function addCaseToEpisode(episodeId: string, caseId: string): Promise<Episode[]> {
  return changeEpisodes((episodes) => {
    const target = episodes[episodeId]?.episode;
    return target ? movedInto(Object.values(episodes).map((each) => each.episode), target, caseId) : [];
  });
}

export function removeCaseFromEpisode(episodeId: string, caseId: string): Promise<Episode[]> {
  return changeEpisodes((episodes) => {
    const episode = episodes[episodeId]?.episode;
    return episode ? [withoutCase(episode, caseId)] : [];
  });
}

export function updateEpisodeDetails(episodeId: string, details: EpisodeDetails): Promise<Episode[]> {
  return changeEpisodes((episodes) => {
    const episode = episodes[episodeId]?.episode;
    return episode ? [{ ...episode, ...details }] : [];
  });
}

/** Marks a cross-bill finding as asked about or found right; undefined takes the mark back. */
export function answerFinding(episodeId: string, findingId: string, answer: 'asked' | 'right' | undefined): Promise<Episode[]> {
  return changeEpisodes((episodes) => {
    const episode = episodes[episodeId]?.episode;
    if (!episode) return [];
    const { [findingId]: _old, ...answered } = episode.answered ?? {};
    return [{ ...episode, answered: answer ? { ...answered, [findingId]: answer } : answered }];
  });
}

/** Ungroups a visit: the episode goes, its bills stay as they are. */
export async function ungroupEpisode(episodeId: string): Promise<void> {
  await deleteEpisode(episodeId);
  const { [episodeId]: _gone, ...rest } = stored();
  useAppStore.setState({ episodes: rest });
  closeEpisode();
  tellOtherTabs({ episode: episodeId });
}

export function openEpisode(id: string): void {
  useAppStore.getState().open?.session.stop();
  useAppStore.setState({ openEpisode: id, open: undefined });
  void rememberOpenCase(undefined);
  void rememberOpenCase(id, STORAGE_NAMES.lastOpenEpisode);
}

export function closeEpisode(): void {
  useAppStore.setState({ openEpisode: undefined });
  void rememberOpenCase(undefined, STORAGE_NAMES.lastOpenEpisode);
}
