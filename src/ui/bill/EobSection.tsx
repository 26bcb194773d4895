/*
 * The insurer's Explanation of Benefits: what was billed, allowed and paid per
 * line, your share, and each adjustment with what its group and reason code
 * mean for you. Entered by hand or imported from a FHIR file.
 */
import { useState } from 'react';
import { patientShareOf, type Eob, type EobLine } from '../../domain/case';
import { explainAdjustment } from '../../domain/carc';
import { formatShortDate } from '../../domain/typedDates';
import { formatCents } from '../../domain/money';
import { bill } from '../../i18n/en/bill';
import { carc } from '../../i18n/en/carc';
import { useWords } from '../../i18n/language';
import { FieldsForm } from '../forms/FieldsForm';
import { useRecordEvent } from '../useRecordEvent';
import { eobClaimSpec, eobLineSpec } from './eobForms';
import { ImportEob } from './ImportEob';

type Props = { eob: Eob | undefined; today: string; canChange: boolean };
type Editing = 'claim' | 'line' | 'import' | undefined;

const SHOWN = 200;

export function EobSection({ eob, today, canChange }: Props) {
  const words = useWords('bill', bill);
  const w = words.eob;
  const record = useRecordEvent();
  const [editing, setEditing] = useState<Editing>();
  const close = (problem: string | undefined) => {
    if (!problem) setEditing(undefined);
    return problem;
  };

  return (
    <section aria-labelledby="eob-title">
      <h3 id="eob-title">{w.title}</h3>
      {eob ? (
        <p>
          {eob.claimNumber ? w.claim(eob.claimNumber) : ''}{w.status[eob.status]}.
          {w.youOwe}<strong>{formatCents(eob.patientResponsibility)}</strong>{w.youOweEnd}
        </p>
      ) : (
        <p>{w.none}</p>
      )}
      {eob && eob.lines.length > 0 && <EobLines lines={eob.lines} />}
      {editing === 'claim' ? (
        <FieldsForm spec={eobClaimSpec(eob, today, words.eobForms)} onCancel={() => setEditing(undefined)}
          onValues={(values) => close(record(eobClaimSpec(eob, today, words.eobForms).toEvent(values), w.saidSaved))} />
      ) : editing === 'line' ? (
        <FieldsForm spec={eobLineSpec(eob, today, words.eobForms)} onCancel={() => setEditing(undefined)}
          onValues={(values) => close(record(eobLineSpec(eob, today, words.eobForms).toEvent(values), w.saidLineAdded))} />
      ) : editing === 'import' ? (
        <ImportEob onCancel={() => setEditing(undefined)} onEob={(imported) => close(record({ type: 'EOB_RECEIVED', eob: imported, at: today }, w.saidImported))} />
      ) : canChange && (
        <div className="button-row">
          <button type="button" onClick={() => setEditing('import')}>{w.import}</button>
          <button type="button" onClick={() => setEditing('claim')}>{eob ? w.correctClaim : w.enterByHand}</button>
          {eob && <button type="button" onClick={() => setEditing('line')}>{w.addLine}</button>}
        </div>
      )}
    </section>
  );
}

function EobLines({ lines }: { lines: EobLine[] }) {
  const w = useWords('bill', bill).eob;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={w.table}>
      <table>
        <thead>
          <tr>
            <th scope="col">{w.service}</th><th scope="col" className="money">{w.billed}</th><th scope="col" className="money">{w.allowed}</th>
            <th scope="col" className="money">{w.planPaid}</th><th scope="col" className="money">{w.yourShare}</th><th scope="col">{w.adjustments}</th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, SHOWN).map((line, index) => (
            <tr key={index}>
              <td>{line.code || w.noCode}<br /><span className="muted">{formatShortDate(line.date)}</span></td>
              <td className="money">{formatCents(line.billed)}</td>
              <td className="money">{formatCents(line.allowed)}</td>
              <td className="money">{formatCents(line.planPaid)}</td>
              <td className="money">{formatCents(patientShareOf(line))}</td>
              <td>{line.adjustments.length === 0 ? w.noAdjustments : <Adjustments line={line} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.length > SHOWN && <p>{w.showingFirst(SHOWN, lines.length)}</p>}
    </div>
  );
}

function Adjustments({ line }: { line: EobLine }) {
  const words = useWords('carc', carc);
  return (
    <ul className="adjustments">
      {line.adjustments.map((adjustment, index) => {
        const meaning = explainAdjustment(adjustment, words);
        return (
          <li key={index}>
            <strong>{adjustment.group}-{adjustment.reason || '?'} {formatCents(adjustment.amount)}</strong>: {meaning.group} {meaning.reason}
            {meaning.whatToDo ? <span className="muted"> {meaning.whatToDo}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
