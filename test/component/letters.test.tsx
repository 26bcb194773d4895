/*
 * The letters: the one for the next step comes first, filled in from the case;
 * the person can edit it, and "Mark as sent" records how and when it went out.
 * Whatever was typed into the case stays text.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sendEvent, startNewCase, useAppStore } from '../../src/app/store';
import { insuredCase } from '../fixtures/cases';
import { openSample, openSnapshot, renderApp } from './helpers';

const lettersSection = async () => (await screen.findByRole('heading', { level: 2, name: 'Letters' })).closest('section')!;

describe('the letters', () => {
  it('offers the letter for the next step, filled in from the case', async () => {
    const { user } = await openSample();
    const letters = await lettersSection();
    const which = within(letters).getByLabelText('Which letter') as HTMLSelectElement;
    expect(which.value).toBe('itemized-bill-request');
    const text = within(letters).getByRole('textbox', { name: /Request for an itemized statement/ }) as HTMLTextAreaElement;
    expect(text.value).toContain('Riverside General Hospital');
    expect(text.value).toContain('Account RGH-20419-77');

    await user.selectOptions(which, 'hold-request');
    expect((within(letters).getByRole('textbox', { name: /Request to hold the account/ }) as HTMLTextAreaElement).value).toContain('$1,184.00');
  });

  it('moves on to the letter for the new step once a step is recorded', async () => {
    const { user } = await openSample();
    const letters = await lettersSection();
    const which = within(letters).getByLabelText('Which letter') as HTMLSelectElement;
    await user.selectOptions(which, 'billing-dispute');
    expect(which.value).toBe('billing-dispute');
    await user.click(screen.getByRole('button', { name: 'I already have it' }));
    await user.click(screen.getByRole('button', { name: 'I have the EOB' }));
    expect(which.value).toBe('hold-request');
    expect(within(which).getByRole('option', { name: 'Ask for a hold on the account (for your next step)' })).toBeTruthy();
  });

  it('keeps each letter’s edits while the person moves between letters', async () => {
    const { user } = await openSample();
    const letters = await lettersSection();
    const which = within(letters).getByLabelText('Which letter') as HTMLSelectElement;
    const text = () => within(letters).getByRole('textbox', { name: /Account RGH/ }) as HTMLTextAreaElement;
    await user.clear(text());
    await user.type(text(), 'First letter, my words');
    await user.selectOptions(which, 'hold-request');
    expect(text().value).toContain('Riverside General Hospital');
    await user.clear(text());
    await user.type(text(), 'Second letter, my words');
    await user.selectOptions(which, 'itemized-bill-request');
    expect(text().value).toBe('First letter, my words');
    await user.selectOptions(which, 'hold-request');
    expect(text().value).toBe('Second letter, my words');
    // The case changes under an edited letter: the person is told, and can start again from the new template.
    act(() => void sendEvent({ type: 'CASE_DETAILS_UPDATED', details: { accountNumber: 'RGH-NEW-1' }, at: '2026-03-02' }));
    expect(within(letters).getByText(/Your case has changed since you edited this letter/)).toBeTruthy();
    expect(text().value).toBe('Second letter, my words');
    await user.click(within(letters).getByRole('button', { name: 'Start again from the template' }));
    expect(text().value).toContain('Account RGH-NEW-1');
    expect(within(letters).queryByText(/Your case has changed/)).toBeNull();
  });

  it('after marking a letter sent, goes to the letter picker when the step brought another letter', async () => {
    const { user } = await openSample();
    const letters = await lettersSection();
    const which = within(letters).getByLabelText('Which letter') as HTMLSelectElement;
    act(() => void sendEvent({ type: 'PROCEED_ANYWAY', at: '2026-03-02' }));
    await user.click(screen.getByRole('button', { name: /^Dispute all \d+$/ }));
    expect(which.value).toBe('billing-dispute');
    await user.click(within(letters).getByRole('button', { name: 'Mark as sent' }));
    await user.click(within(letters).getByRole('button', { name: 'Save' }));
    expect(openSnapshot().context.lastContact).toMatchObject({ kind: 'letter', what: 'billing-dispute' });
    expect(which.value).toBe('call-summary'); // waiting for their answer: the letter for that step
    await waitFor(() => expect(document.activeElement).toBe(which));
  });

  it('keeps the person’s edits and records the letter as sent, with how and a follow-up date', async () => {
    const { user } = await openSample();
    const letters = await lettersSection();
    const text = within(letters).getByRole('textbox', { name: /itemized statement/ }) as HTMLTextAreaElement;
    await user.clear(text);
    await user.type(text, 'My own words');
    expect(text.value).toBe('My own words');
    await user.click(within(letters).getByRole('button', { name: 'Mark as sent' }));
    await user.selectOptions(within(letters).getByLabelText('How you sent it'), 'portal');
    await user.click(within(letters).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(within(letters).getByRole('button', { name: 'Mark as sent' })));
    expect(useAppStore.getState().open!.journal.at(-1)?.event).toEqual({
      type: 'LETTER_SENT', letter: 'itemized-bill-request', method: 'portal', followUp: '2026-03-16', at: '2026-03-02',
    });
    expect(openSnapshot().context.lastContact).toMatchObject({ kind: 'letter', what: 'itemized-bill-request' });
  });

  it('prints the letter alone', async () => {
    const { user } = await openSample();
    const letters = await lettersSection();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.body.classList.contains('printing-letter')).toBe(true);
    });
    await user.click(within(letters).getByRole('button', { name: 'Print it' }));
    expect(print).toHaveBeenCalledOnce();
    const copy = document.querySelector('body > .letter-print');
    expect(copy?.textContent).toContain('Riverside General Hospital');
    expect(letters.contains(copy)).toBe(false); // straight under <body>, so printing can leave everything else out
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains('printing-letter')).toBe(false);
    print.mockRestore();
  });

  it('shows a hostile provider name as text, never as markup', async () => {
    await renderApp();
    const name = '<img src=x onerror="window.pwned=1"> & "Sons"';
    await act(() => startNewCase(insuredCase({ title: 'Test', provider: { name, kind: 'physician' } })));
    const letters = await lettersSection();
    expect((within(letters).getByRole('textbox', { name: /itemized statement/ }) as HTMLTextAreaElement).value).toContain(name);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});
