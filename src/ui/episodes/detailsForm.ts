/* The visit's details as a form (what happened, when, where): to group bills, and to change them later. */
import type { Episode } from '../../domain/episodes/episode';
import type { Words } from '../../i18n/words';
import type { FieldsSpec, Values } from '../forms/readForm';
import type { EpisodeDetails } from '../../app/episodes';

/** `suggested`: what the bill the visit starts from already says (its first date, the hospital). */
export function detailsSpec(w: Words['episodes']['form'], episode?: Episode, suggested: Partial<EpisodeDetails> = {}): FieldsSpec {
  return {
    id: episode ? 'episode-details' : 'new-episode',
    title: episode ? w.editTitle : w.title,
    submitLabel: episode ? w.saveDetails : w.save,
    fields: [
      { name: 'title', kind: 'text', label: w.what, hint: w.whatHint },
      { name: 'date', kind: 'date', label: w.date, optional: true },
      { name: 'place', kind: 'text', label: w.place, hint: w.placeHint, optional: true },
    ],
    initial: episode ? { title: episode.title, date: episode.date ?? '', place: episode.place ?? '' } : { date: suggested.date ?? '', place: suggested.place ?? '' },
  };
}

/** The checked values as the visit's details (a field left blank is left out). */
export function detailsOf(values: Values): EpisodeDetails {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const date = text(values.date);
  const place = text(values.place);
  return { title: text(values.title) ?? '', ...(date ? { date } : {}), ...(place ? { place } : {}) };
}
