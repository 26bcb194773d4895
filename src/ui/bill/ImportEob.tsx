/*
 * Importing the EOB from a file the person downloaded from their insurer's app
 * or Medicare (FHIR JSON). The importer loads only now; the file never leaves
 * the device. A file with several EOBs asks which one is this bill's.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Eob } from '../../domain/case';
import { bill } from '../../i18n/en/bill';
import { useOnLanguageChange, useWords } from '../../i18n/language';

const MAX_FILE_BYTES = 20_000_000;
type Props = { onEob: (eob: Eob) => string | undefined; onCancel: () => void };

const dateOf = (eob: Eob) => eob.lines[0]?.date;

export function ImportEob({ onEob, onCancel }: Props) {
  const id = useId();
  const words = useWords('bill', bill);
  const w = words.importEob;
  const [errors, setErrors] = useState<string[]>([]);
  useOnLanguageChange(() => setErrors([]));
  const [found, setFound] = useState<Eob[]>([]);
  const [chosen, setChosen] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => fileInput.current?.focus(), []);

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFound([]);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setErrors([w.tooLarge]);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setErrors([w.notJson(file.name)]);
    }
    const { importFhirEob } = await import('../../domain/fhir');
    const result = importFhirEob(json, words.fhir);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    setChosen(0);
    setFound(result.value);
  }

  return (
    <div className="import-eob" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{w.title}</h4>
      <label htmlFor={`${id}-file`}>{w.pick}</label>
      <input id={`${id}-file`} type="file" accept=".json,application/json,application/fhir+json" onChange={read} ref={fileInput}
        aria-invalid={errors.length > 0 || undefined} aria-describedby={errors.length ? `${id}-errors` : undefined} />
      {errors.length > 0 && (
        <div role="alert" className="field-error" id={`${id}-errors`}>
          <p>{w.cantUse}</p>
          <ul>{errors.map((error) => <li key={error}>{error}</li>)}</ul>
        </div>
      )}
      {found.length > 0 && (
        <fieldset>
          <legend>{w.found(found.length)}</legend>
          {found.map((eob, index) => (
            <label key={index} className="radio">
              <input type="radio" name={`${id}-eob`} checked={chosen === index} onChange={() => setChosen(index)} />
              {w.choice(eob.claimNumber, index, dateOf(eob), eob.status, eob.lines.length, eob.patientResponsibility)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="button-row">
        {found.length > 0 && <button type="button" className="primary" onClick={() => { const problem = onEob(found[chosen]!); if (problem) setErrors([problem]); }}>{w.use}</button>}
        <button type="button" onClick={onCancel}>{w.cancel}</button>
      </div>
    </div>
  );
}
