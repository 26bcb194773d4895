/*
 * Accessibility in real Chromium. The sample bill is walked from the home
 * screen to a closed case with the keyboard alone: every control is reached by
 * Tab, in order, and used with Enter, Space or typing. After each step, focus
 * is on the new step's heading and the step is announced. axe-core checks
 * every screen on the way (forms open, errors shown, the unlock screen), and
 * with reduced motion asked for, nothing moves.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { card, newProfileDir, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

/**
 * Presses Tab until `target` has focus: it can be reached by keyboard. Each press must move focus
 * forward in the page's order (or off the page and back to its start): never back up the page.
 */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < 400; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    const before = await page.evaluateHandle(() => document.activeElement);
    await page.keyboard.press('Tab');
    const backwards = await page.evaluate((previous) => {
      const now = document.activeElement;
      if (!previous || !now || previous === document.body || now === document.body) return false;
      return Boolean(previous.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_PRECEDING);
    }, before);
    await before.dispose();
    if (backwards) throw new Error(`Tab moved focus back up the page, to ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

const press = async (page: Page, target: Locator, key = 'Enter') => {
  await tabTo(page, target);
  await page.keyboard.press(key);
};

/** Replaces what the box holds (a suggested amount, say) with `text`, typed. */
const typeInto = async (page: Page, target: Locator, text: string) => {
  await tabTo(page, target);
  if ((await target.getAttribute('type')) !== 'date') await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
};

const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true }).first();

/** After a step is recorded: the new step's heading has focus, and the live region says what happened. */
async function expectStep(page: Page, title: string): Promise<void> {
  await page.locator('#next-step-title', { hasText: title }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('next-step-title');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
  await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toContain(`Next step: ${title}.`);
}

/** Records a step from the next-step card with the keyboard, and checks where focus lands. */
async function cardStep(page: Page, action: string, next: string): Promise<void> {
  await press(page, button(card(page), action));
  await expectStep(page, next);
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  // The parts below the next step load a frame after it: check them too.
  await page.waitForLoadState('networkidle');
  expect(await axeViolations(page), screen).toEqual([]);
}

describe('accessibility', () => {
  it('walks the sample bill to a closed case with the keyboard alone, every screen passing axe', () =>
    withProfile(profile.dir, async (page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${baseURL}?today=2026-11-23`);
      await page.getByRole('heading', { name: 'Your medical bills' }).waitFor();
      await expectNoViolations(page, 'the empty home screen');

      await press(page, button(page, 'Try the sample bill'));
      await page.locator('#next-step-title', { hasText: 'Ask for the itemized bill' }).waitFor();
      await page.locator('.history li').first().waitFor();
      await expectNoViolations(page, 'a case at its first step');

      // A billing word in the step, opened and closed with the keyboard; axe checks the open definition too.
      const cpt = card(page).getByRole('button', { name: 'CPT', exact: true });
      await press(page, cpt);
      await expect.poll(() => cpt.getAttribute('aria-expanded')).toBe('true');
      await card(page).getByText('CPT code: A five-digit code').waitFor();
      await expectNoViolations(page, 'a step with a billing word explained');
      await page.keyboard.press('Space');
      await expect.poll(() => cpt.getAttribute('aria-expanded')).toBe('false');

      await cardStep(page, 'I already have it', 'Check the claim with your insurer');
      await cardStep(page, 'I have the EOB', 'Ask for a hold on the account');

      // A form from the facts panel: opened, refused while empty (errors shown and checked), then filled.
      const facts = page.locator('section.record-facts');
      await press(page, button(facts, 'It went to collections'));
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT'); // the form took focus
      await press(page, button(facts, 'Save the notice'));
      await expect.poll(async () => (await facts.locator('[aria-invalid="true"]').count()) > 0).toBe(true);
      await expectNoViolations(page, 'a form with its errors');
      await typeInto(page, facts.getByLabel('Collection agency'), 'Acme Recovery');
      await typeInto(page, facts.getByLabel('Date on the notice'), '11202026');
      await typeInto(page, facts.getByLabel('Amount they ask for'), '1200');
      await typeInto(page, facts.getByLabel('Original creditor'), 'Riverside General Hospital');
      await press(page, button(facts, 'Save the notice'));
      await expectStep(page, 'Ask the collector to prove the debt');
      await expectNoViolations(page, 'a case in collections, with its deadlines');

      await cardStep(page, 'I sent the letter', "Wait for the collector's proof");
      await cardStep(page, 'They sent proof', 'Check who owns the debt');
      // A step folded under "Also open now": opened with the keyboard, then recorded.
      const credit = card(page).locator('details[data-step="check-credit-reporting"]');
      await press(page, credit.locator('summary'));
      await press(page, button(credit, 'I checked my reports'));
      await credit.waitFor({ state: 'detached' });
      await cardStep(page, 'They own it and can settle', 'Negotiate with the collector');

      await press(page, button(card(page), 'I made an offer'));
      await typeInto(page, card(page).getByLabel('Amount you offered'), '480');
      await expectNoViolations(page, 'the offer form in the next step');
      await press(page, button(card(page), 'Save my offer'));
      await expectStep(page, 'Wait for an answer to your offer');
      await cardStep(page, 'They accepted', 'Get the agreement in writing');
      await cardStep(page, 'I have it in writing', 'Pay exactly $480.00');
      await press(page, button(card(page), 'I paid'));
      await press(page, button(card(page), 'Save the payment'));
      await expectStep(page, 'Get a zero-balance letter');
      await cardStep(page, 'I have the letter', 'Check your credit report');
      await cardStep(page, 'I checked my reports', 'Close the case');
      await cardStep(page, 'Close the case', 'This bill is closed');
      await page.locator('section.outcome').waitFor();
      await expectNoViolations(page, 'a closed case with its outcome');

      // Nothing on the way moved: no animation ran, no transition is set, and the style sheet turns off
      // any that a later change adds when reduced motion is asked for.
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => getComputedStyle(element).transitionDuration.split(',').some((part) => parseFloat(part) > 0)).length)).toBe(0);
      const motionOf = () => page.evaluate(() => {
        const moving = document.createElement('div');
        moving.style.transition = 'opacity 1s';
        moving.style.animation = 'spin 1s infinite';
        document.body.append(moving);
        const { transitionDuration, animationName } = getComputedStyle(moving);
        moving.remove();
        return { transitionDuration, animationName };
      });
      expect(await motionOf()).toEqual({ transitionDuration: '0s', animationName: 'none' });
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      expect(await motionOf()).toEqual({ transitionDuration: '1s', animationName: 'spin' }); // the same element moves when motion is welcome
      await page.emulateMedia({ reducedMotion: 'reduce' });

      await press(page, button(page, '← All my bills'));
      await page.getByRole('heading', { name: 'Your cases' }).waitFor();
      await press(page, page.locator('details.glossary > summary'));
      await page.locator('details.glossary dt', { hasText: 'Allowed amount' }).waitFor();
      await expectNoViolations(page, 'the home screen with a case, backups, the lock and the billing words');
    }));

  it('checks the bill with the keyboard alone: findings answered and corrected, the phone script opened', () => {
    const validation = newProfileDir();
    return withProfile(validation.dir, async (page) => {
      await page.goto(baseURL);
      await press(page, button(page, 'Try the sample bill'));
      await page.locator('#next-step-title', { hasText: 'Ask for the itemized bill' }).waitFor();
      // The phone script under the step: opened with the keyboard.
      const script = card(page).locator('details.call-script').first();
      await press(page, script.locator('summary'));
      await expect.poll(() => script.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      await expectNoViolations(page, 'a step with its phone script open');
      await cardStep(page, 'I already have it', 'Check the claim with your insurer');
      await cardStep(page, 'I have the EOB', 'Ask for a hold on the account');
      await cardStep(page, 'I asked for a hold', 'Start checking the bill');
      await cardStep(page, 'Start checking the bill', 'Check the 8 findings on your bill');

      const finding = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
      const duplicate = finding('Charged twice: code 36415');
      await press(page, button(duplicate, 'It’s right'));
      await duplicate.getByText(/Marked as right/).waitFor();
      const panel = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Tests billed again beside their panel/ }) }).first();
      await press(page, button(panel, 'They corrected it'));
      await typeInto(page, panel.getByLabel('Amount taken off your bill'), '96');
      await expectNoViolations(page, 'a finding being corrected');
      await press(page, button(panel, 'Save the correction'));
      await panel.getByText(/Corrected/).waitFor();
      validation.remove();
    });
  });

  it('locks and unlocks with the keyboard alone, the lock card and the unlock screen passing axe', () =>
    withProfile(profile.dir, async (page) => {
      const passphrase = 'kettle river blue lamp';
      await page.goto(baseURL);
      await page.getByRole('heading', { name: 'Your cases' }).waitFor();
      // A backup saved, then picked to restore: the keep-both-or-replace question passes axe too.
      const backups = page.locator('section.backups');
      const download = page.waitForEvent('download');
      await press(page, button(backups, 'Save a backup of all one case'));
      const saved = await (await download).path();
      await backups.getByLabel('Restore cases from a backup file').setInputFiles(saved);
      await backups.getByRole('radio', { name: /Keep both/ }).waitFor();
      await expectNoViolations(page, 'restoring a case that is here already');
      await press(page, button(backups, 'Cancel'));

      const lock = page.locator('section.lock-settings');
      await press(page, button(lock, 'Lock with a passphrase'));
      await press(page, button(lock, 'Lock with this passphrase')); // refused: empty
      await expect.poll(() => lock.locator('[aria-invalid="true"]').count()).toBe(1);
      await expectNoViolations(page, 'the lock form with its error');
      await typeInto(page, lock.getByLabel('New passphrase', { exact: true }), passphrase);
      await typeInto(page, lock.getByLabel('The new passphrase again'), passphrase);
      await press(page, button(lock, 'Lock with this passphrase'));
      await press(page, button(lock, 'Lock now'));
      await page.getByRole('heading', { name: 'Billpath is locked' }).waitFor();
      await expectNoViolations(page, 'the unlock screen');
      await page.keyboard.type(passphrase); // focus is already in the box
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Your cases' }).waitFor();
      expect(await page.locator('.case-link').count()).toBe(1);
    }));
});
