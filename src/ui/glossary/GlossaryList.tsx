/*
 * Every billing word Billpath explains, in one list: folded at the foot of
 * the home screen and of each case, so any of them can be looked up even
 * where it is not a button. In the chosen language, in its alphabetical order.
 */
import { useMemo } from 'react';
import { glossaryOf } from '../../domain/glossary';
import { glossary } from '../../i18n/en/glossary';
import { useLanguageCode, useWords } from '../../i18n/language';

export default function GlossaryList() {
  const w = useWords('glossary', glossary);
  const language = useLanguageCode();
  const alphabetical = useMemo(() => [...glossaryOf(w)].sort((a, b) => a.term.localeCompare(b.term, language)), [w, language]);
  return (
    <details className="card glossary">
      <summary>{w.listTitle(alphabetical.length)}</summary>
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
