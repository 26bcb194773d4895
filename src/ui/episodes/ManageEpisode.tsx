/*
 * Changing a visit: add a bill already on this device, start a new bill for
 * it, take a bill out, change the visit's details, or ungroup it (the bills
 * stay as they are). Each change is stored at once and said aloud.
 */
import { useId, useState } from 'react';
import { addCaseToEpisode, removeCaseFromEpisode, ungroupEpisode, updateEpisodeDetails } from '../../app/episodes';
import { today } from '../../app/clock';
import { startNewCase, useAppStore } from '../../app/store';
import type { Case } from '../../domain/case';
import type { Episode } from '../../domain/episodes/episode';
import { episodes as english } from '../../i18n/en/episodes';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import { announce } from '../announcer';
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
  const [picked, setPicked] = useState('');
  const [open, setOpen] = useState<'new-bill' | 'details' | 'ungroup'>();
  const [problem, setProblem] = useState('');
  useOnLanguageChange(() => setProblem(''));
  const choice = others.some(({ record }) => record.id === picked) ? picked : others[0]?.record.id ?? '';
  const failed = () => setProblem(words.screen.saveFailed);

  const change = async (work: () => Promise<unknown>, said: string) => {
    setProblem('');
    try {
      await work();
      announce(said);
    } catch {
      failed();
    }
  };

  const startBill = async (details: Case) => {
    await startNewCase(details);
    // The new bill is open now: it joins the visit, and "Back to the visit" comes back here.
    const opened = useAppStore.getState().open?.session.id;
    if (opened) await addCaseToEpisode(episode.id, opened).catch(failed);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.title}</h2>
      <h3>{w.add}</h3>
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
      {episode.caseIds.length > 0 && (
        <ul className="plain-list">
          {episode.caseIds.filter((caseId) => cases[caseId]).map((caseId) => (
            <li key={caseId}>
              <button type="button" className="link" onClick={() => void change(() => removeCaseFromEpisode(episode.id, caseId), w.removed(nameOf(caseId)))}>{w.remove(nameOf(caseId))}</button>
            </li>
          ))}
        </ul>
      )}
      {open === 'details' ? (
        <FieldsForm spec={detailsSpec(words.form, episode)} onCancel={() => setOpen(undefined)} onValues={async (values) => {
          const details = detailsOf(values);
          if (!details.title) return words.form.needWhat;
          try {
            await updateEpisodeDetails(episode.id, details);
            setOpen(undefined);
          } catch {
            return words.form.failed;
          }
        }} />
      ) : (
        <p><button type="button" onClick={() => setOpen('details')}>{w.edit}</button></p>
      )}
      {open === 'ungroup' ? (
        <div role="group" aria-labelledby={`${id}-ungroup`}>
          <p id={`${id}-ungroup`}>{w.ungroupWhy}</p>
          <div className="button-row">
            <button type="button" className="danger" onClick={() => void ungroupEpisode(episode.id).catch(failed)}>{w.ungroupSure}</button>
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
