/*
 * The next-step card records its event, moves focus to the new step, asks
 * before moving on without waiting, and opens a form when a step needs one.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sendEvent, startSampleCase, useAppStore } from '../../src/app/store';
import { nextStepCard, nextStepHeading, openSample, openSnapshot, renderApp } from './helpers';

describe('the next-step card', () => {
  it('shows why and how, and records the step with today’s date', async () => {
    const { user } = await openSample();
    expect(screen.getByText(/You can't check a bill you can't see/)).toBeTruthy();
    // The "how" paragraph (its billing words become buttons once the glossary loads, so read it whole).
    expect(nextStepCard().querySelector('p.script')!.textContent).toMatch(/I'm requesting an itemized statement with CPT and HCPCS codes/);

    await user.click(screen.getByRole('button', { name: 'I asked for it' }));

    const journal = useAppStore.getState().open!.journal;
    expect(journal.at(-1)?.event).toEqual({ type: 'ITEMIZED_BILL_REQUESTED', at: '2026-03-02' });
    expect(nextStepHeading().textContent).toBe('Check the claim with your insurer');
    await waitFor(() => expect(document.activeElement).toBe(nextStepHeading()));
    expect(await screen.findByText('You asked for the itemized bill.')).toBeTruthy();
  });

  it('warns in one sentence before moving on without waiting, and waits if asked', async () => {
    const { user } = await openSample();
    await user.click(screen.getByRole('button', { name: 'I asked for it' }));
    await user.click(screen.getByRole('button', { name: 'I have the EOB' }));
    await user.click(screen.getByRole('button', { name: 'I asked for a hold' }));
    expect(nextStepHeading().textContent).toBe('Wait for the itemized bill');

    await user.click(screen.getByRole('button', { name: 'Go on without it' }));
    expect(document.activeElement?.textContent).toMatch(/^Waiting is better. Without the itemized bill/);
    await user.click(screen.getByRole('button', { name: "I'll wait" }));
    expect(openSnapshot().matches('stabilization')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Go on without it' }));
    await user.click(screen.getByRole('button', { name: 'Go on anyway' }));
    expect(openSnapshot().matches('validation')).toBe(true);
    expect(nextStepHeading().textContent).toBe('Check the 8 findings on your bill');
  });

  it('opens the form a step needs and checks what is typed before recording it', async () => {
    const { user } = await openSample();
    await user.click(screen.getByRole('button', { name: 'I already have it' }));
    await user.click(screen.getByRole('button', { name: 'I have the EOB' }));
    await user.click(screen.getByRole('button', { name: 'They confirmed a hold' }));
    const until = await screen.findByLabelText('Hold lasts until');
    await waitFor(() => expect(document.activeElement).toBe(until));
    await user.click(screen.getByRole('button', { name: 'Save the hold' }));
    expect(await screen.findByText('Enter hold lasts until.')).toBeTruthy();
    expect(until.getAttribute('aria-invalid')).toBe('true');
    await user.type(until, '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Save the hold' }));
    expect(openSnapshot().context.hold).toMatchObject({ status: 'confirmed', until: '2026-04-01' });
    expect(nextStepHeading().textContent).toBe('Start checking the bill');
  });

  it('shows the due date a rule sets, with the days left', async () => {
    await renderApp();
    await act(() => startSampleCase());
    act(() => {
      sendEvent({ type: 'ITEMIZED_BILL_REQUESTED', at: '2026-03-02' });
      sendEvent({ type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at: '2026-03-02' });
      sendEvent({ type: 'HOLD_REQUESTED', at: '2026-03-02' });
    });
    const due = within(nextStepCard()).getByText(/Do this by/).closest('p')!;
    expect(due.textContent).toBe('Do this by: April 1, 2026 (in 30 days)');
    expect(due.querySelector('time')?.getAttribute('dateTime')).toBe('2026-04-01');
  });
});
