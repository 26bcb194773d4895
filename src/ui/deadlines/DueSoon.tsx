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
import { deadlines as english } from '../../i18n/en/deadlines';
import { useLanguageCode, useOnLanguageChange, useWords } from '../../i18n/language';
import { whenFrom } from './DeadlinesSection';
import { saveCalendar } from './saveCalendar';

/** How many deadlines the home screen lists; the rest are in each case. */
const SHOWN = 5;

export default function DueSoon({ today }: { today: string }) {
  const id = useId();
  const w = useWords('deadlines', english);
  const language = useLanguageCode();
  const cases = useAppStore((state) => state.cases);
  const [problem, setProblem] = useState('');
  useOnLanguageChange(() => setProblem(''));
  const open: CalendarEntry[] = Object.values(cases)
    .flatMap(({ record, snapshot }) =>
      caseDeadlines(snapshot.context, record.journal, w)
        .filter((deadline) => urgencyOf(deadline, today) !== 'done')
        .map((deadline) => ({ caseId: record.id, caseTitle: record.title, deadline })))
    .sort((a, b) => a.deadline.due.localeCompare(b.deadline.due));
  if (open.length === 0) return null;

  return (
    <section className="card deadlines" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.dueSoon.title}</h2>
      <ul>
        {open.slice(0, SHOWN).map(({ caseId, caseTitle, deadline }) => (
          <li key={`${caseId}.${deadline.id}`}>
            <p className="deadline-title">
              {urgencyOf(deadline, today) === 'overdue' && <strong className="overdue-tag">{w.dueSoon.overdue}</strong>}
              <strong>{deadline.title}</strong>: <time dateTime={deadline.due}>{formatLongDate(deadline.due, language)}</time>{' '}
              <span className="muted">({whenFrom(w, today, deadline.due)})</span>
            </p>
            <button type="button" className="link" onClick={() => openCase(caseId)}>
              {w.dueSoon.open(caseTitle || w.untitled)}<span className="visually-hidden">{w.dueSoon.toSeeIt}</span>
            </button>
          </li>
        ))}
      </ul>
      {open.length > SHOWN && <p className="muted">{w.dueSoon.more(open.length - SHOWN)}</p>}
      <div className="button-row">
        <button type="button" onClick={() => { setProblem(''); saveCalendar('billpath-all-deadlines.ics', open, w).catch(() => setProblem(w.calendarFailed)); }}>
          {w.dueSoon.addAll(open.length)}
        </button>
      </div>
      {problem && <p role="alert" className="error-banner">{problem}</p>}
    </section>
  );
}
