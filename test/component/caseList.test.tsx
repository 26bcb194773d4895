/*
 * The home screen: the sample at once, a new case from the form, and a damaged
 * record shown with its reason instead of blanking the app.
 */
import { screen } from '@testing-library/react';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/app/store';
import { STORAGE_NAMES } from '../../src/storage/caseStore';
import { freshDevice } from '../fixtures/storage';
import { openSnapshot, renderApp } from './helpers';

describe('the case list', () => {
  it('shows a damaged record with its reason and keeps the app usable', async () => {
    freshDevice();
    await set('old-case', { schema: 1, id: 'old-case', title: 'Broken', revision: 'x' }, createStore(STORAGE_NAMES.casesDatabase, STORAGE_NAMES.casesStore));
    const { user } = await renderApp({ keepDevice: true });
    expect(await screen.findByRole('heading', { name: 'Cases that could not be opened' })).toBeTruthy();
    expect(screen.getByText('Saved case old-case')).toBeTruthy();
    expect(screen.getByText(/revision/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save a copy as a file' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try the sample bill' }));
    expect(await screen.findByRole('heading', { name: 'Ask for the itemized bill' })).toBeTruthy();
  });

  it('starts a new case from the form, after pointing out what to fix', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Start a new case' }));
    await user.type(await screen.findByLabelText('A name for this bill'), 'Urgent care in May');
    await user.type(screen.getByLabelText('Who sent the bill'), 'North Urgent Care');
    await user.type(screen.getByLabelText('Amount the bill asks for'), '12.345');
    await user.click(screen.getByRole('button', { name: 'Start this case' }));
    expect(await screen.findByText('Use at most two digits after the decimal point.')).toBeTruthy();
    expect(useAppStore.getState().open).toBeUndefined();

    await user.clear(screen.getByLabelText('Amount the bill asks for'));
    await user.type(screen.getByLabelText('Amount the bill asks for'), '$1,250.00');
    await user.click(screen.getByRole('button', { name: 'Start this case' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Urgent care in May' })).toBeTruthy();
    expect(openSnapshot().context.case).toMatchObject({ statementBalance: 125_000, provider: { name: 'North Urgent Care', kind: 'hospital' } });
  });

  it('lists cases with their phase and next step', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Try the sample bill' }));
    await user.click(await screen.findByRole('button', { name: '← All my bills' }));
    const entry = screen.getByRole('button', { name: /Sample: ER visit at Riverside General/ });
    expect(entry.textContent).toContain('Get the papers · Next: Ask for the itemized bill');
  });
});
