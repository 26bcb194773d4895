/*
 * Offline after the first visit: the service worker precaches the app, so with
 * the network gone a reload still opens the same case at the same step; the
 * app is installable (a manifest with icons, served from its own origin).
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newProfileDir, waitForRevision, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

describe('Billpath offline', () => {
  it('reloads with no network after the first visit and shows the same case and step', () =>
    withProfile(profile.dir, async (page) => {
      await page.goto(baseURL);
      // The first visit installs the worker, which takes control of the page at once.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
      expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([expect.stringMatching(/^workbox-precache/)]));

      await page.getByRole('button', { name: 'Try the sample bill' }).click();
      await page.getByRole('button', { name: 'I asked for it' }).click();
      await page.locator('#next-step-title', { hasText: 'Check the claim with your insurer' }).waitFor();
      await waitForRevision(page, 1);

      await page.context().setOffline(true);
      try {
        await page.reload();
        await page.locator('#next-step-title', { hasText: 'Check the claim with your insurer' }).waitFor();
        // The network really is gone: anything not in the cache fails.
        expect(await page.evaluate(() => fetch(`/not-cached-${Date.now()}`).then(() => 'reached', () => 'failed'))).toBe('failed');
        // Lazy parts load from the cache too: the history and the letters come up.
        await page.locator('.history li').first().waitFor();
        await page.getByRole('heading', { level: 2, name: 'Letters' }).waitFor();
      } finally {
        await page.context().setOffline(false);
      }
    }));

  it('is installable: a manifest with a name, a start page and 192 and 512 pixel icons, all on this origin', () =>
    withProfile(profile.dir, async (page) => {
      await page.goto(baseURL);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
      expect(manifest).toMatchObject({ short_name: 'Billpath', start_url: '/', display: 'standalone' });
      const sizes = (manifest.icons as { sizes: string; src: string }[]).map((icon) => icon.sizes);
      expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of manifest.icons as { src: string }[]) {
        const status = await page.evaluate(async (src) => (await fetch(src)).status, new URL(icon.src, new URL(href!, baseURL)).href);
        expect(status).toBe(200);
      }
    }));
});
