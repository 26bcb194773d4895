/*
 * A form that records one fact: built from its spec, it hands the finished
 * domain event to `onEvent`. Loaded on demand (see LazyEventForm), since forms
 * appear only after a click and the first screen should load fast.
 */
import type { BillContext } from '../../../machines/workflow';
import type { BillEvent } from '../../domain/events';
import { findings } from '../../i18n/en/findings';
import { forms } from '../../i18n/en/forms';
import { useWords } from '../../i18n/language';
import { FieldsForm } from './FieldsForm';
import { formSpec, type FormId } from './specs';

export type EventFormProps = {
  form: FormId;
  context: BillContext | undefined;
  today: string;
  /** Returns a message to show when the event could not be recorded. */
  onEvent: (event: BillEvent) => string | void | Promise<string | void>;
  onCancel?: () => void;
};

export default function EventForm({ form, context, today, onEvent, onCancel }: EventFormProps) {
  const spec = formSpec(form, context, today, useWords('forms', forms), useWords('findings', findings));
  return <FieldsForm key={spec.id} spec={spec} onValues={(values) => onEvent(spec.toEvent(values))} onCancel={onCancel} />;
}
