/*
 * Launching Debian's Chromium through playwright-core (never a downloaded
 * browser), with the flags that work on a machine without outside network.
 * Each profile is a fresh folder, so "close the browser and open it again"
 * can reuse the same IndexedDB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function newProfileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'billpath-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A browser with its own profile folder, kept on disk until the caller removes it. */
export function openBrowser(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1100, height: 900 },
  });
}

/** Runs `walk` in a browser on the given profile, and always closes it. */
export async function withProfile(profileDir: string, walk: (page: Page) => Promise<void>): Promise<void> {
  const browser = await openBrowser(profileDir);
  try {
    await walk(browser.pages()[0] ?? (await browser.newPage()));
  } finally {
    await browser.close();
  }
}

type StoredCase = { revision: number; journal: { event: { type: string } }[] };

/** The one stored case, read straight from IndexedDB (beside it the store also keeps revision and setting keys). */
export function storedCase(page: Page): Promise<StoredCase | undefined> {
  return page.evaluate(
    () =>
      new Promise<StoredCase | undefined>((resolve, reject) => {
        const open = indexedDB.open('billpath');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('cases').objectStore('cases').getAll();
          request.onsuccess = () => resolve(request.result.find((value: unknown) => typeof value === 'object' && value !== null && 'journal' in value) as StoredCase | undefined);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The event types in the stored case's journal. */
export const storedEvents = async (page: Page): Promise<string[]> => ((await storedCase(page))?.journal ?? []).map((entry) => entry.event.type);

async function storedRevision(page: Page): Promise<number> {
  return (await storedCase(page))?.revision ?? -1;
}

/** Waits until the stored case has reached `revision` (its save has landed). */
export async function waitForRevision(page: Page, revision: number) {
  const deadline = Date.now() + 5_000;
  while ((await storedRevision(page)) < revision) {
    if (Date.now() > deadline) throw new Error(`revision ${revision} never reached IndexedDB`);
    await page.waitForTimeout(25);
  }
}

/** The next-step card, waiting for its title, and one of its buttons by exact name. */
export const card = (page: Page) => page.locator('section.next-step');
export const nextStep = (page: Page, title: string | RegExp) => page.locator('#next-step-title', { hasText: title }).waitFor();
export const cardButton = (page: Page, name: string) => card(page).getByRole('button', { name, exact: true }).first();

/** Records a step from the next-step card with a click, and waits for the step that follows. */
export async function recordStep(page: Page, action: string, next: string | RegExp): Promise<void> {
  await cardButton(page, action).click();
  await nextStep(page, next);
}
