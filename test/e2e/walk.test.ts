/*
 * The whole app in real Chromium: start the sample bill, record two steps,
 * reload and find the same screen and next action; close the browser, open it
 * again with the same profile and find the same state; carry on from there.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { newProfileDir, waitForRevision, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

/** What the person sees of where they are: the next step and the journey map's description. */
async function whereAmI(page: Page) {
  const card = page.locator('section.next-step');
  await card.waitFor();
  await page.locator('.history li').first().waitFor(); // the history loads just after the first screen
  return {
    step: await card.getAttribute('data-step'),
    title: await page.locator('#next-step-title').textContent(),
    why: await card.locator('h3:text-is("Why") + p').textContent(),
    journey: await page.locator('#journey-desc').textContent(),
    history: await page.locator('.history li').count(),
  };
}

const withBrowser = (walk: (page: Page) => Promise<void>) => withProfile(profile.dir, walk);

describe('walking the sample bill in Chromium', () => {
  let saved: Awaited<ReturnType<typeof whereAmI>>;

  it('records two steps and finds the same step after a reload', () =>
    withBrowser(async (page) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(baseURL);

      await page.getByRole('button', { name: 'Try the sample bill' }).click();
      await page.getByRole('heading', { name: 'Ask for the itemized bill' }).waitFor();
      await page.getByRole('button', { name: 'I asked for it' }).click();
      await page.getByRole('heading', { name: 'Check the claim with your insurer' }).waitFor();
      await page.getByRole('button', { name: 'I have the EOB' }).click();
      await page.getByRole('heading', { name: 'Ask for a hold on the account' }).waitFor();
      await waitForRevision(page, 2);
      saved = await whereAmI(page);
      expect(saved.step).toBe('request-hold');
      expect(saved.journey).toContain('Insurance claim: processed');
      expect(saved.history).toBe(3);

      await page.reload();
      expect(await whereAmI(page)).toEqual(saved);
      expect(errors).toEqual([]);
    }));

  it('finds the same state after the browser is closed and opened again', () =>
    withBrowser(async (page) => {
      await page.goto(baseURL);
      expect(await whereAmI(page)).toEqual(saved);

      await page.getByRole('button', { name: 'I asked for a hold' }).click();
      await page.getByRole('heading', { name: 'Wait for the itemized bill' }).waitFor();
      await waitForRevision(page, 3);
      await page.reload();
      expect((await whereAmI(page)).step).toBe('wait-for-response');
      expect(await page.locator('#next-step-title').textContent()).toBe('Wait for the itemized bill');
    }));

  it('checks the bill: answers a finding, pastes lines, and finds both after a reload', () =>
    withBrowser(async (page) => {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Go on without it' }).click();
      await page.getByRole('button', { name: 'Go on anyway' }).click();
      await page.getByRole('heading', { name: 'Check the 8 findings on your bill' }).waitFor();

      const duplicate = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Charged twice: code 36415' }) });
      await duplicate.getByRole('button', { name: 'It’s right' }).click();
      await duplicate.getByText(/Marked as right/).waitFor();

      await page.getByRole('button', { name: 'Paste lines from a spreadsheet' }).click();
      await page.getByLabel(/Copy the rows with their header row/).fill('Date,Code,Charge\n03/01/2026,99291,"$2,400.00"');
      await page.getByRole('button', { name: 'Check the lines' }).click();
      await page.getByRole('button', { name: 'Add 1 line to the bill' }).waitFor();
      expect(await axeViolations(page), 'pasted lines checked, before they are added').toEqual([]);
      await page.getByRole('button', { name: 'Add 1 line to the bill' }).click();
      await page.getByRole('heading', { name: 'Critical care billed: code 99291' }).waitFor();
      await waitForRevision(page, 6);

      await page.reload();
      await page.getByRole('heading', { name: 'Check the 8 findings on your bill' }).waitFor();
      await duplicate.getByText(/Marked as right/).waitFor();
      expect(await page.getByRole('heading', { name: 'Critical care billed: code 99291' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: /^Itemized lines \(11,/ }).count()).toBe(1);
    }));
});
