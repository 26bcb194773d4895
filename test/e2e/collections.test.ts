/*
 * The sample bill through collections to closure in real Chromium, with the
 * screen only and the demo clock: the notice recorded, the early-collection flag
 * and the validation deadline, the deadline seen passing, proof asked for and
 * given, the owner checked, a settlement in writing, paid, zero balance, credit
 * checked, closed; then the outcome, the printed case file, and a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { card, cardButton, newProfileDir, nextStep, recordStep, storedEvents, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

const on = (date: string) => `${baseURL}?today=${date}`;
const deadlineGroup = (page: Page, name: RegExp) => page.locator('.deadlines .deadline-group').filter({ has: page.getByRole('heading', { level: 3, name }) });

describe('the sample bill through collections to closure in Chromium', () => {
  it('tracks the validation deadline, settles in writing, closes, prints the case file and keeps it all', () =>
    withProfile(profile.dir, async (page) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(on('2026-11-23'));
      await page.getByText('Billpath thinks today is 2026-11-23.').waitFor();
      await page.getByRole('button', { name: 'Try the sample bill' }).click();
      await nextStep(page, 'Ask for the itemized bill');
      await recordStep(page, 'I already have it', 'Check the claim with your insurer');
      await recordStep(page, 'I have the EOB', 'Ask for a hold on the account');

      // The hospital sends the account to a collector 9 days after its first bill (2026-11-11).
      const facts = page.locator('section.record-facts');
      await facts.getByRole('button', { name: 'It went to collections' }).click();
      await facts.getByLabel('Collection agency').fill('Acme Recovery');
      await facts.getByLabel('Date on the notice').fill('2026-11-20');
      await facts.getByLabel('Amount they ask for').fill('1200');
      await facts.getByLabel('Original creditor').fill('Riverside General Hospital');
      await facts.getByRole('button', { name: 'Save the notice' }).click();
      await nextStep(page, 'Ask the collector to prove the debt');
      expect(await card(page).textContent()).toContain('handed this to a collector before March 11, 2027. Until then a nonprofit hospital may not sell the debt');
      // Notice Friday 11-20; receipt 5 business days later skipping Thanksgiving (11-30); 30 days on: December 30.
      const validation = page.locator('.deadlines li', { hasText: 'Last day to ask Acme Recovery to prove the debt' });
      expect(await validation.textContent()).toContain('December 30, 2026 (in 37 days)');
      expect(await deadlineGroup(page, /^Later/).textContent()).toContain('Acme Recovery');

      // Weeks go by: the demo clock shows the deadline in the last week, then passed.
      await page.goto(on('2026-12-26'));
      await nextStep(page, 'Ask the collector to prove the debt');
      expect(await deadlineGroup(page, /^This week/).textContent()).toContain('Last day to ask Acme Recovery to prove the debt');
      await page.goto(on('2027-01-04'));
      await nextStep(page, 'Ask the collector to prove the debt');
      expect(await deadlineGroup(page, /^Overdue/).textContent()).toContain('December 30, 2026 (5 days ago)');

      // Late, but still worth asking: proof comes, the owner is checked, the credit reports looked at.
      await recordStep(page, 'I sent the letter', "Wait for the collector's proof");
      expect(await deadlineGroup(page, /^Done or passed/).textContent()).toContain('You asked for proof on January 4, 2027.');
      await recordStep(page, 'They sent proof', 'Check who owns the debt');
      await card(page).locator('details[data-step="check-credit-reporting"] > summary').click();
      expect(await card(page).locator('details[data-step="check-credit-reporting"]').textContent()).toContain('struck down by a court in July 2025');
      await cardButton(page, 'I checked my reports').click();
      await card(page).locator('details[data-step="check-credit-reporting"]').waitFor({ state: 'detached' });
      await recordStep(page, 'They own it and can settle', 'Negotiate with the collector');
      await cardButton(page, 'I made an offer').click();
      await card(page).getByLabel('Amount you offered').fill('480');
      await card(page).getByRole('button', { name: 'Save my offer' }).click();
      await nextStep(page, 'Wait for an answer to your offer');
      await recordStep(page, 'They accepted', 'Get the agreement in writing');
      await cardButton(page, 'I have it in writing').click();

      // Closure: pay exactly what was agreed, get the zero-balance letter, check credit, close.
      await nextStep(page, 'Pay exactly $480.00');
      await cardButton(page, 'I paid').click();
      await card(page).getByRole('button', { name: 'Save the payment' }).click();
      await nextStep(page, 'Get a zero-balance letter');
      await recordStep(page, 'I have the letter', 'Check your credit report');
      await recordStep(page, 'I checked my reports', 'Close the case');
      await recordStep(page, 'Close the case', 'This bill is closed');

      const outcome = page.locator('section.outcome');
      expect(await outcome.textContent()).toMatch(/down to \$480\.00: \$[\d,]+\.\d\d saved/);
      expect(await outcome.getByRole('row', { name: /Paid so far/ }).textContent()).toContain('$480.00');

      // The case file prints alone (the print dialog itself stubbed out), with its paper trail.
      await page.evaluate(() => { window.print = () => undefined; });
      await page.getByRole('button', { name: 'Print the case file' }).click();
      await page.locator('body > .case-file-print').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#root').isVisible()).toBe(false);
      const printed = page.locator('body > .case-file-print');
      expect(await printed.isVisible()).toBe(true);
      const text = (await printed.textContent()) ?? '';
      expect(text).toContain('Paper trail');
      expect(text).toContain('The account went to Acme Recovery (notice dated 2026-11-20).');
      expect(text).toContain('What you owe in the end$480.00');
      expect(await printed.locator('li').count()).toBe((await storedEvents(page)).length);
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await page.locator('#root').isVisible()).toBe(true);

      // Reloaded: still closed, with the outcome.
      await page.reload();
      await nextStep(page, 'This bill is closed');
      await page.locator('section.outcome').waitFor();
      // A closed case has nothing left to watch: the home screen lists no deadlines.
      await page.getByRole('button', { name: '← All my bills' }).click();
      await page.getByRole('heading', { name: 'Your cases' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Due soonest' }).count()).toBe(0);
      expect(errors).toEqual([]);
    }));
});
