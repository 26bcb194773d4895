/*
 * Pasting an itemized bill from a spreadsheet or a CSV file: a preview of the
 * lines read and every row to fix (row, column, what to do), before anything
 * is saved. Only a paste without errors can be added.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BillLine } from '../../domain/case';
import { formatCents } from '../../domain/money';
import { nextLineNumber, readBillLines } from '../../domain/intake/readBillLines';
import { bill } from '../../i18n/en/bill';
import { useWords } from '../../i18n/language';
import { useLineWords } from './lineForm';

type Props = { lines: BillLine[]; onAdd: (lines: BillLine[]) => string | undefined; onCancel: () => void };

export function PasteLines({ lines, onAdd, onCancel }: Props) {
  const id = useId();
  const words = useWords('bill', bill);
  const w = words.paste;
  const lineWords = useLineWords();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState('');
  const reading = useMemo(() => (checked ? readBillLines(checked, nextLineNumber(lines), lineWords) : undefined), [checked, lines, lineWords]);
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
      <h4 id={`${id}-title`}>{w.title}</h4>
      <label htmlFor={`${id}-text`}>{w.how}</label>
      <textarea id={`${id}-text`} rows={6} value={text} ref={box} aria-invalid={hasErrors || undefined} aria-describedby={hasErrors ? `${id}-errors` : undefined}
        onChange={(event) => { setText(event.target.value); setChecked(''); }} />
      <div className="button-row">
        <button type="button" className="primary" onClick={() => setChecked(text)}>{w.check}</button>
        <button type="button" onClick={onCancel}>{w.cancel}</button>
      </div>
      {reading && (
        <div className="paste-preview">
          {reading.errors.length > 0 ? (
            <>
              <p className="field-error" role="status" tabIndex={-1} ref={summary}>
                {w.nothingAdded(reading.errors.length)}
              </p>
              <ul className="errors" id={`${id}-errors`}>{reading.errors.slice(0, 50).map((error) => <li key={`${error.row}-${error.column}`}>{words.intake.atRow(error.row, error.column, error.message)}</li>)}</ul>
              {reading.errors.length > 50 && <p>{w.moreErrors(reading.errors.length - 50)}</p>}
            </>
          ) : (
            <>
              <p role="status" tabIndex={-1} ref={summary}>
                {w.read(reading.lines.length, total, reading.skipped)}
              </p>
              <LinePreview lines={reading.lines} />
              <button type="button" className="primary" onClick={() => setProblem(onAdd(reading.lines) ?? '')}>
                {w.add(reading.lines.length)}
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
  const words = useWords('bill', bill);
  const columns = words.intake.columns;
  const shown = lines.slice(0, 10);
  return (
    <table>
      <caption className="visually-hidden">{words.paste.preview}</caption>
      <thead>
        <tr><th scope="col">{columns.date}</th><th scope="col">{columns.code}</th><th scope="col">{columns.units}</th><th scope="col" className="money">{columns.charge}</th></tr>
      </thead>
      <tbody>
        {shown.map((line) => (
          <tr key={line.id}><td>{line.date}</td><td>{line.code}</td><td>{line.units}</td><td className="money">{formatCents(line.charge)}</td></tr>
        ))}
      </tbody>
      {lines.length > shown.length && <tfoot><tr><td colSpan={4}>{words.paste.moreLines(lines.length - shown.length)}</td></tr></tfoot>}
    </table>
  );
}
