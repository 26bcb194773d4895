/*
 * Visits with several bills on screen: grouping bills from the home screen
 * (after pointing out what to fix), the visit's bills, totals and what the
 * bills show together, answering a finding and taking the answer back, a
 * letter for the whole visit, taking a bill out, ungrouping, and the visit in Spanish.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { useAnnouncement } from '../../src/ui/announcer';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreCases } from '../../src/app/restore';
import { useAppStore } from '../../src/app/store';
import type { Case } from '../../src/domain/case';
import type { CaseFile } from '../../src/domain/caseFile';
import { loadLanguage } from '../../src/i18n/language';
import { caseFileOf, insuredCase } from '../fixtures/cases';
import { freshDevice } from '../fixtures/storage';
import { renderApp } from './helpers';

const lab = (id: string, name: string, kind: Case['provider']['kind'], charge: number): CaseFile => {
  const billCase = insuredCase({ id, title: `${name} bill`, provider: { name, kind }, statementBalance: charge, lines: [{ id: `${id}-1`, date: '2026-02-10', code: '85025', units: 1, charge }] });
  return { ...caseFileOf(billCase, []), journal: [{ at: '2026-03-02', event: { type: 'CASE_OPENED', case: billCase } }] };
};

async function appWithTwoBills() {
  freshDevice();
  const rendered = await renderApp({ keepDevice: true });
  await act(() => restoreCases([lab('hospital', 'Riverside General', 'hospital', 18_700), lab('lab', 'City Lab', 'lab', 6_000)]));
  return rendered;
}

async function groupVisit(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Group bills from one visit' }));
  await user.click(screen.getByRole('button', { name: 'Group them' }));
  expect(await screen.findByText('Enter what happened.')).toBeTruthy(); // said, and nothing made
  expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'What happened' }));
  expect(useAppStore.getState().episodes).toEqual({});
  await user.type(screen.getByRole('textbox', { name: 'What happened' }), 'Blood tests after a fall');
  await user.click(screen.getByRole('button', { name: 'Group them' }));
  const heading = await screen.findByRole('heading', { level: 1, name: 'Visit: Blood tests after a fall' });
  expect(document.activeElement).toBe(heading);
  for (const name of ['Riverside General · Riverside General bill', 'City Lab · City Lab bill']) {
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a bill to this visit' }), name);
    await user.click(screen.getByRole('button', { name: 'Add it' }));
    await screen.findByRole('button', { name: `Take “${name.split(' · ')[0]}” out of this visit` });
  }
}

afterEach(async () => {
  await loadLanguage('en');
});

describe('a visit with several bills', () => {
  it('groups bills, shows them with the totals, and finds a test billed by both', async () => {
    const { user } = await appWithTwoBills();
    await groupVisit(user);
    const bills = screen.getByRole('heading', { level: 2, name: 'The bills from this visit' }).closest('section')!;
    expect(within(bills).getAllByRole('heading', { level: 3 }).map((each) => each.textContent).sort()).toEqual(['City Lab', 'Riverside General']);
    const totals = screen.getByRole('heading', { level: 2, name: 'The visit in numbers' }).closest('section')!;
    expect(within(totals).getByText('Billed').nextElementSibling!.textContent).toBe('$247.00');
    const together = screen.getByRole('heading', { level: 2, name: 'What the bills show together' }).closest('section')!;
    const title = /^The same test \(code 85025 on February 10, 2026\) is billed by both (Riverside General and City Lab|City Lab and Riverside General)$/;
    expect(within(together).getByRole('heading', { level: 3, name: title })).toBeTruthy();
    expect(within(together).getByText('Up to $60.00 at stake')).toBeTruthy();
    // It is what to do first, before either bill's own step.
    const first = screen.getByRole('heading', { level: 2, name: 'What to do first for this visit' }).closest('section')!;
    expect(within(first).getByText(title)).toBeTruthy();

    await user.click(within(together).getByRole('button', { name: 'Nothing to fix' }));
    expect(await within(together).findByText('You found nothing to fix here.')).toBeTruthy();
    // The buttons gave way to the answer: focus is on the finding, and the answer is said.
    await waitFor(() => expect(document.activeElement).toBe(within(together).getByRole('heading', { level: 3, name: title })));
    expect(useAnnouncement.getState().message).toBe('You found nothing to fix here.');
    expect(await within(first).findByText(/^From the bill:/)).toBeTruthy();
    await user.click(within(together).getByRole('button', { name: 'Undo' }));
    expect(await within(first).findByText(title)).toBeTruthy();
  });

  it('writes one letter for every bill still owing', async () => {
    const { user } = await appWithTwoBills();
    await groupVisit(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Which letter' }), 'Offer to settle every bill at once');
    const letter = screen.getByRole('textbox', { name: /Offer to settle the accounts from one visit/ }) as HTMLTextAreaElement;
    expect(letter.value).toContain('Riverside General, account A-100: $56.10 in full settlement');
    expect(letter.value).toContain('City Lab, account A-100: $18.00 in full settlement');
    expect(letter.closest('[lang]')?.getAttribute('lang')).toBe('en');
  });

  it('takes a bill out, then ungroups the visit and keeps every bill', async () => {
    const { user } = await appWithTwoBills();
    await groupVisit(user);
    // The home screen's list says which visit each bill is in.
    await user.click(screen.getByRole('button', { name: '← All my bills' }));
    const list = (await screen.findByRole('heading', { level: 2, name: 'Your cases' })).closest('section')!;
    expect(within(list).getAllByText('Part of the visit: Blood tests after a fall')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /Blood tests after a fall.*2 bills/ }));
    await user.click(await screen.findByRole('button', { name: 'Take “City Lab” out of this visit' }));
    await screen.findByText('Nothing found across the bills so far.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Change this visit' })));
    expect(useAnnouncement.getState().message).toBe('Took “City Lab” out of this visit.');
    await user.click(screen.getByRole('button', { name: 'Ungroup this visit' }));
    expect(screen.getByText('The bills stay just as they are. Only the grouping goes.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, ungroup it' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your medical bills' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('main'));
    expect(useAnnouncement.getState().message).toBe('Ungrouped “Blood tests after a fall”. Its bills are still here.');
    expect(useAppStore.getState().episodes).toEqual({});
    expect(Object.keys(useAppStore.getState().cases).sort()).toEqual(['hospital', 'lab']);
  });

  it('marks an out-of-network doctor’s bill as emergency care and opens it with its own check', async () => {
    freshDevice();
    const { user } = await renderApp({ keepDevice: true });
    const er = insuredCase({ id: 'er', title: 'ER visit', emergency: true, provider: { name: 'Riverside General', kind: 'hospital', inNetwork: true } });
    const doctor = insuredCase({ id: 'doctor', title: 'ER doctors', provider: { name: 'Valley ER Physicians', kind: 'physician', inNetwork: false }, statementBalance: 90_000 });
    await act(() => restoreCases([er, doctor].map((billCase) => ({ ...caseFileOf(billCase, []), journal: [{ at: '2026-03-02', event: { type: 'CASE_OPENED' as const, case: billCase } }] }))));
    await user.click(await screen.findByRole('button', { name: 'Group bills from one visit' }));
    await user.type(screen.getByRole('textbox', { name: 'What happened' }), 'ER visit');
    await user.click(screen.getByRole('button', { name: 'Group them' }));
    for (const name of ['Riverside General · ER visit', 'Valley ER Physicians · ER doctors']) {
      await user.selectOptions(await screen.findByRole('combobox', { name: 'Add a bill to this visit' }), name);
      await user.click(screen.getByRole('button', { name: 'Add it' }));
      await screen.findByRole('button', { name: `Take “${name.split(' · ')[0]}” out of this visit` });
    }
    expect(screen.getByRole('heading', { level: 3, name: 'Valley ER Physicians is out of network, but this was emergency care' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark the bill and open it' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ER doctors' })).toBeTruthy();
    expect(useAppStore.getState().open!.session.actor.getSnapshot().context.case.emergency).toBe(true);
    // Back at the visit, the doctor's own bill check covers it now: the visit no longer lists it.
    await user.click(screen.getByRole('button', { name: '← Back to the visit' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit: ER visit' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: /out of network/ })).toBeNull();
  });

  it('reads in Spanish', async () => {
    const { user } = await appWithTwoBills();
    await groupVisit(user);
    await act(() => loadLanguage('es'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Visita: Blood tests after a fall' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Qué hacer primero con esta visita' })).toBeTruthy();
    expect(screen.queryByText('What the bills show together')).toBeNull();
  });
});
