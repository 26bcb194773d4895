/*
 * Rendering the whole app as main.tsx does (load first, then render), on a
 * fresh in-memory IndexedDB, with the clock set to a fixed day.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setClock } from '../../src/app/clock';
import { boot, useAppStore } from '../../src/app/store';
import { App } from '../../src/ui/App';
import { freshDevice } from '../fixtures/storage';

export async function renderApp(options: { keepDevice?: boolean } = {}) {
  if (!options.keepDevice) freshDevice();
  setClock(new Date(2026, 2, 2, 10, 0));
  await boot();
  const user = userEvent.setup();
  render(<App />);
  return { user };
}

/** The app with the sample bill open at its first step. */
export async function openSample() {
  const rendered = await renderApp();
  await rendered.user.click(screen.getByRole('button', { name: 'Try the sample bill' }));
  await screen.findByRole('heading', { name: 'Ask for the itemized bill' });
  return rendered;
}

export const openSnapshot = () => useAppStore.getState().open!.session.actor.getSnapshot();

export const nextStepHeading = () => screen.getByRole('heading', { level: 2, name: (_, el) => el.id === 'next-step-title' });

/** The next-step card itself (its buttons can also appear in the facts panel). */
export const nextStepCard = () => nextStepHeading().closest('section')!;
