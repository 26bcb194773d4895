/*
 * Billpath in Spanish, in real Chromium: chosen from the header, the page's
 * language follows (so screen readers switch voice), the sample bill walked a
 * few steps in Spanish, every screen on the way passing axe, and the choice
 * remembered after a reload at the same step. Letters stay in English, marked
 * as such, with their Spanish explanation beside them. Choosing English again
 * is remembered too. The expected words come from the catalogs themselves.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { sampleCase } from '../../src/domain/sampleBill';
import { app as english } from '../../src/i18n/en/app';
import { spanish } from '../../src/i18n/es';
import { axeViolations } from './axe';
import { card, newProfileDir, recordStep, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

const TODAY = '2026-11-23';
const facts = { provider: sampleCase('sample', TODAY).provider.name, account: sampleCase('sample', TODAY).accountNumber ?? '', balance: 0, nonprofit: true };
const steps = spanish.steps;
const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
/** The words early-words.js asked the browser to download beside the app. */
const preloaded = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"][data-early-words]')].map((link) => link.href));

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await axeViolations(page), screen).toEqual([]);
}

describe('Billpath in Spanish', () => {
  it('is chosen from the header, walked, checked by axe, and remembered after a reload', () =>
    withProfile(profile.dir, async (page) => {
      await page.goto(`${baseURL}?today=${TODAY}`);
      const toSpanish = page.getByRole('button', { name: english.language.switchTo, exact: true });
      expect(await toSpanish.getAttribute('lang')).toBe('es');
      await toSpanish.click();
      await page.getByRole('heading', { level: 1, name: spanish.home.title }).waitFor();
      expect(await lang(page)).toBe('es');
      await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toBe(spanish.app.language.switched);
      expect(await page.title()).toBe(spanish.caseScreen.appTitle);
      await expectNoViolations(page, 'the home screen in Spanish');

      await page.getByRole('button', { name: spanish.home.sample.start }).click();
      await page.locator('#next-step-title', { hasText: steps.advice.requestItemizedBill(facts).title }).waitFor();
      await expect.poll(() => page.title()).toBe(spanish.caseScreen.pageTitle(spanish.home.sample.caseTitle));
      await expectNoViolations(page, 'the sample case in Spanish');

      await recordStep(page, steps.actions.alreadyHaveIt, steps.advice.confirmClaimStatus(facts).title);
      await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toContain(steps.nextStep(steps.advice.confirmClaimStatus(facts).title));
      await recordStep(page, steps.actions.haveEob, steps.advice.requestHold(facts).title);

      // A letter: its text in English (and marked so), its explanation and the reason in Spanish.
      const letters = page.locator('section.letters');
      await letters.scrollIntoViewIfNeeded();
      await letters.getByText(spanish.letters.inEnglish).waitFor();
      expect(await letters.locator('textarea.letter-text').evaluate((box) => box.closest('[lang]')?.getAttribute('lang'))).toBe('en');
      expect(await letters.locator('textarea.letter-text').inputValue()).toMatch(/\bI am\b|\bI'm\b|\bPlease\b/);
      await expectNoViolations(page, 'the case with its letters, in Spanish');

      // Closed and opened again: still Spanish, at the same step.
      await page.reload();
      await page.locator('#next-step-title', { hasText: steps.advice.requestHold(facts).title }).waitFor();
      expect(await lang(page)).toBe('es');
      // The Spanish catalog started downloading beside the app (early-words.js), not after it.
      expect(await preloaded(page)).toEqual([expect.stringMatching(/\/assets\/es-[^/]+\.js$/)]);
      expect(await card(page).getByRole('button', { name: steps.actions.askedForHold, exact: true }).count()).toBe(1);

      // Back to English: the same step in English, and that choice is remembered too.
      await page.getByRole('button', { name: spanish.app.language.switchTo, exact: true }).click();
      await page.locator('#next-step-title', { hasText: 'Ask for a hold on the account' }).waitFor();
      expect(await lang(page)).toBe('en');
      await page.reload();
      await page.locator('#next-step-title', { hasText: 'Ask for a hold on the account' }).waitFor();
      expect(await lang(page)).toBe('en');
      // With a case stored, its English step words are preloaded the same way.
      expect(await preloaded(page)).toEqual([expect.stringMatching(/\/assets\/steps-[^/]+\.js$/)]);
    }));

  it("opens in Spanish on a first visit when the browser prefers Spanish", () => {
    const fresh = newProfileDir();
    return withProfile(fresh.dir, async (page) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['es-MX', 'es', 'en'] }));
      await page.goto(`${baseURL}?today=${TODAY}`);
      await page.getByRole('heading', { level: 1, name: spanish.home.title }).waitFor();
      expect(await lang(page)).toBe('es');
      expect(await preloaded(page)).toEqual([expect.stringMatching(/\/assets\/es-[^/]+\.js$/)]);
    }).finally(fresh.remove);
  });
});
