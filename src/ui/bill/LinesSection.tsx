/*
 * The itemized bill's lines: a table (the first 200 of a long bill), adding a
 * line by hand or a paste of many, removing a mistyped one, and copying all
 * of them out as CSV. Every change records the whole list again
 * (ITEMIZED_BILL_RECEIVED), so the history keeps each version.
 */
import { useState } from 'react';
import type { BillLine } from '../../domain/case';
import { formatShortDate } from '../../domain/typedDates';
import { billLinesToCsv } from '../../domain/intake/writeBillLines';
import { formatCents } from '../../domain/money';
import { bill } from '../../i18n/en/bill';
import { useWords } from '../../i18n/language';
import { focusById } from '../announcer';
import { downloadText } from '../download';
import { FieldsForm } from '../forms/FieldsForm';
import { useRecordEvent } from '../useRecordEvent';
import { addLineSpec, useLineWords } from './lineForm';
import { PasteLines } from './PasteLines';

const SHOWN = 200;
type Props = { lines: BillLine[]; today: string; canChange: boolean };

export function LinesSection({ lines, today, canChange }: Props) {
  const words = useWords('bill', bill);
  const w = words.lines;
  const lineWords = useLineWords();
  const record = useRecordEvent();
  const [adding, setAdding] = useState<'form' | 'paste' | undefined>();
  const save = (next: BillLine[], said: string) => record({ type: 'ITEMIZED_BILL_RECEIVED', lines: next, at: today }, said);
  const total = lines.reduce((sum, line) => sum + line.charge, 0);

  return (
    <section aria-labelledby="lines-title">
      <h3 id="lines-title" tabIndex={-1}>{w.heading(lines.length, total)}</h3>
      {lines.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={w.table}>
          <table>
            <thead>
              <tr>
                <th scope="col">{words.intake.columns.date}</th><th scope="col">{words.intake.columns.code}</th><th scope="col">{words.intake.columns.description}</th>
                <th scope="col">{words.intake.columns.units}</th><th scope="col" className="money">{words.intake.columns.charge}</th>
                {canChange && <th scope="col"><span className="visually-hidden">{w.remove}</span></th>}
              </tr>
            </thead>
            <tbody>
              {lines.slice(0, SHOWN).map((line) => (
                <tr key={line.id}>
                  <td>{formatShortDate(line.date)}</td>
                  <td>{line.code}{line.modifiers?.length ? `-${line.modifiers.join('-')}` : ''}{line.revenueCode ? <span className="muted"> {w.revenueCode(line.revenueCode)}</span> : null}</td>
                  <td>{line.description ?? ''}{line.diagnoses?.length ? <span className="muted"> ({line.diagnoses.join(', ')})</span> : null}</td>
                  <td>{line.units}</td>
                  <td className="money">{formatCents(line.charge)}</td>
                  {canChange && (
                    <td>
                      <button type="button" className="link" aria-label={w.removeLine(line.code, line.date, line.charge)}
                        onClick={() => {
                          // The button goes away with its row: focus moves to the list's heading.
                          if (!save(lines.filter((other) => other.id !== line.id), w.saidRemoved(line.code || line.revenueCode || ''))) focusById('lines-title');
                        }}>
                        {w.remove}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {lines.length > SHOWN && <p>{w.showingFirst(SHOWN, lines.length)}</p>}
        </div>
      )}
      {adding === 'form' ? (
        <FieldsForm spec={addLineSpec(lines, today, words.lineForm, lineWords)} onCancel={() => setAdding(undefined)}
          onValues={(values) => {
            const spec = addLineSpec(lines, today, words.lineForm, lineWords);
            const problem = record(spec.toEvent(values), w.saidAdded);
            if (!problem) setAdding(undefined);
            return problem;
          }} />
      ) : adding === 'paste' ? (
        <PasteLines lines={lines} onCancel={() => setAdding(undefined)}
          onAdd={(added) => {
            const problem = save([...lines, ...added], w.saidAddedMany(added.length));
            if (!problem) setAdding(undefined);
            return problem;
          }} />
      ) : (
        <div className="button-row">
          {canChange && <button type="button" onClick={() => setAdding('form')}>{w.addLine}</button>}
          {canChange && <button type="button" onClick={() => setAdding('paste')}>{w.paste}</button>}
          {lines.length > 0 && (
            <button type="button" onClick={() => downloadText(`billpath-lines-${today}.csv`, billLinesToCsv(lines, words.intake.columns), 'text/csv')}>{w.download}</button>
          )}
        </div>
      )}
    </section>
  );
}
