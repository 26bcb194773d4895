/*
 * Deadlines as an iCalendar (.ics) file (RFC 5545), written by ical-generator:
 * one all-day event per deadline, with reminders at 9 am a week and a day before, so a
 * phone's calendar warns the person even when Billpath is closed. Loaded only
 * when a calendar file is asked for. Its words follow the language given
 * (src/i18n/<language>/deadlines.ts), English by default.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { deadlines as english } from '../../i18n/en/deadlines';
import type { Deadline } from './words';

export type CalendarWords = Pick<typeof english, 'calendar' | 'untitled'>;

export type CalendarEntry = { caseId: string; caseTitle: string; deadline: Deadline };

/** Reminders before each deadline, in days, at 9 in the morning. */
export const REMINDER_DAYS = [7, 1] as const;

const DAY_SECONDS = 24 * 60 * 60;
/** Seconds before the all-day event's midnight start: 9:00 on the day of the reminder. */
export const reminderSeconds = (days: number) => days * DAY_SECONDS - 9 * 60 * 60;

/** The calendar file's text; `stamp` is when it was made (DTSTAMP), passed in so the output is reproducible. */
export function deadlinesCalendar(entries: readonly CalendarEntry[], stamp: Date, words: CalendarWords = english): string {
  const said = words.calendar;
  const calendar = ical({ name: said.name, prodId: { company: 'Billpath', product: said.name, language: said.language } });
  for (const { caseId, caseTitle, deadline } of entries) {
    const event = calendar.createEvent({
      id: `${caseId}.${deadline.id}@billpath`,
      // An all-day event on the due date: a calendar date, no time zone.
      start: new Date(`${deadline.due}T00:00:00Z`),
      allDay: true,
      stamp,
      summary: deadline.title,
      description: said.details(deadline.todo, caseTitle || words.untitled, deadline.source),
    });
    for (const days of REMINDER_DAYS) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: reminderSeconds(days), description: said.reminder(days, deadline.title) });
    }
  }
  return calendar.toString();
}
