/*
 * The home screen: the built-in sample to try at once, a form to start a real
 * case, what is due soonest across all cases, every case on this device with
 * its phase and next step, any saved record that could not be read (shown
 * with its reason, never dropped), backups of all cases, and the optional lock.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { today } from '../../app/clock';
import { caseSummaries, openCase, startNewCase, startSampleCase, useAppStore } from '../../app/store';
import { formatLongDate } from '../../domain/dates';
import { caseScreen } from '../../i18n/en/caseScreen';
import { home } from '../../i18n/en/home';
import { useLanguageCode, useWords } from '../../i18n/language';
import { LazyEventForm } from '../forms/LazyEventForm';
import { usePhaseTitles } from '../phaseLabels';

// Read from every case's deadlines: loaded just after the list is on screen.
const DueSoon = lazy(() => import('../deadlines/DueSoon'));
// Below the list: records that could not be read (rare), backups, and the lock.
const YourData = lazy(() => import('../components/YourData'));
// Visits with several bills: grouped bills, and grouping them.
const EpisodesOnHome = lazy(() => import('../episodes/EpisodesOnHome'));

export function CaseListScreen() {
  const cases = useAppStore((state) => state.cases);
  const episodes = useAppStore((state) => state.episodes);
  const visitTitleOf = (caseId: string) => Object.values(episodes).find(({ episode }) => episode.caseIds.includes(caseId))?.episode.title;
  const language = useLanguageCode();
  // The next step is named in the chosen language: worked out again when it changes.
  const summaries = useMemo(() => caseSummaries(cases, today()), [cases, language]);
  const [creating, setCreating] = useState(false);
  const w = useWords('home', home);
  const phaseTitles = usePhaseTitles();
  const { appTitle } = useWords('caseScreen', caseScreen);
  useEffect(() => {
    document.title = appTitle;
  }, [appTitle]);

  return (
    <div className="case-list">
      <h1>{w.title}</h1>
      <p className="lead">{w.lead}</p>
      {summaries.length > 0 && (
        <Suspense fallback={null}>
          <DueSoon today={today()} />
        </Suspense>
      )}
      <div className="start-options">
        <section className="card" aria-labelledby="sample-title">
          <h2 id="sample-title">{w.sample.title}</h2>
          <p>{w.sample.body}</p>
          <button type="button" className="primary" onClick={() => void startSampleCase()}>{w.sample.start}</button>
        </section>
        <section className="card" aria-labelledby="new-title">
          <h2 id="new-title">{w.newCase.title}</h2>
          {creating ? (
            <LazyEventForm
              form="new-case"
              context={undefined}
              today={today()}
              onEvent={(event) => (event.type === 'CASE_OPENED' ? startNewCase(event.case) : undefined)}
              onCancel={() => setCreating(false)}
            />
          ) : (
            <>
              <p>{w.newCase.body}</p>
              <button type="button" onClick={() => setCreating(true)}>{w.newCase.start}</button>
            </>
          )}
        </section>
      </div>
      {summaries.length > 0 && (
        <section aria-labelledby="cases-title">
          <h2 id="cases-title">{w.casesTitle}</h2>
          <ul className="cases">
            {summaries.map((summary) => (
              <li key={summary.id}>
                <button type="button" className="case-link" onClick={() => openCase(summary.id)}>
                  <span className="case-title">{summary.title || w.untitled}</span>
                  <span>{w.phaseAndNext(phaseTitles[summary.phase], summary.next)}</span>
                  {visitTitleOf(summary.id) !== undefined && <span>{w.inVisit(visitTitleOf(summary.id)!)}</span>}
                  <span className="muted">{w.lastChange(formatLongDate(summary.updatedAt.slice(0, 10), language))}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {summaries.length > 0 && (
        <Suspense fallback={null}>
          <EpisodesOnHome />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <YourData />
      </Suspense>
    </div>
  );
}
