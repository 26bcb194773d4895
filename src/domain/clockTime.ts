/*
 * The time of day a call happened, as people type it ("2:30 pm", "14:30",
 * "9am") and as the browser's time field gives it ("14:30"). Stored as 24-hour
 * "HH:MM"; shown the US way ("2:30 PM").
 */
export type ParsedTime = { ok: true; time: string } | { ok: false; error: string };

const HOW_TO_WRITE = 'Write the time like 2:30 PM or 14:30.';
const pad = (value: number) => String(value).padStart(2, '0');

export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export function parseTypedTime(text: string): ParsedTime {
  const typed = text.trim().toLowerCase().replace(/\./g, '');
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(typed);
  if (!match) return { ok: false, error: `"${text.trim().slice(0, 20)}" is not a time. ${HOW_TO_WRITE}` };
  const [, hourText, minuteText, half] = match;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (minute > 59) return { ok: false, error: `An hour has no minute ${minute}. ${HOW_TO_WRITE}` };
  if (half) {
    if (hour < 1 || hour > 12) return { ok: false, error: `With AM or PM, the hour is 1 to 12. ${HOW_TO_WRITE}` };
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (minuteText === undefined) {
    return { ok: false, error: `Add the minutes or AM/PM: is "${hourText}" morning or afternoon? ${HOW_TO_WRITE}` };
  } else if (hour > 23) {
    return { ok: false, error: `A day has no hour ${hour}. ${HOW_TO_WRITE}` };
  }
  return { ok: true, time: `${pad(hour)}:${pad(minute)}` };
}

/** "14:30" → "2:30 PM". */
export function formatClockTime(time: string): string {
  if (!isClockTime(time)) return time;
  const hour = Number(time.slice(0, 2));
  return `${hour % 12 || 12}:${time.slice(3)} ${hour < 12 ? 'AM' : 'PM'}`;
}
