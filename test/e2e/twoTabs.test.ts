/*
 * Two tabs on one case in real Chromium: a step recorded in one shows up in
 * the other, and steps recorded in both at the same moment are all kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newProfileDir, storedEvents, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

const title = (page: Page, text: string) => page.locator('#next-step-title', { hasText: text }).waitFor();

describe('two tabs on one case', () => {
  it('shows a step recorded in the other tab, and keeps steps recorded in both at once', () =>
    withProfile(profile.dir, async (first) => {
      await first.goto(baseURL);
      await first.getByRole('button', { name: 'Try the sample bill' }).click();
      await title(first, 'Ask for the itemized bill');
      const second = await first.context().newPage();
      await second.goto(baseURL);
      await title(second, 'Ask for the itemized bill');

      await first.locator('section.next-step').getByRole('button', { name: 'I asked for it' }).click();
      await title(second, 'Check the claim with your insurer');
      await second.getByText('This case was changed in another tab or window. Billpath now shows the latest.').waitFor();

      // Both at once: the EOB here, the hold there.
      await second.locator('details[data-step="request-hold"] > summary').click();
      await Promise.all([
        first.locator('section.next-step').getByRole('button', { name: 'I have the EOB' }).first().click(),
        second.locator('details[data-step="request-hold"]').getByRole('button', { name: 'I asked for a hold' }).click(),
      ]);
      await expect.poll(async () => (await storedEvents(first)).slice(2).sort(), { timeout: 10_000 }).toEqual(['EOB_RECEIVED', 'HOLD_REQUESTED']);
      expect(await storedEvents(first)).toHaveLength(4);

      for (const page of [first, second]) {
        await page.reload();
        await page.locator('section.next-step').waitFor();
        await page.locator('.history li').nth(3).waitFor();
        expect(await page.locator('.history li').count()).toBe(4);
      }
    }));
});
