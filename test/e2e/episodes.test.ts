/*
 * One visit, three bills, in real Chromium: the sample hospital bill grouped
 * into a visit, a radiology bill started for the visit (its X-ray billed whole,
 * beside the hospital's own charge for it) and a doctor's bill added later from
 * its own screen. The visit finds the X-ray billed twice, puts it first as
 * what to do, lists the out-of-network doctor, and after a reload shows the same.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { newProfileDir, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

/** The sample's service date (40 days ago, as sampleBill.ts sets it), as a US bill prints it. */
function sampleServiceDate(): string {
  const day = new Date(Date.now() - 40 * 86_400_000);
  return `${String(day.getMonth() + 1).padStart(2, '0')}/${String(day.getDate()).padStart(2, '0')}/${day.getFullYear()}`;
}

const visitHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Visit: ER visit for chest pain' });
const firstStep = (page: Page) => page.locator('section.next-step');
const billNames = (page: Page) => page.locator('.episode-bill h3').allTextContents();
const twice = /^Code 71046 on .+ is billed twice: whole by Metro Radiology, in part by Riverside General Hospital$/;

async function startBill(page: Page, title: string, provider: string, kind: string, amount: string, outOfNetwork = false) {
  await page.getByLabel('A name for this bill').fill(title);
  await page.getByLabel('Who sent the bill').fill(provider);
  await page.getByLabel('Kind of provider').selectOption(kind);
  if (outOfNetwork) await page.getByRole('group', { name: /Is this provider in your plan/ }).getByLabel('No', { exact: true }).check();
  await page.getByLabel('Amount the bill asks for').fill(amount);
  await page.getByRole('button', { name: 'Start this case' }).click();
}

describe('a visit with three bills', () => {
  it('groups the sample with two more bills, finds the X-ray billed twice and shows what to do first, also after a reload', () =>
    withProfile(profile.dir, async (page) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(baseURL);

      // 1. The sample hospital bill starts the visit (its date and place are suggested from the bill).
      await page.getByRole('button', { name: 'Try the sample bill' }).click();
      await page.getByRole('button', { name: 'Group it with other bills' }).click();
      await page.getByRole('textbox', { name: 'What happened' }).fill('ER visit for chest pain');
      expect(await page.getByRole('textbox', { name: /Where it was/ }).inputValue()).toBe('Riverside General Hospital');
      await page.getByRole('button', { name: 'Group them' }).click();
      await visitHeading(page).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Visit: ER visit for chest pain');

      // 2. A radiology group's bill, started for the visit: it billed the whole X-ray.
      await page.getByRole('button', { name: 'Start a new bill for this visit' }).click();
      await startBill(page, 'X-ray reading', 'Metro Radiology', 'imaging', '420.00');
      await page.getByRole('button', { name: '← Back to the visit' }).waitFor();
      await page.getByRole('button', { name: 'Paste lines from a spreadsheet' }).click();
      await page.getByLabel(/Copy the rows with their header row/).fill(`Date,Code,Charge\n${sampleServiceDate()},71046,420.00`);
      await page.getByRole('button', { name: 'Check the lines' }).click();
      await page.getByRole('button', { name: 'Add 1 line to the bill' }).click();
      await page.getByRole('heading', { name: /^Itemized lines \(1,/ }).waitFor();

      // 3. The ER doctors' bill, out of network, started on its own and added to the visit from its screen.
      await page.getByRole('button', { name: '← Back to the visit' }).click();
      await page.getByRole('button', { name: '← All my bills' }).click();
      await page.getByRole('button', { name: 'Start a new case' }).click();
      await startBill(page, 'ER doctors', 'Valley ER Physicians', 'physician', '900.00', true);
      await page.getByRole('combobox', { name: 'Add this bill to' }).waitFor();
      await page.getByRole('button', { name: 'Add it' }).click();
      await visitHeading(page).waitFor();

      // The visit: three bills, the X-ray billed twice first, the out-of-network doctor beside it.
      await expect.poll(() => billNames(page)).toHaveLength(3);
      expect((await billNames(page)).sort()).toEqual(['Metro Radiology', 'Riverside General Hospital', 'Valley ER Physicians']);
      const findings = page.locator('.cross-bill .finding');
      await expect.poll(() => findings.locator('h3').allTextContents()).toEqual([
        expect.stringMatching(twice),
        'Valley ER Physicians is out of network, but this was emergency care',
      ]);
      await findings.first().getByText('Up to $420.00 at stake').waitFor();
      await firstStep(page).getByText(twice).waitFor();
      await firstStep(page).getByText('Ask Metro Radiology:').waitFor();
      expect(await page.locator('.totals').innerText()).toContain('$2,504.00');
      expect(await axeViolations(page), 'the visit screen').toEqual([]);

      // Asked about the X-ray: the next thing to do across the visit is the doctor's bill.
      await findings.first().getByRole('button', { name: 'I asked them' }).click();
      await findings.first().getByText('You asked about this.').waitFor();
      await firstStep(page).getByText('Valley ER Physicians is out of network, but this was emergency care').waitFor();

      // A reload comes back to the same visit, with the same next thing to do.
      await page.reload();
      await visitHeading(page).waitFor();
      await firstStep(page).getByText('Valley ER Physicians is out of network, but this was emergency care').waitFor();
      await findings.first().getByText('You asked about this.').waitFor();

      // The home screen lists the visit with its three bills.
      await page.getByRole('button', { name: '← All my bills' }).click();
      await page.getByRole('button', { name: /ER visit for chest pain.*3 bills, \$2,504\.00 left to pay/ }).waitFor();
      expect(errors).toEqual([]);
    }));
});
