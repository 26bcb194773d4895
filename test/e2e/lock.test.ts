/*
 * The optional lock in real Chromium: turned on, the stored records hold no
 * readable word of the bill; after a reload Billpath asks for the passphrase,
 * a wrong one changes nothing, the right one opens the same step. A second tab
 * follows when the passphrase changes in the first, and taking the lock off
 * stores the case plain again.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cardButton, newProfileDir, nextStep, recordStep, storedEvents, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

const PASSPHRASE = 'kettle river blue lamp';
const NEW_PASSPHRASE = 'a brand new river song';

/** Every stored key and value as text, typed arrays as their bytes: what someone copying the profile would see. */
const storedText = (page: Page): Promise<string> =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('billpath');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('cases').objectStore('cases');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const text = (value: unknown) => JSON.stringify(value, (_key, part: unknown) => (ArrayBuffer.isView(part) ? Array.from(part as Uint8Array) : part instanceof ArrayBuffer ? Array.from(new Uint8Array(part)) : part));
            resolve(JSON.stringify(keys.result) + values.result.map(text).join('\n'));
          };
          values.onerror = () => reject(values.error);
        };
      }),
  );

const lockCard = (page: Page) => page.locator('section.lock-settings');

async function unlockWith(page: Page, passphrase: string) {
  await page.getByRole('heading', { name: 'Billpath is locked' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

describe('the passphrase lock', () => {
  it('seals the stored case, asks after a reload, and opens the same step only with the passphrase', () =>
    withProfile(profile.dir, async (page) => {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Try the sample bill' }).click();
      await recordStep(page, 'I asked for it', 'Check the claim with your insurer');
      const title = (await page.locator('.case-header h1').textContent())!;
      await expect.poll(() => storedEvents(page)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED']);

      await page.getByRole('button', { name: '← All my bills' }).click();
      await lockCard(page).getByRole('button', { name: 'Lock with a passphrase' }).click();
      await lockCard(page).getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
      await lockCard(page).getByLabel('The new passphrase again').fill(PASSPHRASE);
      await lockCard(page).getByRole('button', { name: 'Lock with this passphrase' }).click();
      await lockCard(page).getByText('Billpath is locked with your passphrase.').waitFor();

      const sealed = await storedText(page);
      for (const words of [title, 'ITEMIZED_BILL_REQUESTED', 'Riverside General', PASSPHRASE]) expect(sealed).not.toContain(words);
      expect(sealed).toContain('"iterations":600000');

      await page.locator('button.case-link').first().click();
      await nextStep(page, 'Check the claim with your insurer');
      await page.reload();
      await page.getByRole('heading', { name: 'Billpath is locked' }).waitFor();
      expect(await page.getByText(title).count()).toBe(0);
      const before = await storedText(page);
      await unlockWith(page, 'kettle river blue lamps');
      await page.locator('.field-error', { hasText: 'That passphrase does not open Billpath' }).waitFor();
      expect(await storedText(page)).toBe(before); // a wrong passphrase changes nothing
      await unlockWith(page, PASSPHRASE);
      await nextStep(page, 'Check the claim with your insurer');
    }));

  it('follows a passphrase changed in another tab, and stores the case plain once the lock is off', () =>
    withProfile(profile.dir, async (first) => {
      await first.goto(baseURL);
      await unlockWith(first, PASSPHRASE);
      await nextStep(first, 'Check the claim with your insurer');
      const second = await first.context().newPage();
      await second.goto(baseURL);
      await unlockWith(second, PASSPHRASE);
      await nextStep(second, 'Check the claim with your insurer');

      await first.getByRole('button', { name: '← All my bills' }).click();
      await lockCard(first).getByRole('button', { name: 'Change the passphrase' }).click();
      await lockCard(first).getByLabel('Current passphrase').fill(PASSPHRASE);
      await lockCard(first).getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
      await lockCard(first).getByLabel('The new passphrase again').fill(NEW_PASSPHRASE);
      await lockCard(first).getByRole('button', { name: 'Change the passphrase' }).click();
      await lockCard(first).getByText('The passphrase is changed.').waitFor();

      // The other tab held the old key: it closes, and opens again with the new passphrase at the same step.
      await unlockWith(second, PASSPHRASE);
      await second.locator('.field-error', { hasText: 'That passphrase does not open Billpath' }).waitFor();
      await unlockWith(second, NEW_PASSPHRASE);
      await nextStep(second, 'Check the claim with your insurer');
      await cardButton(second, 'I have the EOB').click();

      await lockCard(first).getByRole('button', { name: 'Take the lock off' }).click();
      await lockCard(first).getByLabel('Current passphrase').fill(NEW_PASSPHRASE);
      await lockCard(first).getByRole('button', { name: 'Take the lock off' }).click();
      await lockCard(first).getByText('The lock is off.').waitFor();
      await expect.poll(() => storedEvents(first)).toEqual(['CASE_OPENED', 'ITEMIZED_BILL_REQUESTED', 'EOB_RECEIVED']);

      await second.reload();
      await second.locator('section.next-step').waitFor();
      expect(await second.getByRole('heading', { name: 'Billpath is locked' }).count()).toBe(0);
      await second.locator('.history li').nth(2).waitFor();
      expect(await second.locator('.history li').count()).toBe(3);
    }));
});
