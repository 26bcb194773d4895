/*
 * Small helpers for reading checked form values and writing form defaults.
 */
import { parseTypedDate } from '../../domain/typedDates';
import type { Values } from './readForm';

/** Cents as the dollars a person would type: 123456 -> "1234.56". */
export const dollars = (cents: number) => (cents / 100).toFixed(2);
export const str = (value: Values[string]) => (typeof value === 'string' ? value : undefined);
export const num = (value: Values[string]) => (typeof value === 'number' ? value : 0);
export const choices = (options: Record<string, string>) => Object.entries(options).map(([value, label]) => ({ value, label }));

/** Whether a typed date (read as the form reads it) is after today; false when it isn't a date at all. */
export function isAfterToday(raw: string | boolean | undefined, today: string): boolean {
  const typed = typeof raw === 'string' ? parseTypedDate(raw) : undefined;
  return typed?.ok === true && typed.date > today;
}
