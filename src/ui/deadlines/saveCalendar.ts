/*
 * Saving deadlines as a calendar file, in the chosen language. The calendar
 * writer loads on the first click, not before.
 */
import { now } from '../../app/clock';
import type { CalendarEntry, CalendarWords } from '../../domain/deadlines/calendar';
import { downloadText } from '../download';

export async function saveCalendar(fileName: string, entries: CalendarEntry[], words: CalendarWords): Promise<void> {
  const { deadlinesCalendar } = await import('../../domain/deadlines/calendar');
  downloadText(fileName, deadlinesCalendar(entries, now(), words), 'text/calendar');
}
