/*
 * The home screen's "Due soonest": the open deadlines of every case on this
 * device, overdue first, so a person coming back after weeks sees at once what
 * needs doing, and can put them all in a calendar.
 */
import { useId, useState } from 'react';
import { openCase, useAppStore } from '../../app/store';
import { formatLongDate } from '../../domain/dates';
import { caseDeadlines, urgencyOf } from '../../domain/deadlines';
import type { CalendarEntry } from '../../domain/deadlines/calendar';
import { whenFrom } from './DeadlinesSection';
import { CALENDAR_FAILED, saveCalendar } from './saveCalendar';

/** How many deadlines the home screen lists; the rest are in each case. */
const SHOWN = 5;

export default function DueSoon({ today }: { today: string }) {
  const id = useId();
  const cases = useAppStore((state) => state.cases);
  const [problem, setProblem] = useState('');
  const open: CalendarEntry[] = Object.values(cases)
    .flatMap(({ record, snapshot }) =>
      caseDeadlines(snapshot.context, record.journal)
        .filter((deadline) => urgencyOf(deadline, today) !== 'done')
        .map((deadline) => ({ caseId: record.id, caseTitle: record.title, deadline })))
    .sort((a, b) => a.deadline.due.localeCompare(b.deadline.due));
  if (open.length === 0) return null;

  return (
    <section className="card deadlines" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Due soonest</h2>
      <ul>
        {open.slice(0, SHOWN).map(({ caseId, caseTitle, deadline }) => (
          <li key={`${caseId}.${deadline.id}`}>
            <p className="deadline-title">
              {urgencyOf(deadline, today) === 'overdue' && <strong className="overdue-tag">Overdue: </strong>}
              <strong>{deadline.title}</strong>: <time dateTime={deadline.due}>{formatLongDate(deadline.due)}</time>{' '}
              <span className="muted">({whenFrom(today, deadline.due)})</span>
            </p>
            <button type="button" className="link" onClick={() => openCase(caseId)}>
              Open {caseTitle || 'Untitled bill'}<span className="visually-hidden"> to see this deadline</span>
            </button>
          </li>
        ))}
      </ul>
      {open.length > SHOWN && <p className="muted">{open.length - SHOWN} more in your cases.</p>}
      <div className="button-row">
        <button type="button" onClick={() => { setProblem(''); saveCalendar('billpath-all-deadlines.ics', open).catch(() => setProblem(CALENDAR_FAILED)); }}>
          Add all {open.length} to my calendar
        </button>
      </div>
      {problem && <p role="alert" className="error-banner">{problem}</p>}
    </section>
  );
}
