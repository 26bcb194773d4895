/*
 * The case's paper trail: every recorded event, newest first, with its date,
 * in the chosen language.
 */
import type { JournalEntry } from '../../domain/caseFile';
import { formatLongDate } from '../../domain/dates';
import { describeEvent } from '../../domain/history';
import { history } from '../../i18n/en/history';
import { useLanguageCode, useWords } from '../../i18n/language';

export default function History({ journal }: { journal: JournalEntry[] }) {
  const w = useWords('history', history);
  const language = useLanguageCode();
  const entries = [...journal].reverse();
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{w.title}</h2>
      <ol reversed>
        {entries.map((entry, index) => {
          const day = entry.event.at ?? entry.at.slice(0, 10);
          return (
            <li key={journal.length - index}>
              <time dateTime={day}>{formatLongDate(day, language)}</time>
              <span>{describeEvent(entry.event, w)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
