/*
 * The home screen: the built-in sample to try at once, a form to start a real
 * case, what is due soonest across all cases, every case on this device with
 * its phase and next step, any saved record that could not be read (shown
 * with its reason, never dropped), backups of all cases, and the optional lock.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { today } from '../../app/clock';
import { caseSummaries, openCase, startNewCase, startSampleCase, useAppStore } from '../../app/store';
import { formatLongDate } from '../../domain/dates';
import { LazyEventForm } from '../forms/LazyEventForm';
import { phaseTitles } from '../phaseLabels';

// Read from every case's deadlines: loaded just after the list is on screen.
const DueSoon = lazy(() => import('../deadlines/DueSoon'));
// Below the list: records that could not be read (rare), backups, and the lock.
const YourData = lazy(() => import('../components/YourData'));

export function CaseListScreen() {
  const cases = useAppStore((state) => state.cases);
  const summaries = useMemo(() => caseSummaries(cases, today()), [cases]);
  const [creating, setCreating] = useState(false);

  return (
    <div className="case-list">
      <h1>Your medical bills</h1>
      <p className="lead">
        Billpath walks you through one bill at a time, the way a billing advocate would: get the papers, check the bill,
        negotiate, and close it with everything in writing. Everything stays on this device.
      </p>
      {summaries.length > 0 && (
        <Suspense fallback={null}>
          <DueSoon today={today()} />
        </Suspense>
      )}
      <div className="start-options">
        <section className="card" aria-labelledby="sample-title">
          <h2 id="sample-title">New here?</h2>
          <p>Walk through a made-up emergency-room bill to see how it works.</p>
          <button type="button" className="primary" onClick={() => void startSampleCase()}>Try the sample bill</button>
        </section>
        <section className="card" aria-labelledby="new-title">
          <h2 id="new-title">Have a bill?</h2>
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
              <p>Start a case with the amount and who sent the bill.</p>
              <button type="button" onClick={() => setCreating(true)}>Start a new case</button>
            </>
          )}
        </section>
      </div>
      {summaries.length > 0 && (
        <section aria-labelledby="cases-title">
          <h2 id="cases-title">Your cases</h2>
          <ul className="cases">
            {summaries.map((summary) => (
              <li key={summary.id}>
                <button type="button" className="case-link" onClick={() => openCase(summary.id)}>
                  <span className="case-title">{summary.title || 'Untitled bill'}</span>
                  <span>{phaseTitles[summary.phase]} · Next: {summary.next}</span>
                  <span className="muted">Last change {formatLongDate(summary.updatedAt.slice(0, 10))}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Suspense fallback={null}>
        <YourData />
      </Suspense>
    </div>
  );
}
