/*
 * Every word on screen comes from a catalog, checked in the running app: the
 * test switches Billpath to the marked catalog (src/i18n/pseudo.ts: every
 * catalog text wrapped in ⟦ ⟧, dates in the Spanish form), walks the sample
 * bill through all five phases with every fold open and each "record what
 * happened" form shown, and reads the page — text, and the attributes that
 * are shown or read out. Once the marked texts are taken out, all that may be
 * left is the case's own data (the sample bill, the names typed), numbers,
 * money, codes and acronyms, dates in the chosen language's form, and text marked
 * lang="en" on purpose (the letters, and the English to say on the phone).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { sampleCase } from '../../src/domain/sampleBill';
import { caseScreen } from '../../src/i18n/en/caseScreen';
import { newProfileDir, withProfile } from './browser';

const baseURL = inject('baseURL');
const profile = newProfileDir();
afterAll(() => profile.remove());

const TODAY = '2026-11-23';
const AT = `${TODAY}T10:00:00.000Z`;

/** The case's own data, which no catalog holds: the sample bill as its hospital prints it, and what the test types. */
const sample = sampleCase('sample', TODAY);
const DATA = [
  sample.title, sample.provider.name, sample.accountNumber ?? '',
  ...sample.lines.flatMap((line) => [line.description ?? '', line.code, line.revenueCode ?? '', ...(line.modifiers ?? []), ...(line.diagnoses ?? [])]),
  'Acme Recovery', 'Billpath',
].filter(Boolean);

const SPANISH_MONTHS = /\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)( de \d{4})?\b/g;

/** The words on the page outside the catalogs' marks, outside lang="en", once the case's data is taken out. */
async function unmarkedWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const shown = (element: Element) => element.checkVisibility?.() ?? true;
    const english = (element: Element) => element.closest('[lang="en"]') !== null && document.documentElement.lang !== 'en';
    const nodes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, textarea') || !shown(parent) || english(parent)) continue;
      nodes.push(node.textContent ?? '');
    }
    const attributes = [...document.body.querySelectorAll('*')].flatMap((element) =>
      english(element) ? [] : ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'].map((name) => element.getAttribute(name) ?? '').filter(Boolean),
    );
    const options = [...document.querySelectorAll('option')].map((option) => option.textContent ?? '');
    return [nodes.join('\u0001'), ...attributes, ...options];
  });
  const left: string[] = [];
  for (const text of texts) {
    let rest = text;
    for (let before = ''; before !== rest; ) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    for (const data of DATA) rest = rest.replaceAll(data, ' ');
    rest = rest.replace(SPANISH_MONTHS, ' ');
    // Codes and acronyms (CO-45, CFR, IRS) read the same in every language.
    const words = (rest.match(/[A-Za-zÀ-ÿ]{2,}/g) ?? []).filter((word) => !/^[A-Z]{2,5}$/.test(word));
    left.push(...words.map((word) => `${word} (in “${rest.replace(/\s+/g, ' ').trim().slice(0, 120)}”)`));
  }
  return [...new Set(left)];
}

type Debug = { sendEvent: (event: object) => boolean; loadMarkedWords: () => Promise<void>; useAppStore: { getState: () => { open?: { session: { actor: { getSnapshot: () => { context: { case: typeof sample } } } } } } } };

async function send(page: Page, ...events: object[]): Promise<void> {
  const sent = await page.evaluate(([list, at]) => {
    const { sendEvent } = (window as unknown as { billpathDebug: Debug }).billpathDebug;
    return list.map((event) => sendEvent({ ...event, at }));
  }, [events, AT] as const);
  expect(sent.every(Boolean), JSON.stringify(events)).toBe(true);
}

/** Opens every fold, waits for the lazy parts, then reads the page. */
async function expectAllFromCatalogs(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
  await page.waitForTimeout(50);
  expect(await unmarkedWords(page), where).toEqual([]);
}

async function markWords(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { billpathDebug: Debug }).billpathDebug.loadMarkedWords());
  await page.locator('h1', { hasText: '⟦' }).first().waitFor();
}

describe('every word on screen', () => {
  it('comes from a catalog, on every screen of the sample bill', () =>
    withProfile(profile.dir, async (page) => {
      await page.addInitScript(() => localStorage.setItem('billpath:debug', '1'));
      await page.goto(`${baseURL}?today=${TODAY}`);
      await markWords(page);
      await expectAllFromCatalogs(page, 'the empty home screen');

      await page.getByRole('button', { name: /sample bill/ }).click();
      await page.locator('#next-step-title').waitFor();
      await expectAllFromCatalogs(page, 'the sample case at its first step');

      // Each "record what happened" form, one at a time.
      const facts = page.locator('section.record-facts');
      const buttons = await facts.locator('button').count();
      for (let index = 0; index < buttons; index += 1) {
        const button = facts.locator('button').nth(index);
        if (!(await button.isVisible())) continue;
        await button.click();
        await expectAllFromCatalogs(page, `the facts panel's form ${index + 1}`);
        await page.reload();
        await markWords(page);
      }

      const billCase = await page.evaluate(() => (window as unknown as { billpathDebug: Debug }).billpathDebug.useAppStore.getState().open!.session.actor.getSnapshot().context.case);
      await send(page, { type: 'ITEMIZED_BILL_RECEIVED', lines: billCase.lines }, { type: 'EOB_RECEIVED', eob: billCase.eob }, { type: 'HOLD_CONFIRMED', until: '2026-12-30' }, { type: 'PROCEED' });
      await expectAllFromCatalogs(page, 'the bill check, with its findings');

      await send(page, { type: 'CALL_LOGGED', with: 'Acme Recovery', followUp: '2026-11-25' }, { type: 'APPEAL_FILED' }, { type: 'ASSISTANCE_APPLIED' });
      await expectAllFromCatalogs(page, 'the bill check with a call, an appeal and an application');

      await send(page, { type: 'REVIEW_COMPLETED' }, { type: 'PROCEED_ANYWAY' }, { type: 'OFFER_MADE', amount: 30000, kind: 'lump-sum' }, { type: 'COUNTEROFFER_RECEIVED', amount: 60000 });
      await expectAllFromCatalogs(page, 'negotiation, with a counteroffer');

      await send(page, { type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-11-20', amount: 118400 });
      await expectAllFromCatalogs(page, 'collections');

      await send(page, { type: 'DEBT_VALIDATION_REQUESTED' }, { type: 'DEBT_VALIDATED' }, { type: 'PROCEED' }, { type: 'OFFER_MADE', amount: 48000, kind: 'lump-sum' }, { type: 'OFFER_ACCEPTED', amount: 48000 }, { type: 'AGREEMENT_RECEIVED_IN_WRITING' });
      await expectAllFromCatalogs(page, 'closure, paying');

      await send(page, { type: 'PAYMENT_MADE', amount: 48000 }, { type: 'ZERO_BALANCE_CONFIRMED' }, { type: 'CREDIT_REPORT_CHECKED' }, { type: 'CASE_CLOSED' });
      await expectAllFromCatalogs(page, 'a closed case, with its outcome');

      // The home screen with a case: the list, what is due soonest, backups and the lock.
      await page.getByRole('button', { name: `⟦${caseScreen.allBills}⟧` }).click();
      await page.locator('ul.cases').waitFor();
      await expectAllFromCatalogs(page, 'the home screen with a case');
    }));

  it('finds a word that is not in a catalog', () =>
    withProfile(profile.dir, async (page) => {
      await page.addInitScript(() => localStorage.setItem('billpath:debug', '1'));
      await page.goto(`${baseURL}?today=${TODAY}`);
      await markWords(page);
      await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Forgotten words</p><button aria-label="Close me">⟦x⟧</button>'));
      expect(await unmarkedWords(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^Forgotten/), expect.stringMatching(/^Close/)]));
    }));
});
