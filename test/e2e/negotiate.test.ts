/*
 * Negotiating the sample bill in real Chromium, with the screen only: a
 * correction from the audit, the settlement calculator's opening offer, their
 * counteroffer accepted, the written-agreement letter marked as sent and the
 * agreement received; after a reload, the case is in closure with the offers
 * chart and the journal intact.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { card, cardButton, newProfileDir, nextStep, recordStep, storedEvents, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());


describe('negotiating the sample bill in Chromium', () => {
  it('corrects the bill, offers, accepts their counteroffer, gets it in writing, and keeps it all after a reload', () =>
    withProfile(profile.dir, async (page) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // Nothing leaves the device: every request of the whole walk is recorded, and so is any content-policy violation.
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(baseURL);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");
      await page.getByRole('button', { name: 'Try the sample bill' }).click();

      // Stabilization: the papers are in hand, a hold is asked for.
      await nextStep(page, 'Ask for the itemized bill');
      await recordStep(page, 'I already have it', 'Check the claim with your insurer');
      await recordStep(page, 'I have the EOB', 'Ask for a hold on the account');
      await recordStep(page, 'I asked for a hold', 'Start checking the bill');
      await cardButton(page, 'Start checking the bill').click();

      // Validation: the duplicate charge is corrected; the rest are accepted as right.
      await nextStep(page, /^Check the \d+ findings on your bill$/);
      const duplicate = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Charged twice: code 36415' }) });
      await duplicate.getByRole('button', { name: 'They corrected it' }).click();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), 'the findings, one being corrected').toEqual([]);
      await duplicate.getByRole('button', { name: 'Save the correction' }).click();
      await duplicate.getByText(/Corrected/).waitFor();
      await cardButton(page, 'None of these is a problem').click();
      await card(page).getByRole('button', { name: 'Go on anyway' }).click();
      // Financial assistance is the step on top; starting to negotiate is folded under "Also open now".
      await nextStep(page, 'Apply for financial assistance');
      await card(page).locator('details[data-step="move-on"] > summary').click();
      await recordStep(page, 'Start negotiating', 'Make a lump-sum offer');

      // Negotiation: the calculator's opening offer, their counteroffer, accepted.
      const calculator = page.locator('section', { has: page.getByRole('heading', { name: 'Settlement calculator' }) }).last();
      await calculator.getByLabel('The most you could pay at once').fill('450');
      await calculator.getByLabel('What you could pay each month').fill('60');
      await calculator.getByRole('button', { name: 'Work it out' }).click();
      const offerButton = calculator.getByRole('button', { name: /^I offered \$/ });
      await offerButton.waitFor();
      expect(await axeViolations(page), 'negotiation: the calculator worked out, the offers chart, the ladder').toEqual([]);
      const offered = (await offerButton.textContent())!.replace('I offered ', '');
      await offerButton.click();
      await nextStep(page, 'Wait for an answer to your offer');
      await cardButton(page, 'They made a counteroffer').click();
      await card(page).getByLabel(/amount/i).first().fill('450');
      await card(page).getByRole('button', { name: /^Save/ }).click();
      await recordStep(page, 'I accepted it', 'Get the agreement in writing');

      // The letter for the step is the written-agreement request: mark it as sent, then the agreement arrives.
      const letters = page.locator('section.letters');
      expect(await letters.getByLabel('Which letter').inputValue()).toBe('written-agreement-request');
      expect(await letters.locator('textarea').inputValue()).toContain('$450.00');
      // Printed, the letter is alone on the page ("Print it", with the print dialog itself stubbed out).
      await page.evaluate(() => { window.print = () => undefined; });
      await letters.getByRole('button', { name: 'Print it' }).click();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#root').isVisible()).toBe(false);
      expect(await page.locator('body > .letter-print').isVisible()).toBe(true);
      expect(await page.locator('body > .letter-print').textContent()).toContain('$450.00 as payment in full');
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await page.locator('#root').isVisible()).toBe(true);
      await letters.getByRole('button', { name: 'Mark as sent' }).click();
      await letters.getByLabel('How you sent it').selectOption('mail');
      await letters.getByRole('button', { name: 'Save', exact: true }).click();
      await letters.getByRole('button', { name: 'Mark as sent' }).waitFor();
      await cardButton(page, 'I have it in writing').click();
      await page.locator('section.next-step[data-step="make-payment"]').waitFor();

      await expect.poll(async () => (await storedEvents(page)).at(-1)).toBe('AGREEMENT_RECEIVED_IN_WRITING');
      const journal = await storedEvents(page);
      expect(journal.slice(-5)).toEqual(['OFFER_MADE', 'COUNTEROFFER_RECEIVED', 'OFFER_ACCEPTED', 'LETTER_SENT', 'AGREEMENT_RECEIVED_IN_WRITING']);

      await page.reload();
      await page.locator('section.next-step[data-step="make-payment"]').waitFor();
      const offers = page.getByRole('table', { name: 'Offers so far' });
      await offers.waitFor();
      const rows = await offers.locator('tbody tr').allTextContents();
      expect(rows.map((row) => row.replace(/^\d\d\/\d\d\/\d{4}/, ''))).toEqual([`You${offered}`, 'Them$450.00']);
      expect(await page.locator('header.case-header').textContent()).toContain('$450.00');
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      const origin = new URL(baseURL).origin;
      expect(requests.length).toBeGreaterThan(3);
      expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    }));
});
