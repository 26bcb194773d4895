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
import { FieldsForm } from '../forms/FieldsForm';
import { useRecordEvent } from '../useRecordEvent';
import { eobClaimSpec, eobLineSpec } from './eobForms';
import { ImportEob } from './ImportEob';

type Props = { eob: Eob | undefined; today: string; canChange: boolean };
type Editing = 'claim' | 'line' | 'import' | undefined;

const SHOWN = 200;

export function EobSection({ eob, today, canChange }: Props) {
  const record = useRecordEvent();
  const [editing, setEditing] = useState<Editing>();
  const close = (problem: string | undefined) => {
    if (!problem) setEditing(undefined);
    return problem;
  };

  return (
    <section aria-labelledby="eob-title">
      <h3 id="eob-title">Explanation of Benefits (EOB)</h3>
      {eob ? (
        <p>
          {eob.claimNumber ? `Claim ${eob.claimNumber}: ` : ''}{eob.status === 'processed' ? 'processed' : eob.status === 'denied' ? 'denied' : 'still pending'}.
          {' '}The EOB says you owe <strong>{formatCents(eob.patientResponsibility)}</strong>.
        </p>
      ) : (
        <p>No EOB yet. Your insurer sends it after deciding the claim; it says what you really owe.</p>
      )}
      {eob && eob.lines.length > 0 && <EobLines lines={eob.lines} />}
      {editing === 'claim' ? (
        <FieldsForm spec={eobClaimSpec(eob, today)} onCancel={() => setEditing(undefined)}
          onValues={(values) => close(record(eobClaimSpec(eob, today).toEvent(values), 'EOB saved.'))} />
      ) : editing === 'line' ? (
        <FieldsForm spec={eobLineSpec(eob, today)} onCancel={() => setEditing(undefined)}
          onValues={(values) => close(record(eobLineSpec(eob, today).toEvent(values), 'EOB line added.'))} />
      ) : editing === 'import' ? (
        <ImportEob onCancel={() => setEditing(undefined)} onEob={(imported) => close(record({ type: 'EOB_RECEIVED', eob: imported, at: today }, 'EOB imported.'))} />
      ) : canChange && (
        <div className="button-row">
          <button type="button" onClick={() => setEditing('import')}>Import an EOB file</button>
          <button type="button" onClick={() => setEditing('claim')}>{eob ? 'Correct the claim' : 'Enter the EOB by hand'}</button>
          {eob && <button type="button" onClick={() => setEditing('line')}>Add an EOB line</button>}
        </div>
      )}
    </section>
  );
}

function EobLines({ lines }: { lines: EobLine[] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="EOB lines">
      <table>
        <thead>
          <tr>
            <th scope="col">Service</th><th scope="col" className="money">Billed</th><th scope="col" className="money">Allowed</th>
            <th scope="col" className="money">Plan paid</th><th scope="col" className="money">Your share</th><th scope="col">Adjustments: what they mean for you</th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, SHOWN).map((line, index) => (
            <tr key={index}>
              <td>{line.code || 'No code'}<br /><span className="muted">{formatShortDate(line.date)}</span></td>
              <td className="money">{formatCents(line.billed)}</td>
              <td className="money">{formatCents(line.allowed)}</td>
              <td className="money">{formatCents(line.planPaid)}</td>
              <td className="money">{formatCents(patientShareOf(line))}</td>
              <td>{line.adjustments.length === 0 ? 'None' : <Adjustments line={line} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.length > SHOWN && <p>Showing the first {SHOWN} of {lines.length} EOB lines.</p>}
    </div>
  );
}

function Adjustments({ line }: { line: EobLine }) {
  return (
    <ul className="adjustments">
      {line.adjustments.map((adjustment, index) => {
        const meaning = explainAdjustment(adjustment);
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
