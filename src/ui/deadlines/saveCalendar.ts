/*
 * Saving deadlines as a calendar file. The calendar writer loads on the first
 * click, not before.
 */
import { now } from '../../app/clock';
import type { CalendarEntry } from '../../domain/deadlines/calendar';
import { downloadText } from '../download';

export const CALENDAR_FAILED = 'The calendar file could not be made. Please try again.';

export async function saveCalendar(fileName: string, entries: CalendarEntry[]): Promise<void> {
  const { deadlinesCalendar } = await import('../../domain/deadlines/calendar');
  downloadText(fileName, deadlinesCalendar(entries, now()), 'text/calendar');
}
