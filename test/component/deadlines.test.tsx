/*
 * Deadlines on screen: in the case, by urgency, with calendar files; on the
 * home screen across cases; and the outcome and printable case file at closure.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialTransition } from 'xstate';
import { billMachine, replay } from '../../machines';
import { sendEvent, showCaseList, useAppStore } from '../../src/app/store';
import type { JournalEntry } from '../../src/domain/caseFile';
import { sampleCase } from '../../src/domain/sampleBill';
import DeadlinesSection from '../../src/ui/deadlines/DeadlinesSection';
import { insuredCase, TODAY } from '../fixtures/cases';
import { openSample, openSnapshot } from './helpers';

/** Files the app saved, read back as text (URL.createObjectURL is where a download starts). */
let saved: { type: string; text: Promise<string> }[] = [];
beforeEach(() => {
  saved = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => { saved.push({ type: blob.type, text: blob.text() }); return 'blob:billpath'; },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
const group = (inside: HTMLElement, name: RegExp) => [...inside.querySelectorAll('h3')].find((h) => name.test(h.textContent ?? ''))?.parentElement;

describe('the case\'s deadlines', () => {
  const at = TODAY;
  const billCase = insuredCase({ provider: { name: 'Riverside General', kind: 'hospital', nonprofit: true }, firstStatementDate: '2025-09-01' });
  const journal: JournalEntry[] = [
    { at, event: { type: 'CASE_OPENED', case: billCase } },
    { at, event: { type: 'HOLD_CONFIRMED', until: '2026-03-06', at } },
    { at, event: { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at: '2026-02-01' } },
    { at, event: { type: 'CALL_LOGGED', with: 'Dana', followUp: '2026-02-20', at: '2026-02-10' } },
  ];
  const context = replay({ case: billCase, journal }).context;

  it('groups them as overdue, this week, later and passed, each with what to do and its rule', () => {
    render(<DeadlinesSection context={context} journal={journal} today={TODAY} />);
    const list = section('Your deadlines');
    const overdue = group(list, /^Overdue/)!;
    expect(within(overdue).getByText('Follow up on your call with Dana')).toBeTruthy();
    expect(within(overdue).getByText('(10 days ago)')).toBeTruthy();
    const week = group(list, /^This week/)!;
    expect(within(week).getByText('The hold on your bill at Riverside General ends')).toBeTruthy();
    expect(within(week).getByText(/ask for more time/)).toBeTruthy();
    const later = group(list, /^Later/)!;
    expect(within(later).getByText('Last day to appeal the denied claim')).toBeTruthy();
    expect(within(later).getByText(/45 CFR 147.136/)).toBeTruthy();
    // The 120-day protection ran out on 2025-12-30: passed, with nothing to add to a calendar.
    const passed = group(list, /^Done or passed/)!;
    expect(within(passed).getByText('Riverside General may not sell the debt, report it to credit bureaus or sue before this date')).toBeTruthy();
    expect(within(passed).queryByRole('button')).toBeNull();
  });

  it('saves one deadline, or all open ones, as a calendar file', async () => {
    const user = userEvent.setup();
    render(<DeadlinesSection context={context} journal={journal} today={TODAY} />);
    await user.click(screen.getByRole('button', { name: 'Add to my calendar: The hold on your bill at Riverside General ends' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.type).toBe('text/calendar');
    const one = await saved[0]!.text;
    expect(one).toContain('DTSTART;VALUE=DATE:20260306');
    expect(one.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Add all 4 open deadlines to my calendar' }));
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect((await saved[1]!.text).match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });

  it('says so when there is nothing to watch yet', () => {
    const fresh = initialTransition(billMachine, { case: insuredCase() })[0].context;
    render(<DeadlinesSection context={fresh} journal={[]} today={TODAY} />);
    expect(screen.getByText(/No dates to watch yet/)).toBeTruthy();
  });
});

describe('in the app', () => {
  it('shows the sample\'s deadlines in the case and, across cases, on the home screen', async () => {
    const { user } = await openSample();
    const list = await screen.findByRole('heading', { level: 2, name: 'Your deadlines' });
    expect(within(list.closest('section')!).getByText('Last day to apply for financial assistance at Riverside General Hospital')).toBeTruthy();
    sendEvent({ type: 'HOLD_CONFIRMED', until: '2026-03-04', at: TODAY });
    expect(await screen.findByRole('heading', { name: 'Ask for more time on the hold' })).toBeTruthy();
    showCaseList();
    const soon = (await screen.findByRole('heading', { level: 2, name: 'Due soonest' })).closest('section')!;
    const items = within(soon).getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/The hold on your bill at Riverside General Hospital ends: March 4, 2026 \(in 2 days\)/);
    await user.click(within(items[0]!).getByRole('button', { name: /Open .*Riverside/ }));
    expect(await screen.findByRole('heading', { name: 'Ask for more time on the hold' })).toBeTruthy();
  });

  it('shows the outcome at closure and prints the case file with every call and letter', async () => {
    const { user } = await openSample();
    const billCase = sampleCase('x', TODAY);
    for (const event of [
      { type: 'PROCEED_ANYWAY', at: TODAY },
      { type: 'CORRECTED_BILL_RECEIVED', balance: 100_000, at: TODAY },
      { type: 'PROCEED_ANYWAY', at: TODAY },
      { type: 'CALL_LOGGED', with: 'Dana in billing', reference: 'REF-778', promised: 'A letter by Friday.', at: TODAY },
      { type: 'OFFER_MADE', amount: 40_000, kind: 'lump-sum', at: TODAY },
      { type: 'LETTER_SENT', letter: 'settlement-offer', method: 'mail', at: TODAY },
      { type: 'OFFER_ACCEPTED', amount: 40_000, at: TODAY },
      { type: 'AGREEMENT_RECEIVED_IN_WRITING', at: TODAY },
      { type: 'PAYMENT_MADE', amount: 40_000, at: TODAY },
    ] as const) expect(sendEvent(event)).toBe(true);
    expect(openSnapshot().value).toEqual({ closure: 'confirmingZeroBalance' });

    const outcome = (await screen.findByRole('heading', { level: 2, name: 'The outcome' })).closest('section')!;
    const original = billCase.statementBalance;
    expect(within(outcome).getByText(/saved/).textContent).toContain(`$${((original - 40_000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} saved`);
    const row = (name: string) => within(outcome).getByRole('rowheader', { name }).closest('tr')!.textContent;
    expect(row('Taken off by corrections')).toContain(`$${((original - 100_000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
    expect(row('Taken off by the settlement')).toContain('$600.00');
    expect(row('Paid so far')).toContain('$400.00');

    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.body.classList.contains('printing-case-file')).toBe(true);
    });
    await user.click(await screen.findByRole('button', { name: 'Print the case file' })); // Keep a copy loads just after the first screen
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    const copy = document.querySelector('body > .case-file-print')!;
    expect(copy.textContent).toContain('Paper trail');
    expect(copy.textContent).toContain('REF-778');
    expect(copy.textContent).toContain('A letter by Friday.');
    expect(copy.querySelector('pre')?.textContent).toMatch(/\$400\.00/);
    expect(copy.querySelectorAll('li')).toHaveLength(useAppStore.getState().open!.journal.length);
    window.dispatchEvent(new Event('afterprint'));
    await vi.waitFor(() => expect(document.querySelector('body > .case-file-print')).toBeNull());
    expect(document.body.classList.contains('printing-case-file')).toBe(false);
  });
});
