/*
 * Every billing word Billpath explains, in one list: folded at the foot of
 * the home screen and of each case, so any of them can be looked up even
 * where it is not a button.
 */
import { glossary } from '../../domain/glossary';

const alphabetical = [...glossary].sort((a, b) => a.term.localeCompare(b.term));

export default function GlossaryList() {
  return (
    <details className="card glossary">
      <summary>Billing words explained ({glossary.length})</summary>
      <dl>
        {alphabetical.map((entry) => (
          <div key={entry.id} id={`glossary-${entry.id}`}>
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
