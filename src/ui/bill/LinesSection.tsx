/*
 * The itemized bill's lines: a table (the first 200 of a long bill), adding a
 * line by hand or a paste of many, removing a mistyped one, and copying all
 * of them out as CSV. Every change records the whole list again
 * (ITEMIZED_BILL_RECEIVED), so the history keeps each version.
 */
import { useState } from 'react';
import type { BillLine } from '../../domain/case';
import { formatLongDate } from '../../domain/dates';
import { formatShortDate } from '../../domain/typedDates';
import { billLinesToCsv } from '../../domain/intake/writeBillLines';
import { formatCents } from '../../domain/money';
import { focusById } from '../announcer';
import { downloadText } from '../download';
import { FieldsForm } from '../forms/FieldsForm';
import { useRecordEvent } from '../useRecordEvent';
import { addLineSpec } from './lineForm';
import { PasteLines } from './PasteLines';

const SHOWN = 200;
type Props = { lines: BillLine[]; today: string; canChange: boolean };

export function LinesSection({ lines, today, canChange }: Props) {
  const record = useRecordEvent();
  const [adding, setAdding] = useState<'form' | 'paste' | undefined>();
  const save = (next: BillLine[], said: string) => record({ type: 'ITEMIZED_BILL_RECEIVED', lines: next, at: today }, said);
  const total = lines.reduce((sum, line) => sum + line.charge, 0);

  return (
    <section aria-labelledby="lines-title">
      <h3 id="lines-title" tabIndex={-1}>Itemized lines{lines.length ? ` (${lines.length}, ${formatCents(total)})` : ''}</h3>
      {lines.length === 0 ? (
        <p>No lines yet. Enter them from the itemized bill, so Billpath can check each charge.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Table of itemized lines">
          <table>
            <thead>
              <tr><th scope="col">Date</th><th scope="col">Code</th><th scope="col">Description</th><th scope="col">Units</th><th scope="col" className="money">Charge</th>{canChange && <th scope="col"><span className="visually-hidden">Remove</span></th>}</tr>
            </thead>
            <tbody>
              {lines.slice(0, SHOWN).map((line) => (
                <tr key={line.id}>
                  <td>{formatShortDate(line.date)}</td>
                  <td>{line.code}{line.modifiers?.length ? `-${line.modifiers.join('-')}` : ''}{line.revenueCode ? <span className="muted"> rev {line.revenueCode}</span> : null}</td>
                  <td>{line.description ?? ''}{line.diagnoses?.length ? <span className="muted"> ({line.diagnoses.join(', ')})</span> : null}</td>
                  <td>{line.units}</td>
                  <td className="money">{formatCents(line.charge)}</td>
                  {canChange && (
                    <td>
                      <button type="button" className="link" aria-label={`Remove ${line.code} on ${formatLongDate(line.date)}, ${formatCents(line.charge)}`}
                        onClick={() => {
                          // The button goes away with its row: focus moves to the list's heading.
                          if (!save(lines.filter((other) => other.id !== line.id), `Removed the line for ${line.code || line.revenueCode}.`)) focusById('lines-title');
                        }}>
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {lines.length > SHOWN && <p>Showing the first {SHOWN} of {lines.length} lines. Download them as a CSV file to see all.</p>}
        </div>
      )}
      {adding === 'form' ? (
        <FieldsForm spec={addLineSpec(lines, today)} onCancel={() => setAdding(undefined)}
          onValues={(values) => {
            const spec = addLineSpec(lines, today);
            const problem = record(spec.toEvent(values), 'Line added.');
            if (!problem) setAdding(undefined);
            return problem;
          }} />
      ) : adding === 'paste' ? (
        <PasteLines lines={lines} onCancel={() => setAdding(undefined)}
          onAdd={(added) => {
            const problem = save([...lines, ...added], `Added ${added.length} ${added.length === 1 ? 'line' : 'lines'}.`);
            if (!problem) setAdding(undefined);
            return problem;
          }} />
      ) : (
        <div className="button-row">
          {canChange && <button type="button" onClick={() => setAdding('form')}>Add a line</button>}
          {canChange && <button type="button" onClick={() => setAdding('paste')}>Paste lines from a spreadsheet</button>}
          {lines.length > 0 && <button type="button" onClick={() => downloadText(`billpath-lines-${today}.csv`, billLinesToCsv(lines), 'text/csv')}>Download the lines as a CSV file</button>}
        </div>
      )}
    </section>
  );
}
