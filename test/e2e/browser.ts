/*
 * Launching Debian's Chromium through playwright-core (never a downloaded
 * browser), with the flags that work on a machine without outside network.
 * Each profile is a fresh folder, so "close the browser and open it again"
 * can reuse the same IndexedDB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
