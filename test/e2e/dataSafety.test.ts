/*
 * Data safety in real Chromium: two tabs on one case (a step recorded in one
 * shows up in the other; steps recorded in both at the same moment are all
 * kept), and one damaged record among good ones (listed with its reasons; the
 * good case still opens at its step), and a tab closed while it saves (it
 * reopens at the last good record).
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { newProfileDir, nextStep, storedCase, storedEvents, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());


describe('two tabs on one case', () => {
  it('shows a step recorded in the other tab, and keeps steps recorded in both at once', () =>
    withProfile(profile.dir, async (first) => {
      await first.goto(baseURL);
      await first.getByRole('button', { name: 'Try the sample bill' }).click();
      await nextStep(first, 'Ask for the itemized bill');
      const second = await first.context().newPage();
      await second.goto(baseURL);
      await nextStep(second, 'Ask for the itemized bill');

      await first.locator('section.next-step').getByRole('button', { name: 'I asked for it' }).click();
      await nextStep(second, 'Check the claim with your insurer');
      await second.getByText('This case was changed in another tab or window. Billpath now shows the latest.').waitFor();
      expect(await axeViolations(second), 'a case with the notice that another tab changed it').toEqual([]);

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

describe('one damaged record among good ones', () => {
  const damagedProfile = newProfileDir();
  afterAll(() => damagedProfile.remove());

  it('lists the damaged one with its reason and still opens the good case', () =>
    withProfile(damagedProfile.dir, async (page) => {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Try the sample bill' }).click();
      await page.locator('section.next-step').getByRole('button', { name: 'I asked for it' }).click();
      await nextStep(page, 'Check the claim with your insurer');
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('billpath');
            open.onsuccess = () => {
              const transaction = open.result.transaction('cases', 'readwrite');
              transaction.objectStore('cases').put({ schema: 1, id: 'broken', snapshot: 'nope' }, 'broken');
              transaction.oncomplete = () => resolve();
              transaction.onerror = () => reject(transaction.error);
            };
          }),
      );

      await page.reload();
      await nextStep(page, 'Check the claim with your insurer'); // the good case reopens at its step
      await page.getByRole('button', { name: '← All my bills' }).click();
      const damaged = page.locator('section.damaged');
      await damaged.getByRole('heading', { name: 'Cases that could not be opened' }).waitFor();
      expect(await damaged.locator(':scope > ul > li').count()).toBe(1);
      expect(await damaged.getByText('Saved case broken').count()).toBe(1);
      expect(await damaged.locator('ul.reasons li').count()).toBeGreaterThan(0); // with the reasons it can't be read
      expect(await axeViolations(page), 'the damaged record on the home screen').toEqual([]);
      // The good case is still listed and opens.
      await page.locator('button.case-link').first().click();
      await nextStep(page, 'Check the claim with your insurer');
    }));
});

describe('a tab closed while it saves', () => {
  const closing = newProfileDir();
  afterAll(() => closing.remove());

  it('reopens intact: the last good record, its snapshot and history agreeing, nothing damaged', async () => {
    let before = 0;
    await withProfile(closing.dir, async (page) => {
      await page.addInitScript(() => localStorage.setItem('billpath:debug', '1'));
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Try the sample bill' }).click();
      await nextStep(page, 'Ask for the itemized bill');
      before = (await storedEvents(page)).length;
      // Fifty steps recorded at once; the tab is closed while their saves are still going.
      await page.evaluate(() => {
        const { sendEvent } = (window as unknown as { billpathDebug: { sendEvent: (event: object) => boolean } }).billpathDebug;
        for (let i = 0; i < 50; i += 1) sendEvent({ type: 'CALL_LOGGED', with: `Rep ${i}`, at: '2026-03-02' });
      });
      await page.close({ runBeforeUnload: false });
    });

    await withProfile(closing.dir, async (page) => {
      await page.goto(baseURL);
      await nextStep(page, 'Ask for the itemized bill');
      expect(await page.getByText('rebuilt from its history').count()).toBe(0); // the snapshot fits: nothing to repair
      const stored = (await storedCase(page))!;
      expect(stored.journal.length).toBeGreaterThanOrEqual(before);
      expect(stored.journal.length).toBeLessThanOrEqual(before + 50);
      expect(stored.revision).toBe(stored.journal.length - 1);
      // Every call that was saved is there in order, with none missing in between.
      const calls = stored.journal.filter((entry) => entry.event.type === 'CALL_LOGGED').map((entry) => (entry.event as { with?: string }).with);
      expect(calls).toEqual(calls.map((_, index) => `Rep ${index}`));
      await page.getByRole('button', { name: '← All my bills' }).click();
      await page.getByRole('heading', { name: 'Your cases' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Cases that could not be opened' }).count()).toBe(0);
    });
  });
});
