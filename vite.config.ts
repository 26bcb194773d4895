/*
 * Build and test configuration. Three test projects: `unit` (domain, machine,
 * storage, in Node with an in-memory IndexedDB), `component` (React screens in
 * jsdom with Testing Library) and `browser` (the built app in real Chromium
 * through playwright-core; needs `npm run build` first).
 */
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * Nothing leaves the device: the built page allows scripts, styles, images and
 * connections from its own origin only — no inline scripts, no eval, no
 * outside fonts, analytics or CDNs. (The dev server is left alone: its hot
 * reload needs an inline script.) Style attributes set by React go through
 * the CSSOM, which a style-src policy does not block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'billpath-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/** What the early script reads (src/i18n/language.ts and src/app/store.ts write them). */
const LANGUAGE_KEY = 'billpath:language';
const HAS_CASES_KEY = 'billpath:has-cases';

/**
 * The words a returning visit needs start downloading beside the app, not after it has run: a tiny
 * script (early-words.js, written at build time with the chunks' real names) adds a modulepreload for
 * the Spanish catalog when Spanish is the language, or for the English step words when cases are
 * stored. A first visit with nothing stored, in English, downloads neither before its first screen.
 */
function earlyWords(): Plugin {
  return {
    name: 'billpath-early-words',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'script', attrs: { async: true, src: '/early-words.js' }, injectTo: 'head' }],
    generateBundle(_options, bundle) {
      const chunk = (end: string) => {
        const found = Object.values(bundle).find((file) => file.type === 'chunk' && !file.isEntry && file.moduleIds.some((id) => id.endsWith(end)));
        if (!found) throw new Error(`early-words: no chunk for ${end}`);
        return JSON.stringify(`/${found.fileName}`);
      };
      const source = `(function () {
  try {
    var chosen = localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)});
    var preferred = (navigator.languages || []).filter(function (tag) { return /^(en|es)\\b/i.test(tag); })[0] || 'en';
    var spanish = chosen ? chosen === 'es' : /^es/i.test(preferred);
    var file = spanish ? ${chunk('src/i18n/es/index.ts')} : localStorage.getItem(${JSON.stringify(HAS_CASES_KEY)}) === '1' ? ${chunk('src/i18n/en/steps.ts')} : '';
    if (!file) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    link.setAttribute('data-early-words', '');
    document.head.appendChild(link);
  } catch (error) {
    // Storage blocked: the words load when the app asks for them.
  }
})();
`;
      this.emitFile({ type: 'asset', fileName: 'early-words.js', source });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    earlyWords(),
    // Offline after the first visit: a generated service worker precaches the whole app. A new version
    // waits until the person chooses to reload (src/app/appUpdate.ts), so it never interrupts a form.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        name: 'Billpath — one medical bill, step by step',
        short_name: 'Billpath',
        description: 'Walks you through one medical bill, step by step, and keeps everything on your device.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f6f3',
        theme_color: '#1f4e79',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  // Every browser Billpath supports has native modulepreload; the polyfill would cost initial bytes.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Everything the first screen imports goes in one chunk: shared pieces split into
    // many small files compress worse and cost initial bytes.
    // The English step words and the few words they share travel as one file (earlyWords preloads it).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }, { name: 'steps', test: /src\/i18n\/en\/(steps|common)\.ts/ }] } } },
  },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' }, // the npm scripts name one file per run
    projects: [
      {
        extends: true,
        // Property tests run a thousand sequences each: on a busy 2-core CI machine they need more than 5 s.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', setupFiles: ['test/setup.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        // A whole screen with its lazy parts, walked click by click: on a busy 2-core CI machine some take over 5 s.
        test: { name: 'component', include: ['test/component/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/setup.ts'], testTimeout: 15_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/previewServer.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
