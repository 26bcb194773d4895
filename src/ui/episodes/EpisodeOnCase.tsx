/*
 * On a bill's screen: the visit it belongs to (open it), or a way to group it
 * with the other bills from the same visit: add it to a visit already here,
 * or start one with it.
 */
import { useId, useState } from 'react';
import { addCaseToEpisode, createEpisode, openEpisode, type EpisodeDetails } from '../../app/episodes';
import type { Case } from '../../domain/case';
import { useAppStore } from '../../app/store';
import { episodeOf } from '../../domain/episodes/episode';
import { episodes as english } from '../../i18n/en/episodes';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import { FieldsForm } from '../forms/FieldsForm';
import { detailsOf, detailsSpec } from './detailsForm';

/** The visit's date and place as the bill has them: its first service date, and the hospital that sent it. */
function suggestedFor(billCase: Case | undefined): Partial<EpisodeDetails> {
  const dates = (billCase?.lines ?? []).map((line) => line.date).sort();
  return {
    ...(dates[0] ? { date: dates[0] } : {}),
    ...(billCase?.provider.kind === 'hospital' && billCase.provider.name.trim() ? { place: billCase.provider.name.trim() } : {}),
  };
}

export function EpisodeOnCase({ caseId }: { caseId: string }) {
  const id = useId();
  const words = useWords('episodes', english);
  const w = words.onCase;
  const stored = useAppStore((state) => state.episodes);
  const billCase = useAppStore((state) => state.cases[caseId]?.snapshot.context.case);
  const all = Object.values(stored).map((each) => each.episode);
  const mine = episodeOf(all, caseId);
  const [picked, setPicked] = useState('');
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState('');
  useOnLanguageChange(() => setProblem(''));
  const choice = all.some((episode) => episode.id === picked) ? picked : all[0]?.id ?? '';
  const join = async (work: () => Promise<{ id: string }[] | { id: string }>) => {
    setProblem('');
    try {
      const done = await work();
      openEpisode(Array.isArray(done) ? done[0]!.id : done.id);
    } catch {
      setProblem(words.screen.saveFailed);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{words.home.title}</h2>
      {mine ? (
        <>
          <p>{w.partOf(mine.title || words.untitled)}</p>
          <button type="button" onClick={() => openEpisode(mine.id)}>{w.openVisit}</button>
        </>
      ) : (
        <>
          <p>{w.question}</p>
          {all.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-visit`}>{w.addTo}</label>
              <select id={`${id}-visit`} value={choice} onChange={(event) => setPicked(event.target.value)}>
                {all.map((episode) => <option key={episode.id} value={episode.id}>{episode.title || words.untitled}</option>)}
              </select>{' '}
              <button type="button" onClick={() => void join(() => addCaseToEpisode(choice, caseId))}>{w.addButton}</button>
            </div>
          )}
          {creating ? (
            <FieldsForm spec={detailsSpec(words.form, undefined, suggestedFor(billCase))} onCancel={() => setCreating(false)} onValues={async (values) => {
              const details = detailsOf(values);
              if (!details.title) return words.form.needWhat;
              await join(() => createEpisode(details, [caseId]));
            }} />
          ) : (
            <p><button type="button" onClick={() => setCreating(true)}>{w.startNew}</button></p>
          )}
        </>
      )}
      {problem && <p role="alert" className="error-banner">{problem}</p>}
    </section>
  );
}
