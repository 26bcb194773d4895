/*
 * Episodes in storage and in the app (src/app/episodes.ts, src/storage/episodeStore.ts):
 * grouping bills, moving a bill between visits, answers to cross-bill findings,
 * ungrouping, a reload, another tab's change kept, a damaged record set aside,
 * the lock sealing them, and backups carrying them.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { heardFromTab } from '../../src/app/catchUp';
import { addCaseToEpisode, answerFinding, closeEpisode, createEpisode, openEpisode, removeCaseFromEpisode, ungroupEpisode, updateEpisodeDetails } from '../../src/app/episodes';
import { turnOnLock, unlock } from '../../src/app/lock';
import { restoreCases, restoredEpisodes } from '../../src/app/restore';
import { boot, useAppStore } from '../../src/app/store';
import { backupOf, parseBackup, readBackupText } from '../../src/domain/backup';
import type { CaseFile } from '../../src/domain/caseFile';
import type { Episode } from '../../src/domain/episodes/episode';
import { STORAGE_NAMES } from '../../src/storage/caseStore';
import { episodeKey } from '../../src/storage/episodeStore';
import { caseFileOf, insuredCase, TODAY } from '../fixtures/cases';
import { freshDevice, reloadPage } from '../fixtures/storage';

const at = TODAY;
const store = () => createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore);
const opened = (file: CaseFile): CaseFile => ({ ...file, journal: [{ at, event: { type: 'CASE_OPENED', case: file.case } }, ...file.journal] });
const hospital = opened(caseFileOf(insuredCase({ id: 'hospital', title: 'ER visit', provider: { name: 'Riverside General', kind: 'hospital', nonprofit: true } }), []));
const radiology = opened(caseFileOf(insuredCase({ id: 'radiology', title: 'X-ray reading', provider: { name: 'Metro Radiology', kind: 'imaging' } }), []));
const lab = opened(caseFileOf(insuredCase({ id: 'lab', title: 'Blood tests', provider: { name: 'City Lab', kind: 'lab' } }), []));
const episodes = () => useAppStore.getState().episodes;
const episodeNamed = (title: string) => Object.values(episodes()).find((each) => each.episode.title === title)?.episode;

beforeEach(async () => {
  freshDevice();
  await boot();
  await restoreCases([hospital, radiology, lab]);
});

describe('grouping the bills of one visit', () => {
  it('stores the visit with its bills, and reads it back after a reload', async () => {
    const visit = await createEpisode({ title: 'ER visit for chest pain', date: '2026-02-10', place: 'Riverside General' }, ['hospital', 'radiology']);
    expect(episodes()[visit.id]).toEqual({ episode: { ...visit, caseIds: ['hospital', 'radiology'] }, revision: 0 });
    await addCaseToEpisode(visit.id, 'lab');
    reloadPage();
    await boot();
    expect(episodes()[visit.id]).toEqual({ episode: { ...visit, caseIds: ['hospital', 'radiology', 'lab'] }, revision: 1 });
  });

  it('keeps a bill in one visit: adding it to another takes it out of the first', async () => {
    const first = await createEpisode({ title: 'First' }, ['hospital', 'lab']);
    const second = await createEpisode({ title: 'Second' }, ['radiology']);
    await addCaseToEpisode(second.id, 'lab');
    expect(episodes()[first.id]!.episode.caseIds).toEqual(['hospital']);
    expect(episodes()[second.id]!.episode.caseIds).toEqual(['radiology', 'lab']);
    // Grouping a bill into a new visit moves it too.
    const third = await createEpisode({ title: 'Third' }, ['hospital']);
    expect(episodes()[first.id]!.episode.caseIds).toEqual([]);
    expect(episodes()[third.id]!.episode.caseIds).toEqual(['hospital']);
  });

  it('takes a bill out, changes the details, answers a finding and takes the answer back', async () => {
    const visit = await createEpisode({ title: 'ER visit' }, ['hospital', 'lab']);
    await removeCaseFromEpisode(visit.id, 'lab');
    await updateEpisodeDetails(visit.id, { title: 'ER visit, May', place: 'Riverside' });
    await answerFinding(visit.id, 'assistance-for-whole-episode', 'asked');
    expect(episodes()[visit.id]!.episode).toMatchObject({ caseIds: ['hospital'], title: 'ER visit, May', place: 'Riverside', answered: { 'assistance-for-whole-episode': 'asked' } });
    await answerFinding(visit.id, 'assistance-for-whole-episode', undefined);
    expect(episodes()[visit.id]!.episode.answered).toEqual({});
  });

  it('ungroups: the visit goes from storage, the bills stay', async () => {
    const visit = await createEpisode({ title: 'ER visit' }, ['hospital']);
    openEpisode(visit.id);
    await ungroupEpisode(visit.id);
    expect(episodes()).toEqual({});
    expect(useAppStore.getState().openEpisode).toBeUndefined();
    expect(await get(episodeKey(visit.id), store())).toBeUndefined();
    expect(Object.keys(useAppStore.getState().cases).sort()).toEqual(['hospital', 'lab', 'radiology']);
  });

  it('reopens the visit that was on screen after a reload, and forgets it once closed', async () => {
    const visit = await createEpisode({ title: 'ER visit' }, ['hospital']);
    openEpisode(visit.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    reloadPage();
    await boot();
    expect(useAppStore.getState().openEpisode).toBe(visit.id);
    closeEpisode();
    await new Promise((resolve) => setTimeout(resolve, 20));
    reloadPage();
    await boot();
    expect(useAppStore.getState().openEpisode).toBeUndefined();
  });
});

describe('in storage', () => {
  it('keeps another tab’s change: a write on an older revision is made again on top of it', async () => {
    const visit = await createEpisode({ title: 'ER visit' }, ['hospital']);
    // Another tab added the lab meanwhile (revision 1); this tab still holds revision 0.
    await set(episodeKey(visit.id), { schema: 1, revision: 1, updatedAt: at, episode: { ...visit, caseIds: ['hospital', 'lab'] } }, store());
    await set(`revision:${episodeKey(visit.id)}`, 1, store());
    await addCaseToEpisode(visit.id, 'radiology');
    expect(episodes()[visit.id]).toEqual({ episode: { ...visit, caseIds: ['hospital', 'lab', 'radiology'] }, revision: 2 });
  });

  it('reads again an episode another tab changed, or removed, when told', async () => {
    const visit = await createEpisode({ title: 'ER visit' }, ['hospital']);
    await set(episodeKey(visit.id), { schema: 1, revision: 1, updatedAt: at, episode: { ...visit, title: 'Changed elsewhere' } }, store());
    heardFromTab({ episode: visit.id });
    await expect.poll(() => episodes()[visit.id]?.episode.title).toBe('Changed elsewhere');
    await del(episodeKey(visit.id), store());
    heardFromTab({ episode: visit.id });
    await expect.poll(() => episodes()[visit.id]).toBeUndefined();
  });

  it('never brings back a visit ungrouped in another tab: that tab’s write is refused, then nothing is written', async () => {
    const visit = await createEpisode({ title: 'ER visit' }, ['hospital']);
    const heldByThisTab = episodes()[visit.id]!;
    await ungroupEpisode(visit.id);
    useAppStore.setState({ episodes: { [visit.id]: heldByThisTab } }); // this tab had not heard yet
    await addCaseToEpisode(visit.id, 'lab');
    expect(await get(episodeKey(visit.id), store())).toBeUndefined();
    expect(episodes()).toEqual({});
  });

  it('mends a bill stored in two visits (two tabs at once): the first keeps it, and a backup still restores', async () => {
    await set(episodeKey('a'), { schema: 1, revision: 0, updatedAt: at, episode: { id: 'a', title: 'A', caseIds: ['hospital', 'lab'] } }, store());
    await set(episodeKey('b'), { schema: 1, revision: 0, updatedAt: at, episode: { id: 'b', title: 'B', caseIds: ['lab', 'radiology'] } }, store());
    reloadPage();
    await boot();
    expect(episodes().a!.episode.caseIds).toEqual(['hospital', 'lab']);
    expect(episodes().b!.episode.caseIds).toEqual(['radiology']);
    const twice = backupOf([hospital, radiology, lab], 'x', [{ id: 'a', title: 'A', caseIds: ['hospital', 'lab'] }, { id: 'b', title: 'B', caseIds: ['lab', 'radiology'] }]);
    expect(twice.episodes!.map((each) => each.caseIds)).toEqual([['hospital', 'lab'], ['radiology']]);
    const read = parseBackup(JSON.parse(JSON.stringify({ ...twice, episodes: [{ id: 'a', title: 'A', caseIds: ['hospital', 'lab'] }, { id: 'b', title: 'B', caseIds: ['lab'] }] })));
    expect(read).toMatchObject({ ok: true, episodes: [{ caseIds: ['hospital', 'lab'] }, { caseIds: [] }] });
  });

  it('sets a damaged record aside with its reason, never dropping it, and reads the rest', async () => {
    const visit = await createEpisode({ title: 'ER visit' }, ['hospital']);
    await set(episodeKey('broken'), { schema: 1, revision: 0, updatedAt: at, episode: { id: 'broken', caseIds: 'hospital' } }, store());
    reloadPage();
    await boot();
    expect(Object.keys(episodes())).toEqual([visit.id]);
    expect(useAppStore.getState().damaged).toEqual([expect.objectContaining({ key: episodeKey('broken'), cause: 'wrong-shape' })]);
  });

  it('is sealed by the lock like the cases, and opens with the passphrase', async () => {
    const visit = await createEpisode({ title: 'Chest pain at Riverside' }, ['hospital']);
    await turnOnLock('kettle river blue lamp');
    const raw = JSON.stringify((await entries(store())).map(([key, value]) => [key, value instanceof Uint8Array ? [...value] : value]));
    expect(raw).not.toContain('Chest pain');
    reloadPage();
    await boot();
    expect(episodes()).toEqual({});
    expect(await unlock('kettle river blue lamp')).toBeUndefined();
    expect(episodes()[visit.id]!.episode.title).toBe('Chest pain at Riverside');
  }, 20_000);
});

describe('backups', () => {
  const visit: Episode = { id: 'visit', title: 'ER visit', date: '2026-02-10', caseIds: ['hospital', 'radiology'] };

  it('carry the visits, with only the cases the file holds', () => {
    const backup = backupOf([hospital, radiology], '2026-03-02T10:00:00.000Z', [{ ...visit, caseIds: ['hospital', 'radiology', 'gone'] }]);
    expect(backup.episodes).toEqual([visit]);
    expect(readBackupText(JSON.stringify(backup))).toEqual({ ok: true, value: [hospital, radiology], episodes: [visit] });
    expect(backupOf([hospital], 'x')).not.toHaveProperty('episodes'); // a backup with no visits looks as before
  });

  it('are refused whole when a visit names a case the file lacks, or two visits share an id', () => {
    const read = parseBackup(JSON.parse(JSON.stringify({ ...backupOf([hospital, radiology], 'x'), episodes: [
      { ...visit, caseIds: ['hospital', 'nowhere'] },
      { id: 'visit', title: 'Again', caseIds: ['radiology'] },
    ] })));
    expect(read).toEqual({ ok: false, errors: [
      'episodes.0.caseIds: the file holds no case "nowhere".',
      'episodes.1.id: "visit" is the id of another episode in this file.',
    ] });
  });

  it('restore the visits with their cases; a copy kept beside a case goes into a visit of its own, with its answers', async () => {
    freshDevice();
    await boot();
    const answered: Episode = { ...visit, answered: { 'same-service-two-bills:hospital/h1+radiology/r1': 'asked' } };
    await restoreCases([hospital, radiology], {}, undefined, [answered]);
    expect(episodes().visit!.episode.caseIds).toEqual(['hospital', 'radiology']);
    // The same backup again, keeping both: the copies form a copy of the visit; the first visit stays as it was.
    await restoreCases([hospital, radiology], {}, undefined, [answered]);
    const copy = episodeNamed('ER visit (restored copy)')!;
    expect(copy.caseIds).toHaveLength(2);
    expect(copy.caseIds).not.toContain('hospital');
    expect(copy.answered).toEqual({ [`same-service-two-bills:${copy.caseIds[0]}/h1+${copy.caseIds[1]}/r1`]: 'asked' });
    expect(episodes().visit!.episode.caseIds).toEqual(['hospital', 'radiology']);
    reloadPage();
    await boot();
    expect(Object.keys(episodes())).toHaveLength(2);
  });

  it('restore over a damaged visit record, replacing it', async () => {
    freshDevice();
    await boot();
    await restoreCases([hospital, radiology]);
    await set(episodeKey('visit'), { schema: 1, revision: 4, updatedAt: at, episode: { id: 'visit' } }, store());
    await set(`revision:${episodeKey('visit')}`, 4, store());
    reloadPage();
    await boot();
    expect(useAppStore.getState().damaged.map((each) => each.key)).toEqual([episodeKey('visit')]);
    await restoreCases([hospital, radiology], { hospital: 'replace', radiology: 'replace' }, undefined, [visit]);
    expect(episodes().visit).toEqual({ episode: visit, revision: 5 });
    expect(useAppStore.getState().damaged).toEqual([]);
  });

  it('restoring over a visit here takes the restored cases in beside its own, and out of any other visit', () => {
    const here = {
      visit: { episode: { id: 'visit', title: 'ER visit', caseIds: ['lab'] }, revision: 3 },
      other: { episode: { id: 'other', title: 'Other', caseIds: ['radiology'] }, revision: 0 },
    };
    const same = new Map([['hospital', 'hospital'], ['radiology', 'radiology']]);
    expect(restoredEpisodes([visit], same, here)).toEqual([
      { episode: { id: 'other', title: 'Other', caseIds: [] }, revision: 0 },
      { episode: { ...visit, caseIds: ['lab', 'hospital', 'radiology'] }, revision: 3 },
    ]);
  });
});
