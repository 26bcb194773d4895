/*
 * The case's paper trail: every recorded event, newest first, with its date.
 */
import type { JournalEntry } from '../../domain/caseFile';
import { formatLongDate } from '../../domain/dates';
import { describeEvent } from '../../domain/history';

export default function History({ journal }: { journal: JournalEntry[] }) {
  const entries = [...journal].reverse();
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol reversed>
        {entries.map((entry, index) => {
          const day = entry.event.at ?? entry.at.slice(0, 10);
          return (
            <li key={journal.length - index}>
              <time dateTime={day}>{formatLongDate(day)}</time>
              <span>{describeEvent(entry.event)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
