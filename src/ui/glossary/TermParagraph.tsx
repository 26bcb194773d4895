/*
 * A paragraph with its billing words explained where they appear: each one
 * (the first time in the paragraph) is a button; its plain definition opens
 * below the paragraph, never inside the sentence (a script to read out stays
 * whole), and closes again. Loaded after the first screen; until then the same
 * paragraph shows plain (Explained.tsx). The text and the definitions are in
 * the chosen language.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { splitByTerms, type GlossaryEntry } from '../../domain/glossary';
import { glossary } from '../../i18n/en/glossary';
import { useWords } from '../../i18n/language';

export type ParagraphProps = {
  text: string;
  className?: string;
  /** Shown before the text (a label for screen readers, say). */
  lead?: ReactNode;
  /** The text is words to say: shown between quotation marks. */
  quoted?: boolean;
  /** Names in the text (the provider, the collector): never taken for billing words. */
  names?: readonly string[];
};

export default function TermParagraph({ text, className, lead, quoted = false, names = [] }: ParagraphProps) {
  const w = useWords('glossary', glossary);
  const nameKey = names.join('\n');
  const parts = useMemo(() => splitByTerms(text, nameKey.split('\n'), w), [text, nameKey, w]);
  const [open, setOpen] = useState<readonly string[]>([]);
  const id = useId();
  const definitionId = (entry: GlossaryEntry) => `${id}-${entry.id}`;
  const toggle = (entry: GlossaryEntry) => setOpen((now) => (now.includes(entry.id) ? now.filter((each) => each !== entry.id) : [...now, entry.id]));
  const entries = parts.flatMap((part) => (typeof part === 'string' ? [] : [part.entry]));
  return (
    <>
      <p className={className}>
        {lead}
        {quoted && '“'}
        {parts.map((part, index) =>
          typeof part === 'string' ? (
            part
          ) : (
            <button key={index} type="button" className="term" aria-expanded={open.includes(part.entry.id)} aria-controls={definitionId(part.entry)} aria-describedby={`${id}-hint`} onClick={() => toggle(part.entry)}>
              {part.text}
            </button>
          ),
        )}
        {quoted && '”'}
      </p>
      {entries.length > 0 && <span id={`${id}-hint`} hidden>{w.hint}</span>}
      {entries.map((entry) => (
        <p key={entry.id} id={definitionId(entry)} className="definition" role="note" hidden={!open.includes(entry.id)}>
          <strong>{entry.term}:</strong> {entry.definition}
        </p>
      ))}
    </>
  );
}
