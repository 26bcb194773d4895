/*
 * The case's deadlines by urgency: overdue, this week, later, then what is done
 * or has passed. Each says what to do, by when and under which rule, and can go
 * to the person's calendar as an .ics file (one, or all that are still open).
 */
import { useId, useState } from 'react';
import type { BillContext } from '../../../machines';
import type { JournalEntry } from '../../domain/caseFile';
import { daysBetween, formatLongDate } from '../../domain/dates';
import { caseDeadlines, urgencyOf, type Deadline, type Urgency } from '../../domain/deadlines';
import TermParagraph from '../glossary/TermParagraph';
import { CALENDAR_FAILED, saveCalendar } from './saveCalendar';

const groups: { urgency: Urgency; title: string }[] = [
  { urgency: 'overdue', title: 'Overdue' },
  { urgency: 'this-week', title: 'This week' },
  { urgency: 'later', title: 'Later' },
  { urgency: 'done', title: 'Done or passed' },
];

/** "in 3 days", "today", "5 days ago": how far the date is from today. */
export function whenFrom(today: string, due: string): string {
  const days = daysBetween(today, due);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

type Props = { context: BillContext; journal: JournalEntry[]; today: string };

export default function DeadlinesSection({ context, journal, today }: Props) {
  const id = useId();
  const [problem, setProblem] = useState('');
  const all = caseDeadlines(context, journal);
  const billCase = context.case;
  const open = all.filter((deadline) => urgencyOf(deadline, today) !== 'done');
  const save = (fileName: string, chosen: Deadline[]) => {
    setProblem('');
    saveCalendar(fileName, chosen.map((deadline) => ({ caseId: billCase.id, caseTitle: billCase.title, deadline })))
      .catch(() => setProblem(CALENDAR_FAILED));
  };

  return (
    <section className="card deadlines" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your deadlines</h2>
      {all.length === 0 ? (
        <p>No dates to watch yet. Deadlines appear here as soon as the bill, a denial, a hold or a collector starts one.</p>
      ) : (
        <>
          {groups.map(({ urgency, title }) => {
            const these = all.filter((deadline) => urgencyOf(deadline, today) === urgency);
            return these.length === 0 ? null : (
              <div key={urgency} className={`deadline-group ${urgency}`}>
                <h3>{title} ({these.length})</h3>
                <ul>
                  {these.map((deadline) => (
                    <li key={deadline.id}>
                      <p className="deadline-title">
                        <strong>{deadline.title}</strong>: <time dateTime={deadline.due}>{formatLongDate(deadline.due)}</time>{' '}
                        <span className="muted">({whenFrom(today, deadline.due)})</span>
                      </p>
                      <TermParagraph text={deadline.done ?? deadline.todo} names={[billCase.provider.name, context.collector?.agency ?? '']} />
                      <p className="muted">Rule: {deadline.source}</p>
                      {urgency !== 'done' && (
                        <button type="button" className="link" onClick={() => save(`billpath-${deadline.id}.ics`, [deadline])}>
                          Add to my calendar<span className="visually-hidden">: {deadline.title}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          {open.length > 1 && (
            <div className="button-row">
              <button type="button" onClick={() => save('billpath-deadlines.ics', open)}>Add all {open.length} open deadlines to my calendar</button>
            </div>
          )}
          <p className="muted">Calendar files remind you a week and a day before each date. They are saved on your device; nothing is sent anywhere.</p>
          {problem && <p role="alert" className="error-banner">{problem}</p>}
        </>
      )}
    </section>
  );
}
