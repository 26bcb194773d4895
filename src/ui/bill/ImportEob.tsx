/*
 * Importing the EOB from a file the person downloaded from their insurer's app
 * or Medicare (FHIR JSON). The importer loads only now; the file never leaves
 * the device. A file with several EOBs asks which one is this bill's.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Eob } from '../../domain/case';
import { formatLongDate } from '../../domain/dates';
import { formatCents } from '../../domain/money';

const MAX_FILE_BYTES = 20_000_000;
type Props = { onEob: (eob: Eob) => string | undefined; onCancel: () => void };

const dateOf = (eob: Eob) => eob.lines[0]?.date;
const statusWords: Record<Eob['status'], string> = { processed: 'processed', pending: 'pending', denied: 'denied' };

export function ImportEob({ onEob, onCancel }: Props) {
  const id = useId();
  const [errors, setErrors] = useState<string[]>([]);
  const [found, setFound] = useState<Eob[]>([]);
  const [chosen, setChosen] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => fileInput.current?.focus(), []);

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFound([]);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setErrors(['This file is larger than 20 MB. Pick the EOB file for this one claim.']);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setErrors([`"${file.name}" isn't a FHIR JSON file. Download the EOB from your insurer's app as JSON (FHIR), then pick it here.`]);
    }
    const { importFhirEob } = await import('../../domain/fhir');
    const result = importFhirEob(json);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    setChosen(0);
    setFound(result.value);
  }

  return (
    <div className="import-eob" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Import an EOB file</h4>
      <label htmlFor={`${id}-file`}>Pick the EOB file (FHIR JSON) from your insurer's app or from Medicare. It stays on this device.</label>
      <input id={`${id}-file`} type="file" accept=".json,application/json,application/fhir+json" onChange={read} ref={fileInput}
        aria-invalid={errors.length > 0 || undefined} aria-describedby={errors.length ? `${id}-errors` : undefined} />
      {errors.length > 0 && (
        <div role="alert" className="field-error" id={`${id}-errors`}>
          <p>This file can't be used:</p>
          <ul>{errors.map((error) => <li key={error}>{error}</li>)}</ul>
        </div>
      )}
      {found.length > 0 && (
        <fieldset>
          <legend>{found.length === 1 ? 'Found one EOB' : `Found ${found.length} EOBs: choose the one for this bill`}</legend>
          {found.map((eob, index) => (
            <label key={index} className="radio">
              <input type="radio" name={`${id}-eob`} checked={chosen === index} onChange={() => setChosen(index)} />
              {eob.claimNumber ? `Claim ${eob.claimNumber}` : `EOB ${index + 1}`}
              {dateOf(eob) ? `, ${formatLongDate(dateOf(eob)!)}` : ''}: {statusWords[eob.status]}, {eob.lines.length} {eob.lines.length === 1 ? 'line' : 'lines'}, you owe {formatCents(eob.patientResponsibility)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="button-row">
        {found.length > 0 && <button type="button" className="primary" onClick={() => { const problem = onEob(found[chosen]!); if (problem) setErrors([problem]); }}>Use this EOB</button>}
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </div>
  );
}
