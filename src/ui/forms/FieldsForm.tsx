/*
 * Renders a form spec: labelled fields with their hints, one error per field
 * (announced and linked with aria-describedby), and focus on the first field
 * to fix. It only reads and checks; the caller decides what the values do.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { app } from '../../i18n/en/app';
import { forms } from '../../i18n/en/forms';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import { readForm, type FieldSpec, type FieldsSpec, type RawValues, type Values } from './readForm';

type Props = {
  spec: FieldsSpec;
  /** Called with checked values; return a message to show it instead of closing. */
  onValues: (values: Values) => string | void | Promise<string | void>;
  onCancel?: () => void;
  /** Always on the page (not opened by a button): it doesn't take focus, and its heading sits under the section's. */
  inline?: boolean;
};

export function FieldsForm({ spec, onValues, onCancel, inline = false }: Props) {
  const formId = useId();
  const [raw, setRaw] = useState<RawValues>(spec.initial ?? {});
  // What was sent when the form was refused: its errors are worded at each render, so they follow the language.
  const [refused, setRefused] = useState<RawValues>();
  const [formError, setFormError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const w = useWords('forms', forms);
  const { typedDate, typedAmount } = useWords('app', app);
  const errors = useMemo(() => {
    const reading = refused && readForm(spec, refused, { forms: w, typedDate, typedAmount });
    return reading && !reading.ok ? reading.errors : {};
  }, [refused, spec, w, typedDate, typedAmount]);
  useOnLanguageChange(() => setFormError(''));
  const idOf = (name: string) => `${formId}-field-${name}`;
  const headingId = `${formId}-heading`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reading = readForm(spec, raw, { forms: w, typedDate, typedAmount });
    if (!reading.ok) {
      setRefused(raw);
      const first = spec.fields.find((field) => reading.errors[field.name]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[data-field="${first.name}"]`)?.focus();
      return;
    }
    setRefused(undefined);
    const problem = await onValues(reading.values);
    setFormError(problem ?? '');
  }

  // A form opens in place of the button that opened it: take focus, so it is not lost.
  useEffect(() => {
    if (!inline) formRef.current?.querySelector<HTMLElement>('[data-field]')?.focus();
  }, [inline]);
  const Heading = inline ? 'h4' : 'h3';

  const update = (name: string, value: string | boolean) => setRaw((current) => ({ ...current, [name]: value }));

  return (
    <form ref={formRef} className="fields-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading id={headingId}>{spec.title}</Heading>
      {spec.intro && <p>{spec.intro}</p>}
      {spec.warning && <p className="warning" role="note"><strong>{w.beforeYouDo}</strong>{spec.warning}</p>}
      {spec.fields.map((field) => (
        <Field
          key={field.name}
          field={field}
          id={idOf(field.name)}
          value={raw[field.name]}
          error={errors[field.name]}
          onChange={(value) => update(field.name, value)}
        />
      ))}
      {formError && <p className="field-error" role="alert">{formError}</p>}
      <div className="button-row">
        <button type="submit" className="primary">{spec.submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>{w.cancel}</button>}
      </div>
    </form>
  );
}

type FieldProps = {
  field: FieldSpec;
  id: string;
  value: string | boolean | undefined;
  error?: string;
  onChange: (value: string | boolean) => void;
};

function Field({ field, id, value, error, onChange }: FieldProps) {
  const w = useWords('forms', forms);
  const describedBy = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = { id, 'data-field': field.name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  const text = typeof value === 'string' ? value : '';
  const hint = field.hint && <p id={`${id}-hint`} className="hint">{field.hint}</p>;
  const problem = error && <p id={`${id}-error`} className="field-error">{error}</p>;
  const optional = field.optional ? <span className="optional">{w.optional}</span> : null;

  if (field.kind === 'confirm') {
    return (
      <div className="field checkbox">
        <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{field.label}</label>
        {problem}
      </div>
    );
  }
  if (field.kind === 'choice' && field.options.length <= 3) {
    return (
      <fieldset className="field" aria-describedby={describedBy}>
        <legend>{field.label}{optional}</legend>
        {hint}
        {field.options.map((option, index) => (
          <label key={option.value} className="radio">
            <input type="radio" name={id} value={option.value} checked={text === option.value} onChange={() => onChange(option.value)}
              {...(index === 0 ? { 'data-field': field.name } : {})} aria-invalid={error ? true : undefined} />
            {option.label}
          </label>
        ))}
        {problem}
      </fieldset>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}{optional}</label>
      {hint}
      {field.kind === 'choice' ? (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">{w.choose}</option>
          {field.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      ) : field.kind === 'longtext' ? (
        <textarea {...common} value={text} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <span className={field.kind === 'money' ? 'money-input' : undefined}>
          <input {...common} value={text} onChange={(e) => onChange(e.target.value)}
            type={field.kind === 'date' || field.kind === 'time' ? field.kind : 'text'}
            inputMode={field.kind === 'money' ? 'decimal' : field.kind === 'count' ? 'numeric' : undefined}
            autoComplete="off" />
        </span>
      )}
      {problem}
    </div>
  );
}
