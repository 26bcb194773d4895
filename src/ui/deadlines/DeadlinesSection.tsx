/*
 * The case's deadlines by urgency: overdue, this week, later, then what is done
 * or has passed. Each says what to do, by when and under which rule, and can go
 * to the person's calendar as an .ics file (one, or all that are still open).
 */
import { useId, useState } from 'react';
import type { BillContext } from '../../../machines/workflow';
import type { JournalEntry } from '../../domain/caseFile';
import { daysBetween, formatLongDate } from '../../domain/dates';
import { caseDeadlines, urgencyOf, type Deadline, type Urgency } from '../../domain/deadlines';
import { deadlines as english } from '../../i18n/en/deadlines';
import { useLanguageCode, useOnLanguageChange, useWords } from '../../i18n/language';
import TermParagraph from '../glossary/TermParagraph';
import { saveCalendar } from './saveCalendar';

const groups: Urgency[] = ['overdue', 'this-week', 'later', 'done'];

/** "in 3 days", "today", "5 days ago": how far the date is from today, in the words given. */
export const whenFrom = (words: typeof english, today: string, due: string): string => words.when(daysBetween(today, due));

type Props = { context: BillContext; journal: JournalEntry[]; today: string };

export default function DeadlinesSection({ context, journal, today }: Props) {
  const id = useId();
  const w = useWords('deadlines', english);
  const language = useLanguageCode();
  const [problem, setProblem] = useState('');
  useOnLanguageChange(() => setProblem(''));
  const all = caseDeadlines(context, journal, w);
  const billCase = context.case;
  const open = all.filter((deadline) => urgencyOf(deadline, today) !== 'done');
  const save = (fileName: string, chosen: Deadline[]) => {
    setProblem('');
    saveCalendar(fileName, chosen.map((deadline) => ({ caseId: billCase.id, caseTitle: billCase.title, deadline })), w)
      .catch(() => setProblem(w.calendarFailed));
  };

  return (
    <section className="card deadlines" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.section.title}</h2>
      {all.length === 0 ? (
        <p>{w.section.none}</p>
      ) : (
        <>
          {groups.map((urgency) => {
            const these = all.filter((deadline) => urgencyOf(deadline, today) === urgency);
            return these.length === 0 ? null : (
              <div key={urgency} className={`deadline-group ${urgency}`}>
                <h3>{w.section.groups[urgency]} ({these.length})</h3>
                <ul>
                  {these.map((deadline) => (
                    <li key={deadline.id}>
                      <p className="deadline-title">
                        <strong>{deadline.title}</strong>: <time dateTime={deadline.due}>{formatLongDate(deadline.due, language)}</time>{' '}
                        <span className="muted">({whenFrom(w, today, deadline.due)})</span>
                      </p>
                      <TermParagraph text={deadline.done ?? deadline.todo} names={[billCase.provider.name, context.collector?.agency ?? '']} />
                      <p className="muted">{w.section.rule} <cite lang="en">{deadline.source}</cite></p>
                      {urgency !== 'done' && (
                        <button type="button" className="link" onClick={() => save(`billpath-${deadline.id}.ics`, [deadline])}>
                          {w.section.addOne}<span className="visually-hidden">: {deadline.title}</span>
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
              <button type="button" onClick={() => save('billpath-deadlines.ics', open)}>{w.section.addAllOpen(open.length)}</button>
            </div>
          )}
          <p className="muted">{w.section.reminders}</p>
          {problem && <p role="alert" className="error-banner">{problem}</p>}
        </>
      )}
    </section>
  );
}
