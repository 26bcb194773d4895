/*
 * Global setup for the browser tests: serve the built app (`dist/`) with
 * `vite preview` on a free local port, and hand its address to the tests.
 * Readiness is detected by polling the port (vite colours its output under
 * CI, so its log is not matched). The server is killed when the run ends.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No build found: run `npm run build` before the browser tests.');
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilServing(baseURL, 20_000);
  } catch (error) {
    server.kill();
    throw error;
  }
  project.provide('baseURL', baseURL);
  return () => {
    server.kill();
  };
}
