/*
 * The printable case file: the bill, the outcome, and the whole journal as a
 * dated paper trail, with every call's details and every letter as it read the
 * day it was sent. Built only when asked for, then printed alone on clean pages.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Case } from '../../domain/case';
import type { CaseFile, JournalEntry } from '../../domain/caseFile';
import { formatLongDate } from '../../domain/dates';
import { describeEvent } from '../../domain/history';
import { isLetterKind, renderLetter } from '../../domain/letters';
import { outcomeOf } from '../../domain/outcome';
import { printAlone } from '../printAlone';
import { OutcomeTable } from './OutcomeSummary';

type Props = { billCase: Case; journal: JournalEntry[]; today: string };

const dayOf = (entry: JournalEntry) => (entry.event.at ?? entry.at).slice(0, 10);

function CallDetails({ event }: { event: Extract<JournalEntry['event'], { type: 'CALL_LOGGED' }> }) {
  const details: [string, string | undefined][] = [
    ['Time', event.time], ['Spoke to', event.with], ['Department', event.department], ['Reference', event.reference],
    ['They promised', event.promised], ['Notes', event.notes], ['Follow up by', event.followUp && formatLongDate(event.followUp)],
  ];
  return <dl>{details.filter(([, value]) => value).map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}</dl>;
}

/** The letter as Billpath drafted it on the day it was sent (the journal up to then). */
function SentLetter({ caseFile, index }: { caseFile: CaseFile; index: number }) {
  const entry = caseFile.journal[index]!;
  if (entry.event.type !== 'LETTER_SENT' || !isLetterKind(entry.event.letter)) return null;
  const letter = renderLetter(entry.event.letter, { ...caseFile, journal: caseFile.journal.slice(0, index) }, dayOf(entry));
  return <pre>{`${letter.subject}\n\n${letter.body}`}</pre>;
}

function CaseFileDocument({ billCase, journal, today }: Props) {
  const caseFile: CaseFile = { format: 'billpath.case', version: 1, case: billCase, journal };
  return (
    <article className="case-file-print" aria-hidden="true">
      <h1>Case file: {billCase.title || 'Untitled bill'}</h1>
      <p>
        {billCase.provider.name || 'Provider not named'}{billCase.accountNumber ? `, account ${billCase.accountNumber}` : ''}.
        Printed {formatLongDate(today)} from Billpath.
      </p>
      <OutcomeTable outcome={outcomeOf(caseFile)} />
      <h2>Paper trail</h2>
      <ol>
        {journal.map((entry, index) => (
          <li key={index}>
            <p><strong>{formatLongDate(dayOf(entry))}</strong>: {describeEvent(entry.event)}</p>
            {entry.event.type === 'CALL_LOGGED' && <CallDetails event={entry.event} />}
            <SentLetter caseFile={caseFile} index={index} />
          </li>
        ))}
      </ol>
    </article>
  );
}

export default function CaseFilePrint(props: Props) {
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
      <button type="button" onClick={() => (printing ? printAlone('case-file') : setPrinting(true))}>Print the case file</button>
      {printing && createPortal(<CaseFileDocument {...props} />, document.body)}
    </>
  );
}
