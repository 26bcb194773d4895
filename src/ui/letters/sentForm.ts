/*
 * "Mark as sent": when and how the letter went out, and when to follow up if
 * no answer comes (FOLLOW_UP_AFTER_OFFER days by default).
 */
import { addCalendarDays } from '../../domain/dates';
import { letterMethods } from '../../domain/events';
import { FOLLOW_UP_AFTER_OFFER } from '../../domain/rules';
import type { FormSpec } from '../forms/readForm';
import { choices, str } from '../forms/values';

const methodLabels: Record<(typeof letterMethods)[number], string> = {
  mail: 'Mail', fax: 'Fax', portal: 'Billing portal', email: 'Email', 'in-person': 'In person',
};

export function sentSpec(kind: string, label: string, today: string): FormSpec {
  return {
    id: 'letter-sent',
    title: `Sent: ${label.toLowerCase()}`,
    submitLabel: 'Save',
    fields: [
      { name: 'at', label: 'Date sent', kind: 'date' },
      { name: 'method', label: 'How you sent it', kind: 'choice', options: choices(methodLabels) },
      { name: 'followUp', label: 'Follow up if no answer by', hint: 'Call or write again on this date.', kind: 'date' },
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
