/*
 * The time of day a call happened, as people type it ("2:30 pm", "14:30",
 * "9am") and as the browser's time field gives it ("14:30"). Stored as 24-hour
 * "HH:MM"; shown the US way ("2:30 PM"). What to fix is said in the words
 * given (English by default).
 */
import { forms } from '../i18n/en/forms';

export type ParsedTime = { ok: true; time: string } | { ok: false; error: string };
type TimeWords = typeof forms.time;

const pad = (value: number) => String(value).padStart(2, '0');

export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export function parseTypedTime(text: string, words: TimeWords = forms.time): ParsedTime {
  const problem = (what: string): ParsedTime => ({ ok: false, error: `${what} ${words.howToWrite}` });
  const typed = text.trim().toLowerCase().replace(/\./g, '');
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(typed);
  if (!match) return problem(words.notATime(text.trim().slice(0, 20)));
  const [, hourText, minuteText, half] = match;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (minute > 59) return problem(words.noMinute(minute));
  if (half) {
    if (hour < 1 || hour > 12) return problem(words.halfDayHour);
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (minuteText === undefined) {
    return problem(words.morningOrAfternoon(hourText!));
  } else if (hour > 23) {
    return problem(words.noHour(hour));
  }
  return { ok: true, time: `${pad(hour)}:${pad(minute)}` };
}

/** "14:30" → "2:30 PM". */
export function formatClockTime(time: string): string {
  if (!isClockTime(time)) return time;
  const hour = Number(time.slice(0, 2));
  return `${hour % 12 || 12}:${time.slice(3)} ${hour < 12 ? 'AM' : 'PM'}`;
}
