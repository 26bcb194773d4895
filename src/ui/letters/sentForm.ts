/*
 * "Mark as sent": when and how the letter went out, and when to follow up if
 * no answer comes (FOLLOW_UP_AFTER_OFFER days by default).
 */
import { addCalendarDays } from '../../domain/dates';
import type { letterMethods } from '../../domain/events';
import { FOLLOW_UP_AFTER_OFFER } from '../../domain/rules';
import type { Words } from '../../i18n/words';
import type { FormSpec } from '../forms/readForm';
import { choices, str } from '../forms/values';

export function sentSpec(kind: string, label: string, today: string, { sent }: Words['letters']): FormSpec {
  return {
    id: 'letter-sent',
    title: sent.title(label),
    submitLabel: sent.submit,
    fields: [
      { name: 'at', ...sent.at, kind: 'date' },
      { name: 'method', ...sent.method, kind: 'choice', options: choices(sent.methods) },
      { name: 'followUp', ...sent.followUp, kind: 'date' },
    ],
    initial: { at: today, method: 'mail', followUp: addCalendarDays(today, FOLLOW_UP_AFTER_OFFER.days) },
    toEvent: (values) => ({
      type: 'LETTER_SENT',
      letter: kind,
      method: (str(values.method) ?? 'mail') as (typeof letterMethods)[number],
      followUp: str(values.followUp),
      at: str(values.at) ?? today,
    }),
  };
}
