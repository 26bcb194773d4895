/*
 * The lock, as a person uses it: the card on the home screen (too short or
 * mismatched passphrases refused with the reason beside the box), "Lock now",
 * the unlock screen (a wrong passphrase said plainly, focus back in the box),
 * and the way out when the passphrase is forgotten.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { showCaseList, useAppStore } from '../../src/app/store';
import { useAnnouncement } from '../../src/ui/announcer';
import { openSample } from './helpers';

const PASSPHRASE = 'kettle river blue lamp';

/** What a screen reader reads after the box's name: the texts its aria-describedby points at. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');

const lockCard = async () => (await screen.findByRole('heading', { level: 2, name: 'Lock with a passphrase' })).closest('section')!;

async function turnOnFromHome() {
  const rendered = await openSample();
  await useAppStore.getState().open!.session.saved();
  showCaseList();
  const { user } = rendered;
  const card = await lockCard();
  await user.click(within(card).getByRole('button', { name: 'Lock with a passphrase' }));
  await expect.poll(() => document.activeElement).toBe(within(card).getByLabelText('New passphrase')); // the form's first box
  return { ...rendered, card };
}

describe('the lock card', () => {
  it('refuses a short passphrase and a mismatched one, each beside its box, then locks', async () => {
    const { user, card } = await turnOnFromHome();
    await user.type(within(card).getByLabelText('New passphrase'), 'short one');
    await user.type(within(card).getByLabelText('The new passphrase again'), 'short one');
    await user.click(within(card).getByRole('button', { name: 'Lock with this passphrase' }));
    const first = within(card).getByLabelText('New passphrase');
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(description(first)).toContain('Use at least 15 characters.');
    await expect.poll(() => document.activeElement).toBe(first);

    await user.clear(first);
    await user.type(first, PASSPHRASE);
    await user.click(within(card).getByRole('button', { name: 'Lock with this passphrase' }));
    expect(within(card).getByLabelText('The new passphrase again').getAttribute('aria-invalid')).toBe('true');
    expect(description(within(card).getByLabelText('The new passphrase again'))).toContain('The two passphrases are not the same.');
    expect(useAnnouncement.getState().message).toContain('The two passphrases are not the same.'); // said, though focus may already be there
    expect(useAppStore.getState().lock).toBeUndefined();

    const again = within(card).getByLabelText('The new passphrase again');
    await user.clear(again);
    await user.type(again, PASSPHRASE);
    await user.click(within(card).getByRole('button', { name: 'Lock with this passphrase' }));
    await within(card).findByText('Billpath is locked with your passphrase. It will ask for it each time it opens.', {}, { timeout: 10_000 });
    expect(useAppStore.getState().lock).toBe('open');
    expect(within(card).getByRole('button', { name: 'Lock now' })).toBeTruthy();
  });

  it('says plainly that a forgotten passphrase cannot be recovered, and lets the boxes show what is typed', async () => {
    const { user, card } = await turnOnFromHome();
    expect(card.textContent).toContain('If you forget the passphrase, nobody can get your cases back');
    const box = within(card).getByLabelText('New passphrase');
    expect(box.getAttribute('type')).toBe('password');
    expect(box.getAttribute('autocomplete')).toBe('new-password');
    await user.click(within(card).getByLabelText('Show what I type'));
    expect(box.getAttribute('type')).toBe('text');
  });
});

describe('locking and unlocking', () => {
  it('locks now, refuses a wrong passphrase with focus back in the box, and opens with the right one', async () => {
    const { user, card } = await turnOnFromHome();
    for (const label of ['New passphrase', 'The new passphrase again']) await user.type(within(card).getByLabelText(label), PASSPHRASE);
    await user.click(within(card).getByRole('button', { name: 'Lock with this passphrase' }));
    await user.click(await within(card).findByRole('button', { name: 'Lock now' }, { timeout: 10_000 }));

    await screen.findByRole('heading', { level: 1, name: 'Billpath is locked' });
    expect(screen.queryByRole('heading', { name: 'Your cases' })).toBeNull(); // nothing about the cases shows
    const box = screen.getByLabelText('Passphrase');
    await expect.poll(() => document.activeElement).toBe(box);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(description(box)).toContain('Enter your passphrase.');

    await user.type(box, 'kettle river blue lamps');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await expect.poll(() => description(box), { timeout: 10_000 }).toContain('That passphrase does not open Billpath.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => document.activeElement).toBe(box);

    await user.clear(box);
    await user.type(box, PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('heading', { name: 'Your cases' }, { timeout: 10_000 });
    expect(screen.getByText(/Next: Ask for the itemized bill/)).toBeTruthy();
  });

  it('erases the locked cases only after a clear question, and starts empty', async () => {
    const { user, card } = await turnOnFromHome();
    for (const label of ['New passphrase', 'The new passphrase again']) await user.type(within(card).getByLabelText(label), PASSPHRASE);
    await user.click(within(card).getByRole('button', { name: 'Lock with this passphrase' }));
    await user.click(await within(card).findByRole('button', { name: 'Lock now' }, { timeout: 10_000 }));

    await user.click(await screen.findByText('Forgot your passphrase?'));
    expect(screen.getByText(/Nobody can get it back/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Erase the locked cases…' }));
    expect(document.activeElement?.textContent).toContain('Erase every case on this device for good?'); // the question has focus
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(screen.getByRole('heading', { name: 'Billpath is locked' })).toBeTruthy();
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('button', { name: 'Erase the locked cases…' }));
    await user.click(screen.getByRole('button', { name: 'Erase the locked cases…' }));
    expect(screen.getByRole('group', { name: 'Erase every case?' }).textContent).toContain('This can’t be undone.');
    await user.click(screen.getByRole('button', { name: 'Erase everything' }));
    await screen.findByRole('heading', { name: 'Your medical bills' });
    expect(screen.queryByRole('heading', { name: 'Your cases' })).toBeNull();
    expect(useAppStore.getState().lock).toBeUndefined();
  });
});
