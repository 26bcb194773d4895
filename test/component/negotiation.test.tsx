/*
 * The negotiating tools on the case screen: the settlement calculator (its
 * numbers, recording the opening offer, closed after a plan), the assistance
 * screener (percent of poverty, nonprofit rights, saving the household), the
 * offers chart and the escalation ladder.
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sendEvent, startSampleCase, useAppStore } from '../../src/app/store';
import { povertyGuideline } from '../../src/domain/poverty';
import type { BillEvent } from '../../src/domain/events';
import { formatCents } from '../../src/domain/money';
import { openSnapshot, renderApp } from './helpers';

const at = '2026-03-02';
const toNegotiation: BillEvent[] = [
  { type: 'PROCEED_ANYWAY', at },
  { type: 'REVIEW_COMPLETED', at },
  { type: 'PROCEED', at },
];

async function sampleInNegotiation() {
  const rendered = await renderApp();
  await act(() => startSampleCase());
  act(() => toNegotiation.forEach((event) => sendEvent(event)));
  const tools = (await screen.findByRole('heading', { level: 2, name: 'Tools for negotiating' })).closest('section')!;
  return { ...rendered, tools };
}

const section = (within_: HTMLElement, name: string) => within(within_).getByRole('heading', { level: 3, name }).closest('section')!;
const row = (table: HTMLElement, name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;

describe('the settlement calculator', () => {
  it('works out the opening offer, target and walk-away, sets a lump sum beside a 0 % plan, and records the offer', async () => {
    const { user, tools } = await sampleInNegotiation();
    const calculator = section(tools, 'Settlement calculator');
    const balance = openSnapshot().context.case.statementBalance;
    expect(within(calculator).getByText(formatCents(balance))).toBeTruthy();

    await user.click(within(calculator).getByRole('button', { name: 'Work it out' }));
    expect(within(calculator).getByText('Enter the most you could pay at once.')).toBeTruthy();

    await user.type(within(calculator).getByLabelText('The most you could pay at once'), '400');
    await user.type(within(calculator).getByLabelText('What you could pay each month'), '50');
    await user.click(within(calculator).getByRole('button', { name: 'Work it out' }));

    const numbers = within(calculator).getByRole('table', { name: 'Your numbers' });
    const opening = Math.min(Math.round(balance * 0.3), 30000); // 30 % of the balance, but below three quarters of the walk-away
    expect(row(numbers, 'Opening offer').textContent).toContain(formatCents(opening));
    expect(row(numbers, 'Target').textContent).toContain(formatCents(Math.min(Math.round(balance * 0.4), 40000)));
    expect(row(numbers, 'Walk-away (most you can pay)').textContent).toContain('$400.00');

    const sideBySide = within(calculator).getByRole('table', { name: 'Lump sum or payment plan' });
    const months = Math.ceil(balance / 5000);
    expect(row(sideBySide, 'Months').textContent).toBe(`Months1${months}`);
    expect(row(sideBySide, 'You pay in all').textContent).toContain(formatCents(balance));
    expect(row(sideBySide, 'Each month').textContent).toContain(formatCents(Math.ceil(balance / months)));

    await user.click(within(calculator).getByRole('button', { name: `I offered ${formatCents(opening)}` }));
    expect(useAppStore.getState().open!.journal.at(-1)?.event).toEqual({ type: 'OFFER_MADE', amount: opening, kind: 'lump-sum', at });
    expect(openSnapshot().value).toEqual({ negotiation: 'offerOut' });
    // Not twice: the button gives way to a note.
    expect(within(calculator).queryByRole('button', { name: /^I offered/ })).toBeNull();
    expect(within(calculator).getByText(`You offered ${formatCents(opening)}. Record their answer under your next step.`)).toBeTruthy();
  });

  it('follows the bill: a corrected balance changes the figures at once', async () => {
    const { user, tools } = await sampleInNegotiation();
    const calculator = section(tools, 'Settlement calculator');
    await user.type(within(calculator).getByLabelText('The most you could pay at once'), '400');
    await user.type(within(calculator).getByLabelText('What you could pay each month'), '50');
    await user.click(within(calculator).getByRole('button', { name: 'Work it out' }));
    act(() => void sendEvent({ type: 'CORRECTED_BILL_RECEIVED', balance: 20000, at }));
    expect(within(calculator).getByText('$200.00', { selector: 'strong' })).toBeTruthy();
    const numbers = within(calculator).getByRole('table', { name: 'Your numbers' });
    expect(row(numbers, 'Opening offer').textContent).toContain('$60.00');
    expect(row(numbers, 'Walk-away (most you can pay)').textContent).toContain('$200.00');
    expect(within(calculator).getByRole('button', { name: 'I offered $60.00' })).toBeTruthy();
  });

  it('says offers are closed once a payment plan was accepted, and offers none', async () => {
    const { user, tools } = await sampleInNegotiation();
    act(() => {
      sendEvent({ type: 'PAYMENT_PLAN_OFFERED', monthly: 10000, months: 12, at });
      sendEvent({ type: 'PAYMENT_PLAN_ACCEPTED', monthly: 10000, months: 12, at });
    });
    const calculator = section(tools, 'Settlement calculator');
    expect(within(calculator).getByText(/^Offers are closed: you accepted a payment plan/)).toBeTruthy();
    await user.type(within(calculator).getByLabelText('The most you could pay at once'), '400');
    await user.type(within(calculator).getByLabelText('What you could pay each month'), '50');
    await user.click(within(calculator).getByRole('button', { name: 'Work it out' }));
    expect(within(calculator).queryByRole('button', { name: /^I offered/ })).toBeNull();

    const letters = screen.getByRole('heading', { level: 2, name: 'Letters' }).closest('section')!;
    await user.selectOptions(within(letters).getByLabelText('Which letter'), 'settlement-offer');
    expect(within(letters).getByText(/You accepted a payment plan. A plan ends the talks/)).toBeTruthy();
  });
});

describe('the calculator in collections', () => {
  it('works from what the collector asks, with the collector’s range', async () => {
    const { user, tools } = await sampleInNegotiation();
    act(() => {
      sendEvent({ type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: at, amount: 50000, at });
      sendEvent({ type: 'DEBT_VALIDATED', at });
    });
    const calculator = section(tools, 'Settlement calculator');
    expect(calculator.textContent).toContain('What the collector asks now: $500.00');
    expect(calculator.textContent).toContain('Collectors often settle for 30 to 50 %');
    await user.type(within(calculator).getByLabelText('The most you could pay at once'), '400');
    await user.type(within(calculator).getByLabelText('What you could pay each month'), '50');
    await user.click(within(calculator).getByRole('button', { name: 'Work it out' }));
    const numbers = within(calculator).getByRole('table', { name: 'Your numbers' });
    expect(row(numbers, 'Opening offer').textContent).toContain('$200.00'); // 40 % of $500.00
    expect(row(numbers, 'Target').textContent).toContain('$250.00'); // 50 %
  });
});

describe('the assistance screener', () => {
  it('gives the percent of the poverty guideline, the nonprofit rights, and saves the household', async () => {
    const { user, tools } = await sampleInNegotiation();
    const screener = section(tools, 'Could financial assistance help?');
    await user.clear(within(screener).getByLabelText('People in your household'));
    await user.type(within(screener).getByLabelText('People in your household'), '3');
    await user.clear(within(screener).getByLabelText(/State/));
    await user.type(within(screener).getByLabelText(/State/), 'Ohio');
    await user.type(within(screener).getByLabelText('Adult 1: yearly income'), '30000');
    await user.type(within(screener).getByLabelText(/Adult 2: yearly income/), '10000');
    await user.click(within(screener).getByRole('button', { name: 'Check' }));
    expect(within(screener).getByText('Enter the state as two letters, like OH.')).toBeTruthy();

    await user.clear(within(screener).getByLabelText(/State/));
    await user.type(within(screener).getByLabelText(/State/), 'oh');
    await user.click(within(screener).getByRole('button', { name: 'Check' }));
    const percent = ((40000 / povertyGuideline(3, 'OH', 2026)) * 100).toFixed(1);
    expect(within(screener).getByText(`${percent} %`)).toBeTruthy();
    expect(within(screener).getByText(/of the 2026 federal poverty guideline/)).toBeTruthy();
    expect(within(screener).getByRole('heading', { name: 'Your rights at a nonprofit hospital' })).toBeTruthy();
    expect(within(screener).getByText(/No extraordinary collection actions .* for 120 days after the first statement/)).toBeTruthy();

    await user.click(within(screener).getByRole('button', { name: 'Save this household to the case' }));
    expect(within(screener).getByText('Saved to the case: the bill check uses it.')).toBeTruthy();
    expect(openSnapshot().context.case.household).toEqual({ size: 3, annualIncome: 4_000_000, state: 'OH' });
  });
});

describe('offers over time and the escalation ladder', () => {
  it('charts each offer and counteroffer, marks where the person is on the ladder, and records the next rung', async () => {
    const { user } = await sampleInNegotiation();
    act(() => {
      sendEvent({ type: 'OFFER_MADE', amount: 35500, kind: 'lump-sum', at });
      sendEvent({ type: 'COUNTEROFFER_RECEIVED', amount: 90000, at: '2026-03-05' });
      sendEvent({ type: 'OFFER_REJECTED', at: '2026-03-06' });
      sendEvent({ type: 'ESCALATED', level: 'supervisor', at: '2026-03-06' });
    });
    const offers = screen.getByRole('table', { name: 'Offers so far' });
    const rows = within(offers).getAllByRole('row').slice(1).map((each) => each.textContent);
    expect(rows).toEqual(['03/02/2026You$355.00', '03/05/2026Them$900.00']);
    expect(screen.getByRole('img', { name: /Offers over time/ }).querySelectorAll('circle')).toHaveLength(2);

    const ladder = screen.getByRole('heading', { level: 3, name: 'Who to ask for next' }).closest('section')!;
    const current = within(ladder).getAllByRole('listitem').find((item) => item.getAttribute('aria-current') === 'step');
    expect(current?.textContent).toBe('Supervisor (where you are now)');
    expect(within(ladder).getByText('Senior representative (done)')).toBeTruthy();

    await user.click(within(ladder).getByRole('button', { name: 'I reached the billing manager' }));
    expect(openSnapshot().context.escalationLevel).toBe(3);
    expect(within(ladder).getByText('Billing manager (where you are now)').getAttribute('aria-current')).toBe('step');
  });
});
