/*
 * What the work on this bill was worth: the bill, what corrections, assistance
 * and the settlement took off, what is owed and paid, what was saved: a table
 * whose rows also draw their amounts as bars.
 */
import { useId } from 'react';
import type { JournalEntry } from '../../domain/caseFile';
import type { Case } from '../../domain/case';
import { formatCents } from '../../domain/money';
import { outcomeOf, type Outcome } from '../../domain/outcome';

const rows: { key: keyof Outcome; label: string; kind: 'bill' | 'off' | 'owed' | 'saved' }[] = [
  { key: 'original', label: 'The bill', kind: 'bill' },
  { key: 'corrections', label: 'Taken off by corrections', kind: 'off' },
  { key: 'assistance', label: 'Taken off by financial assistance', kind: 'off' },
  { key: 'settlement', label: 'Taken off by the settlement', kind: 'off' },
  { key: 'owed', label: 'What you owe in the end', kind: 'owed' },
  { key: 'paid', label: 'Paid so far', kind: 'owed' },
  { key: 'saved', label: 'Saved', kind: 'saved' },
];

const BAR_WIDTH = 200;

/** The figures as a table; with `bars`, each row also draws its amount as a bar (the chart), hidden from screen readers. */
export function OutcomeTable({ outcome, bars = false }: { outcome: Outcome; bars?: boolean }) {
  const top = Math.max(outcome.original, outcome.paid, 1);
  return (
    <table className="outcome-table">
      <caption>The outcome in figures</caption>
      <tbody>
        {rows.map(({ key, label, kind }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td className="money">{formatCents(outcome[key])}</td>
            {bars && (
              <td aria-hidden="true">
                <svg width={BAR_WIDTH} height="14" className="outcome-bar">
                  <rect x="0" y="1" height="12" width={(Math.max(0, outcome[key]) / top) * BAR_WIDTH} className={kind} />
                </svg>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function OutcomeSummary({ billCase, journal }: { billCase: Case; journal: JournalEntry[] }) {
  const id = useId();
  const outcome = outcomeOf({ case: billCase, journal });
  return (
    <section className="card outcome" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>The outcome</h2>
      <p>
        {outcome.saved > 0
          ? <>You brought a bill of {formatCents(outcome.original)} down to {formatCents(outcome.owed)}: <strong>{formatCents(outcome.saved)} saved</strong>.</>
          : <>The bill stands at {formatCents(outcome.owed)}. Keep the file: it shows you checked every charge.</>}
      </p>
      <OutcomeTable outcome={outcome} bars />
    </section>
  );
}
