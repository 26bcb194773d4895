#!/usr/bin/env node
/*
 * Billpath's benchmark (`npm run bench`, after `npm run build`): the size of the
 * JavaScript a first visit loads, and in headless Chromium the time to the first
 * screen, the time to the restored step after a reload, and the IndexedDB save
 * per event; Lighthouse's scores (mobile) on the home screen and the sample case;
 * and in Node, the audit on generated 2,000- and 20,000-line bills.
 * Prints the figures against the budgets; exits 1 if one is missed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { auditTimings } from './bench-audit.mjs';
import { gzipped, initialJs, INITIAL_JS_BUDGET_KB, kb } from './initialJs.mjs';
import { lighthouseScores } from './bench-lighthouse.mjs';

const RUNS = 5;
const SAVES = 200;
const BUDGETS = { initialJsKb: INITIAL_JS_BUDGET_KB, restoredAfterDclMs: 100, saveP95Ms: 5, audit2kMs: 20, audit20kMs: 200, auditGrowth: 12 };
/** Lighthouse's lowest acceptable scores, out of 100. */
const LIGHTHOUSE = { performance: 95, accessibility: 100, 'best-practices': 95 };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function preview() {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i += 1) {
    try { if ((await fetch(url)).ok) return { url, stop: () => child.kill() }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

/** ms from navigation start to the first screen, and from DOMContentLoaded to it. */
async function firstScreen(page) {
  await page.waitForFunction(() => performance.getEntriesByName('billpath:first-screen').length > 0);
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('billpath:first-screen')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    // Every script requested before the first screen: the entry, and lazy parts the first render already asked for.
    const scripts = performance.getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js') && entry.startTime < mark.startTime)
      .map((entry) => new URL(entry.name).pathname.slice(1));
    return { fromStart: mark.startTime, afterDcl: mark.startTime - nav.domContentLoadedEventEnd, caseOpen: mark.detail?.caseOpen, scripts };
  });
}

async function withProfile(run) {
  const dir = mkdtempSync(join(tmpdir(), 'billpath-bench-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    return await run(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const size = initialJs();
const audit = await auditTimings();
const server = await preview();
try {
  const cold = [];
  for (let i = 0; i < RUNS; i += 1) cold.push(await withProfile(async (page) => { await page.goto(server.url); return firstScreen(page); }));

  const { restored, saves } = await withProfile(async (page) => {
    await page.addInitScript(() => localStorage.setItem('billpath:debug', '1'));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Try the sample bill' }).click();
    await page.getByRole('button', { name: 'I asked for it' }).click();
    await page.getByRole('button', { name: 'I have the EOB' }).click();
    const restoredRuns = [];
    for (let i = 0; i < RUNS; i += 1) {
      await page.reload();
      const timing = await firstScreen(page);
      if (!timing.caseOpen) throw new Error('the reload did not restore the open case');
      restoredRuns.push(timing);
    }
    const saveTimes = await page.evaluate(async (count) => {
      performance.clearMeasures('billpath:save');
      const { sendEvent, useAppStore } = window.billpathDebug;
      // One step at a time, as a person records them: each write is measured on its own.
      for (let i = 0; i < count; i += 1) {
        sendEvent({ type: 'CALL_LOGGED', with: `Rep ${i}`, reference: `R-${i}`, at: '2026-03-02' });
        await useAppStore.getState().open.session.saved();
      }
      return performance.getEntriesByName('billpath:save').map((entry) => entry.duration);
    }, SAVES);
    return { restored: restoredRuns, saves: saveTimes };
  });
  const lighthouse = await lighthouseScores(server.url);

  const rows = [
    ['Initial JS (gzip)', `${kb(size.bytes).toFixed(1)} KB`, `<= ${BUDGETS.initialJsKb} KB`, kb(size.bytes) <= BUDGETS.initialJsKb],
    ['JS requested by the time a restored case shows (gzip)', `${kb(gzipped(restored[0].scripts)).toFixed(1)} KB`, '', true],
    ...(process.env.BENCH_LIST ? [[restored[0].scripts.join(' '), '', '', true]] : []),
    ['Cold load to first screen (median of 5)', `${median(cold.map((t) => t.fromStart)).toFixed(0)} ms`, '', true],
    ['Reload to restored step (median of 5)', `${median(restored.map((t) => t.fromStart)).toFixed(0)} ms`, '', true],
    ['Restored step after DOMContentLoaded (median)', `${median(restored.map((t) => t.afterDcl)).toFixed(1)} ms`, `<= ${BUDGETS.restoredAfterDclMs} ms`, median(restored.map((t) => t.afterDcl)) <= BUDGETS.restoredAfterDclMs],
    [`IndexedDB save per event, one at a time (median of ${saves.length})`, `${median(saves).toFixed(2)} ms`, '', true],
    [`IndexedDB save per event, one at a time (p95 of ${saves.length})`, `${percentile(saves, 95).toFixed(2)} ms`, `<= ${BUDGETS.saveP95Ms} ms`, percentile(saves, 95) <= BUDGETS.saveP95Ms],
    ['auditCase, 2,000 lines (median)', `${audit[2000].toFixed(1)} ms`, `<= ${BUDGETS.audit2kMs} ms`, audit[2000] <= BUDGETS.audit2kMs],
    ['auditCase, 20,000 lines (median)', `${audit[20000].toFixed(1)} ms`, `<= ${BUDGETS.audit20kMs} ms`, audit[20000] <= BUDGETS.audit20kMs],
    ['auditCase growth, 2,000 to 20,000 lines', `${(audit[20000] / audit[2000]).toFixed(1)}x`, `<= ${BUDGETS.auditGrowth}x`, audit[20000] / audit[2000] <= BUDGETS.auditGrowth],
    ...Object.entries({ 'home screen': lighthouse.home, 'sample case': lighthouse.sampleCase }).flatMap(([screen, scores]) =>
      Object.entries(LIGHTHOUSE).map(([category, least]) => [`Lighthouse ${category}, ${screen} (median of 3)`, `${Math.round(scores[category] * 100)}`, `>= ${least}`, Math.round(scores[category] * 100) >= least])),
  ];
  console.log(`\nBillpath benchmark (${new Date().toISOString().slice(0, 10)}; initial files: ${size.files.join(', ')})\n`);
  for (const [name, value, budget, ok] of rows) console.log(`${name.padEnd(48)} ${value.padStart(10)}  ${budget.padEnd(10)} ${budget ? (ok ? 'ok' : 'OVER BUDGET') : ''}`);
  if (saves.length !== SAVES) throw new Error(`expected ${SAVES} saves, measured ${saves.length}`);
  process.exitCode = rows.every((row) => row[3]) ? 0 : 1;
} finally {
  server.stop();
}
