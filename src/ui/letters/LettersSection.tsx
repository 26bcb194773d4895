/*
 * The letters: pick one (the one for the current step comes first), read and
 * edit it, then copy, print or save it as a text file, and record when and how
 * it was sent. The text is shown in a text box, never as markup, so whatever
 * the person or a file typed stays text. The letters stay in English (offices
 * read English): each comes with an explanation in the screen's language, and
 * its own text is marked lang="en" so screen readers read it in English.
 * Loaded after the first screen.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { BillSnapshot, RecommendationId } from '../../../machines/workflow';
import type { JournalEntry } from '../../domain/caseFile';
import { letterKinds, renderLetterFor, type LetterKind } from '../../domain/letters';
import { letters as englishLetters } from '../../i18n/en/letters';
import { useLanguageCode, useWords } from '../../i18n/language';
import { downloadText } from '../download';
import { FieldsForm } from '../forms/FieldsForm';
import { useRecordEvent } from '../useRecordEvent';
import { suggestedLetter } from './letterLabels';
import { useLetterRequest } from './letterRequest';
import { useCopyLetter } from './useCopyLetter';
import { sentSpec } from './sentForm';
import { printAlone } from '../printAlone';

type Props = { snapshot: BillSnapshot; journal: JournalEntry[]; today: string; step: RecommendationId };

export default function LettersSection({ snapshot, journal, today, step }: Props) {
  const id = useId();
  const w = useWords('letters', englishLetters);
  const language = useLanguageCode();
  // The letter for the step, until the person picks another one for this step.
  const [picked, setPicked] = useState<{ step: RecommendationId; kind: LetterKind } | undefined>();
  const kind = picked?.step === step ? picked.kind : suggestedLetter(step);
  const setKind = (chosen: LetterKind) => setPicked({ step, kind: chosen });
  const template = useMemo(() => renderLetterFor(kind, snapshot.context, journal, today), [kind, snapshot, journal, today]);
  // The person's own wording, kept per letter while they work (the template stays the starting point).
  // Each edit remembers the template it started from, to tell when the case has changed since.
  const [edits, setEdits] = useState<Partial<Record<LetterKind, { text: string; from: string }>>>({});
  const { said: copied, copy, clear: clearCopied } = useCopyLetter();
  const [sending, setSending] = useState(false);
  const record = useRecordEvent();
  const requested = useLetterRequest((state) => state.requested);
  const textBox = useRef<HTMLTextAreaElement>(null);
  const markSent = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const shown = useRef(kind);
  shown.current = kind;
  const edit = edits[kind];
  const body = edit?.text ?? template.body;
  const stale = edit !== undefined && edit.from !== template.body;
  const setEdit = (text: string | undefined) =>
    setEdits((current) => ({ ...current, [kind]: text === undefined ? undefined : { text, from: current[kind]?.from ?? template.body } }));
  // The payment-plan guard, visible here too: after a plan, an offer letter would go against it.
  const offersClosed = snapshot.context.paymentPlan?.status === 'accepted' && (kind === 'settlement-offer' || kind === 'pay-for-delete');
  const spec = sentSpec(kind, w.labels[kind], today, w);
  const canRecord = snapshot.can({ type: 'LETTER_SENT', letter: kind, at: today });

  // Another part of the screen asked for a letter (the summary of a call just logged): open it and go there.
  useEffect(() => {
    if (!requested) return;
    setPicked({ step, kind: requested });
    setEdits((current) => ({ ...current, [requested]: undefined })); // a fresh summary, with the call just logged
    setSending(false);
    clearCopied();
    useLetterRequest.getState().done();
    textBox.current?.scrollIntoView?.({ block: 'center' });
    textBox.current?.focus();
  }, [requested, step]);

  return (
    <section className="card letters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.title}</h2>
      <p>{w.intro}</p>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{w.which}</label>
        <select ref={picker} id={`${id}-kind`} value={kind} onChange={(event) => { setKind(event.target.value as LetterKind); clearCopied(); setSending(false); }}>
          {letterKinds.map((each) => <option key={each} value={each}>{w.labels[each]}{each === suggestedLetter(step) ? w.forNextStep : ''}</option>)}
        </select>
      </div>
      {offersClosed && (
        <p className="note">{w.offersClosed}</p>
      )}
      <p>{w.explain[kind]}</p>
      {language !== 'en' && <p className="note">{w.inEnglish}</p>}
      <div className="field" lang="en">
        <label htmlFor={`${id}-body`}>{template.subject}</label>
        <textarea ref={textBox} id={`${id}-body`} className="letter-text" rows={18} value={body} onChange={(event) => setEdit(event.target.value)} />
      </div>
      {stale && <p className="note">{w.stale}</p>}
      <div className="button-row">
        <button type="button" onClick={() => void copy(body)}>{w.copy}</button>
        <button type="button" onClick={() => printAlone('letter')}>{w.print}</button>
        <button type="button" onClick={() => downloadText(`${kind}-${today}.txt`, `${template.subject}\n\n${body}\n`, 'text/plain')}>{w.save}</button>
        {edit && <button type="button" onClick={() => setEdit(undefined)}>{w.startAgain}</button>}
        {canRecord && !sending && <button ref={markSent} type="button" className="primary" onClick={() => setSending(true)}>{w.markSent}</button>}
      </div>
      <p role="status">{copied}</p>
      {sending && (
        <FieldsForm spec={spec} onCancel={() => setSending(false)} onValues={(values) => {
          const problem = record(spec.toEvent(values), w.recorded(w.labels[kind]));
          if (!problem) {
            setSending(false);
            // The step may have moved on and brought another letter: then go to the letter picker, not that letter's "Mark as sent".
            const sent = kind;
            requestAnimationFrame(() => (shown.current === sent ? markSent.current : picker.current)?.focus());
          }
          return problem;
        }} />
      )}
      {createPortal(<pre className="letter-print" lang="en" aria-hidden="true">{body}</pre>, document.body)}
    </section>
  );
}
