/*
 * Backups on the home screen: all cases saved in one file; a bad file refused
 * with its reasons and nothing changed; a good one restored, asking keep both
 * or replace for a case that is here already.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showCaseList, useAppStore } from '../../src/app/store';
import { backupOf, readBackupText } from '../../src/domain/backup';
import { openSample } from './helpers';

let saved: Promise<string>[] = [];
beforeEach(() => {
  saved = [];
  Object.assign(URL, { createObjectURL: (blob: Blob) => { saved.push(blob.text()); return 'blob:billpath'; }, revokeObjectURL: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const backups = async () => (await screen.findByRole('heading', { level: 2, name: 'Backups' })).closest('section')!;
const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('backups on the home screen', () => {
  it('saves every case in one file that restores as it was', async () => {
    const { user } = await openSample();
    showCaseList();
    await user.click(within(await backups()).getByRole('button', { name: 'Save a backup of all one case' }));
    expect(saved).toHaveLength(1);
    const read = readBackupText(await saved[0]!);
    expect(read.ok && read.value.map((file) => file.case.title)).toEqual([Object.values(useAppStore.getState().cases)[0]!.record.title]);
  });

  it('refuses a bad file with its reasons, and changes nothing', async () => {
    const { user } = await openSample();
    await useAppStore.getState().open!.session.saved(); // the new case is stored
    showCaseList();
    const before = useAppStore.getState().cases;
    await user.upload(within(await backups()).getByLabelText('Restore cases from a backup file'), fileOf('notes.json', '{"format": "acme.export"}'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('notes.json can’t be restored. Nothing was changed.');
    expect(alert.textContent).toContain('format is "acme.export"');
    expect(useAppStore.getState().cases).toBe(before);
  });

  it('asks keep both or replace for a case that is here already, then restores', async () => {
    const { user } = await openSample();
    showCaseList();
    const [existing] = Object.values(useAppStore.getState().cases);
    const file = { format: 'billpath.case', version: 1, case: existing!.snapshot.context.case, journal: existing!.record.journal };
    const other = { ...file, case: { ...file.case, id: 'other', title: 'Lab bill' }, journal: [{ at: '2026-03-02', event: { type: 'CASE_OPENED', case: { ...file.case, id: 'other', title: 'Lab bill' } } }] };
    const section = await backups();
    await user.upload(within(section).getByLabelText('Restore cases from a backup file'), fileOf('all.json', JSON.stringify(backupOf([file, other] as never, '2026-03-02T10:00:00Z'))));
    const plan = await within(section).findByText('all.json holds 2 cases:');
    expect(plan).toBeTruthy();
    const question = within(section).getByRole('group', { name: `“${existing!.record.title}” is on this device already.` });
    expect(within(question).getByRole('radio', { name: /Keep both/ })).toHaveProperty('checked', true);
    await user.click(within(question).getByRole('radio', { name: /Replace the one on this device/ }));
    await user.click(within(section).getByRole('button', { name: 'Restore these 2 cases' }));
    expect(await within(section).findByText('Restored 2 cases from all.json.')).toBeTruthy();
    expect(Object.values(useAppStore.getState().cases).map((c) => c.record.title).sort()).toEqual([existing!.record.title, 'Lab bill'].sort());
    expect(screen.getByRole('button', { name: /^Lab bill/ })).toBeTruthy();
  });

  it('says a browser may clear saved data beside the backups, not at the top where it would push the page down', async () => {
    const { user } = await openSample();
    showCaseList();
    useAppStore.setState({ storageNotice: 'may-be-cleared' });
    const card = await backups();
    expect(card.textContent).toContain('This browser may clear saved data when space runs low. Save a backup from time to time.');
    expect(screen.getAllByText(/may clear saved data/)).toHaveLength(1);
    await user.click(within(card).getByRole('button', { name: 'Save a backup of all one case' }));
    expect(saved).toHaveLength(1);
    // In a case too, beside "Keep a copy" (someone who lives in one case never sees the home screen).
    await user.click(document.querySelector<HTMLButtonElement>('button.case-link')!);
    const keep = (await screen.findByRole('heading', { name: 'Keep a copy' })).closest('section')!;
    expect(keep.textContent).toContain('This browser may clear saved data when space runs low.');
  });

  it('warns at the top, as an alert, when the browser cannot save anything at all', async () => {
    await openSample();
    useAppStore.setState({ storageNotice: 'unavailable' });
    expect((await screen.findByRole('alert')).textContent).toContain('does not let Billpath save anything');
  });
});
