/*
 * The printable case file: the bill, the outcome, and the whole journal as a
 * dated paper trail, with every call's details and every letter as it read the
 * day it was sent. Built only when asked for, then printed alone on clean pages.
 * Its words follow the chosen language; the letters stay in English, as sent.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Case } from '../../domain/case';
import type { CaseFile, JournalEntry } from '../../domain/caseFile';
import { formatLongDate } from '../../domain/dates';
import { describeEvent } from '../../domain/history';
import { isLetterKind, renderLetter } from '../../domain/letters';
import { outcomeOf } from '../../domain/outcome';
import { closure } from '../../i18n/en/closure';
import { history } from '../../i18n/en/history';
import { useLanguageCode, useWords, type Language } from '../../i18n/language';
import { printAlone } from '../printAlone';
import { OutcomeTable } from './OutcomeSummary';

type Props = { billCase: Case; journal: JournalEntry[]; today: string };

const dayOf = (entry: JournalEntry) => (entry.event.at ?? entry.at).slice(0, 10);

type CallEvent = Extract<JournalEntry['event'], { type: 'CALL_LOGGED' }>;

function CallDetails({ event, words, language }: { event: CallEvent; words: typeof closure.print.call; language: Language }) {
  const details: [string, string | undefined][] = [
    [words.time, event.time], [words.with, event.with], [words.department, event.department], [words.reference, event.reference],
    [words.promised, event.promised], [words.notes, event.notes], [words.followUp, event.followUp && formatLongDate(event.followUp, language)],
  ];
  return <dl>{details.filter(([, value]) => value).map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}</dl>;
}

/** The letter as Billpath drafted it on the day it was sent (the journal up to then). */
function SentLetter({ caseFile, index }: { caseFile: CaseFile; index: number }) {
  const entry = caseFile.journal[index]!;
  if (entry.event.type !== 'LETTER_SENT' || !isLetterKind(entry.event.letter)) return null;
  const letter = renderLetter(entry.event.letter, { ...caseFile, journal: caseFile.journal.slice(0, index) }, dayOf(entry));
  return <pre lang="en">{`${letter.subject}\n\n${letter.body}`}</pre>;
}

function CaseFileDocument({ billCase, journal, today }: Props) {
  const w = useWords('closure', closure).print;
  const events = useWords('history', history);
  const language = useLanguageCode();
  const caseFile: CaseFile = { format: 'billpath.case', version: 1, case: billCase, journal };
  return (
    <article className="case-file-print" aria-hidden="true">
      <h1>{w.heading(billCase.title || w.untitled)}</h1>
      <p>{w.printed(billCase.provider.name || w.providerNotNamed, billCase.accountNumber, formatLongDate(today, language))}</p>
      <OutcomeTable outcome={outcomeOf(caseFile)} />
      <h2>{w.paperTrail}</h2>
      <ol>
        {journal.map((entry, index) => (
          <li key={index}>
            <p><strong>{formatLongDate(dayOf(entry), language)}</strong>: {describeEvent(entry.event, events)}</p>
            {entry.event.type === 'CALL_LOGGED' && <CallDetails event={entry.event} words={w.call} language={language} />}
            <SentLetter caseFile={caseFile} index={index} />
          </li>
        ))}
      </ol>
    </article>
  );
}

export default function CaseFilePrint(props: Props) {
  const w = useWords('closure', closure).print;
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done, { once: true });
    printAlone('case-file');
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);
  return (
    <>
      {/* Asked again while the copy is still up (a browser that never said printing ended): print it again. */}
      <button type="button" onClick={() => (printing ? printAlone('case-file') : setPrinting(true))}>{w.button}</button>
      {printing && createPortal(<CaseFileDocument {...props} />, document.body)}
    </>
  );
}
