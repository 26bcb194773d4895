/*
 * A text with its billing words explained where they appear: each one (the
 * first time in the text) is a button that opens its plain definition right
 * after it, and closes it again. Loaded after the first screen; until then the
 * same text shows plain (Explained.tsx).
 */
import { useId, useMemo, useState } from 'react';
import { splitByTerms, type GlossaryEntry } from '../../domain/glossary';

function Term({ text, entry }: { text: string; entry: GlossaryEntry }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      {/* The name starts with the word as shown (WCAG 2.5.3), then says what the button does. */}
      <button type="button" className="term" aria-label={`${text}, what it means`} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {text}
      </button>
      <span id={id} className="definition" role="note" hidden={!open}>
        <strong>{entry.term}:</strong> {entry.definition}
      </span>
    </>
  );
}

export default function TermText({ text }: { text: string }) {
  const parts = useMemo(() => splitByTerms(text), [text]);
  return <>{parts.map((part, index) => (typeof part === 'string' ? part : <Term key={index} text={part.text} entry={part.entry} />))}</>;
}
