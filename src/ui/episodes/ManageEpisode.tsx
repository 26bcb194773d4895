/*
 * Changing a visit: add a bill already on this device, start a new bill for
 * it, take a bill out, change the visit's details, or ungroup it (the bills
 * stay as they are). Each change is stored at once and said aloud; focus
 * stays in this section, or goes to the page when the visit is ungrouped.
 */
import { useId, useState } from 'react';
import { addCaseToEpisode, removeCaseFromEpisode, ungroupEpisode, updateEpisodeDetails } from '../../app/episodes';
import { today } from '../../app/clock';
import { startNewCase, useAppStore } from '../../app/store';
import type { Case } from '../../domain/case';
import type { Episode } from '../../domain/episodes/episode';
import { episodes as english } from '../../i18n/en/episodes';
import { useOnLanguageChange, useWords, wordsNow } from '../../i18n/language';
import { announce, focusById } from '../announcer';
import { FieldsForm } from '../forms/FieldsForm';
import { LazyEventForm } from '../forms/LazyEventForm';
import { detailsOf, detailsSpec } from './detailsForm';

type Props = { episode: Episode; nameOf: (billId: string) => string };

export function ManageEpisode({ episode, nameOf }: Props) {
  const id = useId();
  const words = useWords('episodes', english);
  const w = words.manage;
  const cases = useAppStore((state) => state.cases);
  const others = Object.values(cases).filter(({ record }) => !episode.caseIds.includes(record.id));
  const inVisit = episode.caseIds.filter((caseId) => cases[caseId]);
  const [picked, setPicked] = useState('');
  const [open, setOpen] = useState<'new-bill' | 'details' | 'ungroup'>();
  const [problem, setProblem] = useState('');
  useOnLanguageChange(() => setProblem(''));
  const choice = others.some(({ record }) => record.id === picked) ? picked : others[0]?.record.id ?? '';
  const headingId = `${id}-title`;

  /** Stores a change; says it and puts focus back on `focus` (this section's heading unless given). */
  const change = async (work: () => Promise<unknown>, said: string, focus = headingId) => {
    setProblem('');
    try {
      await work();
      announce(said);
      focusById(focus);
    } catch {
      setProblem(words.screen.saveFailed);
    }
  };

  // The new bill opens at once (this screen is gone): a failure to add it is said through the live region.
  const startBill = async (details: Case) => {
    await startNewCase(details);
    const opened = useAppStore.getState().open?.session.id;
    if (opened) await addCaseToEpisode(episode.id, opened).catch(() => announce(wordsNow('episodes', english).screen.saveFailed));
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>{w.title}</h2>
      <h3>{w.addTitle}</h3>
      {others.length === 0 ? <p>{w.nothingToAdd}</p> : (
        <div className="field">
          <label htmlFor={`${id}-add`}>{w.add}</label>
          <select id={`${id}-add`} value={choice} onChange={(event) => setPicked(event.target.value)}>
            {others.map(({ record }) => <option key={record.id} value={record.id}>{nameOf(record.id)} · {record.title}</option>)}
          </select>{' '}
          <button type="button" onClick={() => void change(() => addCaseToEpisode(episode.id, choice), w.added(nameOf(choice)))}>{w.addButton}</button>
        </div>
      )}
      {open === 'new-bill' ? (
        <LazyEventForm form="new-case" context={undefined} today={today()} onEvent={(event) => (event.type === 'CASE_OPENED' ? startBill(event.case) : undefined)} onCancel={() => setOpen(undefined)} />
      ) : (
        <p><button type="button" onClick={() => setOpen('new-bill')}>{w.newBill}</button></p>
      )}
      {inVisit.length > 0 && (
        <>
          <h3>{w.billsTitle}</h3>
          <ul className="plain-list">
            {inVisit.map((caseId) => (
              <li key={caseId}>
                <button type="button" className="link" onClick={() => void change(() => removeCaseFromEpisode(episode.id, caseId), w.removed(nameOf(caseId)))}>{w.remove(nameOf(caseId))}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{w.visitTitle}</h3>
      {open === 'details' ? (
        <FieldsForm spec={detailsSpec(words.form, episode)} onCancel={() => setOpen(undefined)} onValues={async (values) => {
          const details = detailsOf(values);
          if (!details.title) return words.form.needWhat;
          try {
            await updateEpisodeDetails(episode.id, details);
          } catch {
            return words.form.failed;
          }
          setOpen(undefined);
          announce(w.detailsSaved);
          focusById(headingId);
        }} />
      ) : (
        <p><button type="button" onClick={() => setOpen('details')}>{w.edit}</button></p>
      )}
      {open === 'ungroup' ? (
        <div role="group" aria-labelledby={`${id}-ungroup`}>
          <p id={`${id}-ungroup`}>{w.ungroupWhy}</p>
          <div className="button-row">
            <button type="button" className="danger" onClick={() => void change(() => ungroupEpisode(episode.id), w.ungrouped(episode.title || words.untitled), 'main')}>{w.ungroupSure}</button>
            <button type="button" onClick={() => setOpen(undefined)}>{w.keep}</button>
          </div>
        </div>
      ) : (
        <p><button type="button" onClick={() => setOpen('ungroup')}>{w.ungroup}</button></p>
      )}
      {problem && <p role="alert" className="error-banner">{problem}</p>}
    </section>
  );
}
