import { lazy, Suspense } from 'react';
import type { EventFormProps } from './EventForm';

const EventForm = lazy(() => import('./EventForm'));

export function LazyEventForm(props: EventFormProps) {
  return (
    <Suspense fallback={<p role="status">Opening the form…</p>}>
      <EventForm {...props} />
    </Suspense>
  );
}
