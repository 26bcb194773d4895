/*
 * Forms as data: each form is a list of fields and a function that turns the
 * checked values into a domain event. `readForm` checks what was typed and
 * returns either the values (money in cents, dates as ISO) or one plain
 * message per field that needs fixing. Nothing is recorded until all pass.
 */
import type { BillEvent } from '../../domain/events';
import { parseTypedTime } from '../../domain/clockTime';
import { parseTypedDate } from '../../domain/typedDates';
import { parseDollars } from '../../domain/typedMoney';
import type { Words } from '../../i18n/words';

/** The forms' words, and how to say what is wrong with a typed date or amount (the app catalog's). */
export type ReadingWords = { forms: Words['forms'] } & Pick<Words['app'], 'typedDate' | 'typedAmount'>;

type Common = { name: string; label: string; hint?: string; optional?: boolean };
export type FieldSpec = Common &
  (
    | { kind: 'money' | 'date' | 'time' | 'text' | 'longtext' }
    | { kind: 'count'; min: number; max: number }
    | { kind: 'choice'; options: { value: string; label: string }[] }
    | { kind: 'confirm' }
  );

export type RawValues = Record<string, string | boolean>;
export type Values = Record<string, string | number | boolean | undefined>;

/** A form's fields and words; what it does with the values is up to the caller. */
export type FieldsSpec = {
  id: string;
  title: string;
  intro?: string;
  /** Shown before the fields, in a warning box: why the person may want to wait. */
  warning?: string;
  submitLabel: string;
  fields: FieldSpec[];
  initial?: RawValues;
  /** Checks that need more than one field's kind (a bill line's code, a credit); errors by field name. */
  check?: (raw: RawValues) => Record<string, string>;
};

/** A form that records one fact: its fields, and the domain event the checked values make. */
export type FormSpec = FieldsSpec & { toEvent: (values: Values) => BillEvent };

export type FormReading = { ok: true; values: Values } | { ok: false; errors: Record<string, string> };

function readField(field: FieldSpec, raw: string | boolean | undefined, words: ReadingWords): { value?: string | number | boolean; error?: string } {
  const errors = words.forms.errors;
  if (field.kind === 'confirm') return raw === true ? { value: true } : { error: errors.tick };
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return field.optional ? {} : { error: errors.enter(field.label) };
  switch (field.kind) {
    case 'money': {
      const amount = parseDollars(text, { words: words.typedAmount });
      return amount.ok ? { value: amount.cents } : { error: amount.error };
    }
    case 'date': {
      const date = parseTypedDate(text, words.typedDate);
      return date.ok ? { value: date.date } : { error: date.error };
    }
    case 'time': {
      const time = parseTypedTime(text, words.forms.time);
      return time.ok ? { value: time.time } : { error: time.error };
    }
    case 'count': {
      const count = Number(text);
      return Number.isInteger(count) && count >= field.min && count <= field.max
        ? { value: count }
        : { error: errors.wholeNumber(field.min, field.max) };
    }
    case 'choice':
      return field.options.some((option) => option.value === text) ? { value: text } : { error: errors.chooseOne };
    default:
      return { value: text };
  }
}

/** Checks what was typed; the messages are in `words`' language. */
export function readForm(spec: FieldsSpec, raw: RawValues, words: ReadingWords): FormReading {
  const values: Values = {};
  const errors: Record<string, string> = {};
  for (const field of spec.fields) {
    const { value, error } = readField(field, raw[field.name], words);
    if (error) errors[field.name] = error;
    else values[field.name] = value;
  }
  Object.assign(errors, spec.check?.(raw));
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}
