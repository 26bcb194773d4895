/*
 * One polite live region for the whole app: after an action, what happened and
 * what comes next is read out, and focus moves to the next step's heading.
 */
import { create } from 'zustand';

export const useAnnouncement = create<{ message: string }>()(() => ({ message: '' }));

export function announce(message: string): void {
  // Clearing first makes a repeated message be read again.
  useAnnouncement.setState({ message: '' });
  queueMicrotask(() => useAnnouncement.setState({ message }));
}

/** A ref that focuses its element once, when it appears (a stable function, so re-renders don't steal focus back). */
export const focusWhenShown = (element: HTMLElement | null): void => element?.focus();

/** Moves focus to the element with this id once React has rendered it. */
export function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
