/*
 * A form, loaded when it is first opened. While it loads, "Opening the form…"
 * comes from its own small catalog file: this is part of the first screen,
 * which should not download every form's words (the Spanish come with the
 * Spanish catalog).
 */
import { lazy, Suspense } from 'react';
import { formOpening } from '../../i18n/en/formOpening';
import { useLanguage } from '../../i18n/language';
import type { EventFormProps } from './EventForm';

const EventForm = lazy(() => import('./EventForm'));

export function LazyEventForm(props: EventFormProps) {
  const opening = useLanguage((state) => state.translation?.forms.opening ?? formOpening);
  return (
    <Suspense fallback={<p role="status">{opening}</p>}>
      <EventForm {...props} />
    </Suspense>
  );
}
