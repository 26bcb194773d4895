/*
 * Calls: the phone script under the next step (say, ask, never say), the call
 * log with its date and time, and the written summary one click away.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sendEvent, useAppStore } from '../../src/app/store';
import { nextStepCard, openSample } from './helpers';

describe('the phone script', () => {
  it('says what to say, what to ask and what never to say for the step', async () => {
    const { user } = await openSample();
    const script = (await within(nextStepCard()).findAllByText('What to say on the phone'))[0]!.closest('details')!;
    await user.click(within(script).getByText('What to say on the phone'));
    expect(script.open).toBe(true);
    expect(within(script).getByText(/I'm requesting an itemized statement with CPT and HCPCS codes.*account RGH-20419-77/)).toBeTruthy();
    expect(within(script).getByText('Will you send it by mail or through the portal, and by what date?')).toBeTruthy();
    const never = within(script).getByRole('heading', { name: 'Never say' }).nextElementSibling as HTMLElement;
    expect(within(never).getByText("“I'll just pay it to get it over with.”")).toBeTruthy();
    expect(never.textContent).toContain('accepts every error on it');
  });
});

describe('the call log', () => {
  it('records date, time, who and promises, and writes the summary letter in one click', async () => {
    const { user } = await openSample();
    const facts = (await screen.findByRole('heading', { name: 'Record something that happened' })).closest('section')!;
    await user.click(within(facts).getByRole('button', { name: 'Log a call' }));
    const date = await within(facts).findByLabelText('Date of the call');
    expect((date as HTMLInputElement).value).toBe('2026-03-02');
    await user.clear(date);
    await user.type(date, '2026-03-01');
    await user.type(within(facts).getByLabelText('Who you spoke to'), 'Dana <b>"Lee"</b> & co');
    await user.type(within(facts).getByLabelText(/Reference number/), 'REF-881');
    await user.type(within(facts).getByLabelText(/What they promised/), 'A hold until <script>alert(1)</script>');
    // The browser's time field gives 24-hour "HH:MM"; what people type by hand is checked in clockTime's tests.
    await user.type(within(facts).getByLabelText(/Time of the call/), '14:30');
    await user.click(within(facts).getByRole('button', { name: 'Save the call' }));
    expect(useAppStore.getState().open!.journal.at(-1)?.event).toEqual({
      type: 'CALL_LOGGED', with: 'Dana <b>"Lee"</b> & co', reference: 'REF-881', promised: 'A hold until <script>alert(1)</script>',
      time: '14:30', at: '2026-03-01', department: undefined, followUp: undefined,
    });

    const summary = within(facts).getByRole('button', { name: 'Write the summary letter' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    // Working elsewhere (typing a letter) keeps focus there: the button took focus once, not on every render.
    const letterText = within(screen.getByRole('heading', { level: 2, name: 'Letters' }).closest('section')!).getByRole('textbox');
    await user.click(letterText);
    await user.type(letterText, ' and more');
    act(() => void sendEvent({ type: 'CASE_DETAILS_UPDATED', details: { title: 'ER visit, March' }, at: '2026-03-02' }));
    expect(document.activeElement).toBe(letterText);
    await user.click(summary);
    const letters = screen.getByRole('heading', { level: 2, name: 'Letters' }).closest('section')!;
    expect((within(letters).getByLabelText('Which letter') as HTMLSelectElement).value).toBe('call-summary');
    const text = within(letters).getByRole('textbox', { name: /^Summary of our phone call/ }) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect(text.value).toContain('on March 1, 2026 at 2:30 PM with Dana <b>"Lee"</b> & co, reference number REF-881.');
    expect(text.value).toContain('What you told me: A hold until <script>alert(1)</script>');
    expect(document.querySelector('script')).toBeNull();
  });

  it('refuses a call dated in the future', async () => {
    const { user } = await openSample();
    const facts = (await screen.findByRole('heading', { name: 'Record something that happened' })).closest('section')!;
    await user.click(within(facts).getByRole('button', { name: 'Log a call' }));
    const date = await within(facts).findByLabelText('Date of the call');
    await user.clear(date);
    await user.type(date, '2026-03-09');
    await user.type(within(facts).getByLabelText('Who you spoke to'), 'Sam');
    await user.click(within(facts).getByRole('button', { name: 'Save the call' }));
    expect(within(facts).getByText('A call can’t be in the future: check the date.')).toBeTruthy();
    expect(useAppStore.getState().open!.journal.at(-1)?.event.type).toBe('CASE_OPENED');
  });
});
