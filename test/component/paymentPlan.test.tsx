/*
 * The payment-plan guard, as the person sees it: a warning before accepting,
 * a box to tick that says what it means, and offers closed afterwards.
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sendEvent, startSampleCase } from '../../src/app/store';
import type { BillEvent } from '../../src/domain/events';
import { nextStepCard, nextStepHeading, openSnapshot, renderApp } from './helpers';

const at = '2026-03-02';
const toNegotiation: BillEvent[] = [
  { type: 'PROCEED_ANYWAY', at },
  { type: 'REVIEW_COMPLETED', at },
  { type: 'PROCEED', at },
];

describe('accepting a payment plan', () => {
  it('explains the trade-off, needs the box ticked, then closes offers', async () => {
    const { user } = await renderApp();
    await act(() => startSampleCase());
    act(() => toNegotiation.forEach((event) => sendEvent(event)));
    expect(nextStepHeading().textContent).toBe('Make a lump-sum offer');

    await user.click(within(nextStepCard()).getByRole('button', { name: 'They offered a payment plan' }));
    await user.type(await screen.findByLabelText('Monthly payment'), '100');
    await user.type(screen.getByLabelText('Number of months'), '12');
    await user.click(screen.getByRole('button', { name: 'Save the plan offer' }));
    expect(nextStepHeading().textContent).toBe('Think before you take the payment plan');
    expect(screen.getByText(/A payment plan freezes the balance and ends the talks/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'I accepted the plan' }));
    expect(await screen.findByText(/no lower offer can be made after you accept one/)).toBeTruthy();
    expect((screen.getByLabelText('Monthly payment') as HTMLInputElement).value).toBe('100.00');
    await user.click(screen.getByRole('button', { name: 'I accepted this plan' }));
    expect(await screen.findByText('Tick this box to go on.')).toBeTruthy();
    expect(openSnapshot().context.paymentPlan?.status).toBe('offered');

    await user.click(screen.getByLabelText('I understand that no lower offer can be made after this.'));
    await user.click(screen.getByRole('button', { name: 'I accepted this plan' }));
    expect(openSnapshot().value).toEqual({ negotiation: { paymentPlan: 'accepted' } });
    expect(nextStepHeading().textContent).toBe('Get the agreement in writing');
    const facts = (await screen.findByRole('heading', { name: 'Record something that happened' })).closest('section')!;
    expect(within(facts).getByText(/Offers are closed: you accepted a payment plan/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'I made an offer' })).toBeNull();
  });
});
