/*
 * The app's sense of time, read in one place. Domain code never reads the clock;
 * the shell passes `today()` in, so a test or a demo can set the date.
 */
import { isoDateOf } from '../domain/dates';

let fixedNow: Date | undefined;

/** For tests and demos: pretend it is this moment (undefined goes back to the real clock). */
export function setClock(now: Date | undefined): void {
  fixedNow = now;
}

export function now(): Date {
  return fixedNow ?? new Date();
}

export function today(): string {
  return isoDateOf(now());
}
