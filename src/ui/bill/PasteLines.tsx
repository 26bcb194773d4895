/*
 * Pasting an itemized bill from a spreadsheet or a CSV file: a preview of the
 * lines read and every row to fix (row, column, what to do), before anything
 * is saved. Only a paste without errors can be added.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BillLine } from '../../domain/case';
import { formatCents } from '../../domain/money';
import { describeRowError, nextLineNumber, readBillLines } from '../../domain/intake/readBillLines';

type Props = { lines: BillLine[]; onAdd: (lines: BillLine[]) => string | undefined; onCancel: () => void };

export function PasteLines({ lines, onAdd, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState('');
  const reading = useMemo(() => (checked ? readBillLines(checked, nextLineNumber(lines)) : undefined), [checked, lines]);
  const [problem, setProblem] = useState('');
  const total = reading?.lines.reduce((sum, line) => sum + line.charge, 0) ?? 0;
  const box = useRef<HTMLTextAreaElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const hasErrors = (reading?.errors.length ?? 0) > 0;
  useEffect(() => box.current?.focus(), []);
  // Each check's result takes focus once, so it is read out and the next key press acts on it.
  useEffect(() => {
    if (checked) summary.current?.focus();
  }, [checked]);

  return (
    <div className="paste-lines" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Paste lines from a spreadsheet or CSV</h4>
      <label htmlFor={`${id}-text`}>Copy the rows with their header row (Date, Code, Charge, and any of Units, Modifiers, Revenue code, Description, Diagnosis), then paste them here.</label>
      <textarea id={`${id}-text`} rows={6} value={text} ref={box} aria-invalid={hasErrors || undefined} aria-describedby={hasErrors ? `${id}-errors` : undefined}
        onChange={(event) => { setText(event.target.value); setChecked(''); }} />
      <div className="button-row">
        <button type="button" className="primary" onClick={() => setChecked(text)}>Check the lines</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      {reading && (
        <div className="paste-preview">
          {reading.errors.length > 0 ? (
            <>
              <p className="field-error" role="status" tabIndex={-1} ref={summary}>
                Nothing was added. Fix {reading.errors.length === 1 ? 'this' : `these ${reading.errors.length}`} in the text above, then check again:
              </p>
              <ul className="errors" id={`${id}-errors`}>{reading.errors.slice(0, 50).map((error) => <li key={`${error.row}-${error.column}`}>{describeRowError(error)}</li>)}</ul>
              {reading.errors.length > 50 && <p>… and {reading.errors.length - 50} more.</p>}
            </>
          ) : (
            <>
              <p role="status" tabIndex={-1} ref={summary}>
                Read {reading.lines.length} {reading.lines.length === 1 ? 'line' : 'lines'}, {formatCents(total)} in all
                {reading.skipped ? ` (${reading.skipped} total or blank ${reading.skipped === 1 ? 'row' : 'rows'} left out)` : ''}.
              </p>
              <LinePreview lines={reading.lines} />
              <button type="button" className="primary" onClick={() => setProblem(onAdd(reading.lines) ?? '')}>
                Add {reading.lines.length} {reading.lines.length === 1 ? 'line' : 'lines'} to the bill
              </button>
            </>
          )}
        </div>
      )}
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </div>
  );
}

function LinePreview({ lines }: { lines: BillLine[] }) {
  const shown = lines.slice(0, 10);
  return (
    <table>
      <caption className="visually-hidden">The first lines read</caption>
      <thead><tr><th scope="col">Date</th><th scope="col">Code</th><th scope="col">Units</th><th scope="col" className="money">Charge</th></tr></thead>
      <tbody>
        {shown.map((line) => (
          <tr key={line.id}><td>{line.date}</td><td>{line.code}</td><td>{line.units}</td><td className="money">{formatCents(line.charge)}</td></tr>
        ))}
      </tbody>
      {lines.length > shown.length && <tfoot><tr><td colSpan={4}>and {lines.length - shown.length} more</td></tr></tfoot>}
    </table>
  );
}
