/*
 * The home screen's visits: each visit with several bills, what is left to pay
 * on them together, and a way to group bills from one visit. Loaded after the
 * case list is on screen.
 */
import { useId, useState } from 'react';
import { createEpisode, openEpisode } from '../../app/episodes';
import { amountLeftToPay } from '../../../machines/workflow';
import { useAppStore } from '../../app/store';
import { episodes as english } from '../../i18n/en/episodes';
import { useWords } from '../../i18n/language';
import { FieldsForm } from '../forms/FieldsForm';
import { detailsOf, detailsSpec } from './detailsForm';

export default function EpisodesOnHome() {
  const id = useId();
  const words = useWords('episodes', english);
  const w = words.home;
  const stored = useAppStore((state) => state.episodes);
  const cases = useAppStore((state) => state.cases);
  const [creating, setCreating] = useState(false);
  const visits = Object.values(stored).map((each) => each.episode).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.title}</h2>
      <p>{w.lead}</p>
      {visits.length > 0 && (
        <ul className="cases">
          {visits.map((episode) => {
            const bills = episode.caseIds.map((caseId) => cases[caseId]).filter((loaded) => loaded !== undefined);
            const left = bills.reduce((sum, loaded) => sum + amountLeftToPay(loaded.snapshot.context), 0);
            return (
              <li key={episode.id}>
                <button type="button" className="case-link" onClick={() => openEpisode(episode.id)}>
                  <span className="case-title">{episode.title || words.untitled}</span>
                  <span>{w.summary(bills.length, left)}</span>
                  {episode.date || episode.place ? <span className="muted">{words.screen.when(episode.date, episode.place)}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {creating ? (
        <FieldsForm spec={detailsSpec(words.form)} onCancel={() => setCreating(false)} onValues={async (values) => {
          const details = detailsOf(values);
          if (!details.title) return words.form.needWhat;
          try {
            openEpisode((await createEpisode(details)).id);
          } catch {
            return words.form.failed;
          }
        }} />
      ) : (
        <button type="button" onClick={() => setCreating(true)}>{w.group}</button>
      )}
    </section>
  );
}
