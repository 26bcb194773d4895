/*
 * Lighthouse (the npm package, mobile preset: a mid-range phone on a slow 4G
 * link, simulated) with Debian's Chromium, on the home screen of a first visit
 * and on the sample case reopened from IndexedDB, both cold (no service worker
 * or cache yet). Used by bench.mjs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * The scores (0 to 1) of one Lighthouse run on `url` in a browser using `profileDir`. Lighthouse first
 * clears the service worker and its caches (a cold load; IndexedDB stays, so a stored case reopens).
 * The largest paint must be inside `screen`, or the run audited some other screen.
 */
async function scoresOf(url, profileDir, screen) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS, userDataDir: profileDir });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    // (Lighthouse leaves the element out now and then; it is checked whenever it is there.)
    const largest = result.lhr.audits['largest-contentful-paint-element']?.details;
    if (largest && !JSON.stringify(largest).includes(screen)) throw new Error(`Lighthouse did not audit the expected screen (${screen}): ${JSON.stringify(largest).slice(0, 300)}`);
    const { categories } = result.lhr;
    return Object.fromEntries(CATEGORIES.map((name) => [name, categories[name].score]));
  } finally {
    await chrome.kill();
  }
}

/** Scores for the home screen (a first visit) and for the sample case (stored, then restored by a fresh load). */
async function onePass(url) {
  const home = mkdtempSync(join(tmpdir(), 'billpath-lh-home-'));
  const sample = mkdtempSync(join(tmpdir(), 'billpath-lh-case-'));
  try {
    const homeScores = await scoresOf(url, home, 'case-list');
    // The sample case is started and moved on a step in the same profile, then audited as it reopens.
    const browser = await chromium.launchPersistentContext(sample, { executablePath: CHROME, headless: true, args: FLAGS });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(url);
    await page.getByRole('button', { name: 'Try the sample bill' }).click();
    await page.getByRole('button', { name: 'I asked for it' }).click();
    await page.locator('#next-step-title', { hasText: 'Check the claim with your insurer' }).waitFor();
    await browser.close();
    const caseScores = await scoresOf(url, sample, 'next-step');
    return { home: homeScores, sampleCase: caseScores };
  } finally {
    rmSync(home, { recursive: true, force: true });
    rmSync(sample, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median of `runs` passes, per screen and category: simulated scores wobble on a busy machine. */
export async function lighthouseScores(url, runs = 3) {
  const passes = [];
  for (let run = 0; run < runs; run += 1) passes.push(await onePass(url));
  const medianOf = (screen) => Object.fromEntries(CATEGORIES.map((name) => [name, median(passes.map((pass) => pass[screen][name]))]));
  return { home: medianOf('home'), sampleCase: medianOf('sampleCase') };
}
