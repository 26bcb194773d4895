/*
 * The case header says what is owed: the balance, then the agreement and what
 * is left of it; a closed case offers nothing more to record.
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sendEvent, startSampleCase } from '../../src/app/store';
import type { BillEvent } from '../../src/domain/events';
import { renderApp } from './helpers';

const at = '2026-03-02';
const send = (...events: BillEvent[]) => act(() => events.forEach((event) => sendEvent(event)));
const header = () => screen.getByRole('heading', { level: 1 }).nextElementSibling!.textContent;

describe('the case header', () => {
  it('follows the money from the balance to nothing left to pay', async () => {
    await renderApp();
    await act(() => startSampleCase());
    expect(header()).toContain('Balance now $1,184.00');
    send({ type: 'PROCEED_ANYWAY', at }, { type: 'REVIEW_COMPLETED', at }, { type: 'PROCEED', at }, { type: 'OFFER_ACCEPTED', amount: 50_000, at });
    expect(header()).toContain('Agreed $500.00 · left to pay $500.00');
    send({ type: 'AGREEMENT_RECEIVED_IN_WRITING', at }, { type: 'PAYMENT_MADE', amount: 20_000, at });
    expect(header()).toContain('left to pay $300.00');
    send({ type: 'PAYMENT_MADE', amount: 30_000, at }, { type: 'ZERO_BALANCE_CONFIRMED', at }, { type: 'CREDIT_REPORT_CHECKED', at });
    expect(await screen.findByRole('heading', { name: 'Record something that happened' })).toBeTruthy();
    send({ type: 'CASE_CLOSED', at });
    expect(header()).toContain('nothing left to pay');
    expect(screen.queryByRole('heading', { name: 'Record something that happened' })).toBeNull();
  });
});
