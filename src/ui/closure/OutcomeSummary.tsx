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
import { closure } from '../../i18n/en/closure';
import { useWords } from '../../i18n/language';

const rows: { key: keyof Outcome; kind: 'bill' | 'off' | 'owed' | 'saved' }[] = [
  { key: 'original', kind: 'bill' },
  { key: 'corrections', kind: 'off' },
  { key: 'assistance', kind: 'off' },
  { key: 'settlement', kind: 'off' },
  { key: 'owed', kind: 'owed' },
  { key: 'paid', kind: 'owed' },
  { key: 'saved', kind: 'saved' },
];

const BAR_WIDTH = 200;

/** The figures as a table; with `bars`, each row also draws its amount as a bar (the chart), hidden from screen readers. */
export function OutcomeTable({ outcome, bars = false }: { outcome: Outcome; bars?: boolean }) {
  const w = useWords('closure', closure).outcome;
  const top = Math.max(outcome.original, outcome.paid, 1);
  return (
    <table className="outcome-table">
      <caption>{w.caption}</caption>
      <tbody>
        {rows.map(({ key, kind }) => (
          <tr key={key}>
            <th scope="row">{w.rows[key]}</th>
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
  const w = useWords('closure', closure).outcome;
  const outcome = outcomeOf({ case: billCase, journal });
  return (
    <section className="card outcome" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.title}</h2>
      <p>
        {outcome.saved > 0
          ? <>{w.broughtDown(formatCents(outcome.original), formatCents(outcome.owed))}<strong>{w.saved(formatCents(outcome.saved))}</strong>.</>
          : w.standsAt(formatCents(outcome.owed))}
      </p>
      <OutcomeTable outcome={outcome} bars />
    </section>
  );
}
