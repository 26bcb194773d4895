/*
 * The .ics export, parsed back with a second library (ical.js): every deadline
 * an all-day event on its date, with its words, a unique id and two reminders.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { BillEvent } from '../../src/domain/events';
import { deadlines } from '../../src/domain/deadlines';
import { deadlinesCalendar } from '../../src/domain/deadlines/calendar';
import { caseFileOf, insuredCase, TODAY } from '../fixtures/cases';

const at = TODAY;
const hospital = insuredCase({ title: 'ER visit; March, "night"', provider: { name: 'Riverside General', kind: 'hospital', nonprofit: true }, firstStatementDate: '2026-02-01' });
const events: BillEvent[] = [
  { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at },
  { type: 'CALL_LOGGED', with: 'Dana, billing', followUp: '2026-03-09', at },
  { type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-11-23', at },
];
const all = deadlines(caseFileOf(hospital, events), TODAY);
const stamp = new Date('2026-11-23T15:04:05Z');
const text = deadlinesCalendar(all.map((deadline) => ({ caseId: hospital.id, caseTitle: hospital.title, deadline })), stamp);

function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      reminders: component.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
    };
  });
}

describe('the calendar file', () => {
  const back = parsed(text);

  it('holds one all-day event per deadline, on its due date, with its title', () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(back.map((event) => [event.start, event.summary, event.allDay])).toEqual(all.map((deadline) => [deadline.due, deadline.title, true]));
  });

  it('says what to do, for which bill, under which rule; punctuation survives the trip', () => {
    const validation = back.find((event) => event.summary.includes('Acme Recovery'))!;
    expect(validation.start).toBe('2026-12-31');
    expect(validation.description).toContain('Send the debt validation letter');
    expect(validation.description).toContain('Bill: ER visit; March, "night"');
    expect(validation.description).toContain('Rule: FDCPA 15 U.S.C. 1692g');
    expect(back.find((event) => event.summary.includes('Dana, billing'))).toBeDefined();
  });

  it('gives every event a unique id and reminders at 9 am a week and a day before', () => {
    expect(new Set(back.map((event) => event.uid)).size).toBe(back.length);
    const nineAm = (daysBefore: number) => -(daysBefore * 24 - 9) * 60 * 60;
    for (const event of back) expect(event.reminders).toEqual([nineAm(7), nineAm(1)]);
  });

  it('is the same file for the same deadlines and stamp, and a valid empty calendar for none', () => {
    expect(deadlinesCalendar(all.map((deadline) => ({ caseId: hospital.id, caseTitle: hospital.title, deadline })), stamp)).toBe(text);
    expect(text).toContain('DTSTAMP:20261123T150405Z');
    expect(parsed(deadlinesCalendar([], stamp))).toEqual([]);
  });
});
