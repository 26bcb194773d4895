/*
 * A save that fails is never silent: the device out of space says so, offers a
 * backup holding every step on screen (saved or not), and clears once a save
 * lands again.
 */
import { screen, within } from '@testing-library/react';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackupText } from '../../src/domain/backup';
import { loadAllCases } from '../../src/storage/caseStore';
import { nextStepCard, openSample } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('a save that fails', () => {
  it('says the device is full, offers a backup with the unsaved step, and stores it when tried again', async () => {
    const { user } = await openSample();
    const saved: Promise<string>[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => { saved.push(blob.text()); return 'blob:billpath'; }, revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const put = IDBObjectStore.prototype.put;
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await user.click(within(nextStepCard()).getByRole('button', { name: 'I asked for it' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This device is out of space, so Billpath could not save your last change.');
    expect(alert.textContent).toContain('Don’t close or reload the page until it is saved.');
    await user.click(within(alert).getByRole('button', { name: 'Save a backup now' }));
    const backup = readBackupText(await saved[0]!);
    expect(backup.ok && backup.value[0]!.journal.map((entry) => entry.event.type)).toContain('ITEMIZED_BILL_REQUESTED');

    // Space freed: "Try again" stores the step that failed.
    full.mockImplementation(put);
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const stored = (await loadAllCases()).cases[0]!.record.journal.map((entry) => entry.event.type);
    expect(stored).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);
  });
});
