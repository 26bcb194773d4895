/*
 * Start-up: load every case from IndexedDB first, then render, so the case
 * that was open last appears at once at the same step (the machine actor reads
 * its snapshot only when it is created).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './app/appUpdate';
import { boot, sendEvent, useAppStore } from './app/store';
import { App } from './ui/App';
import './ui/styles.css';

async function start() {
  try {
    await boot();
  } catch {
    // IndexedDB unavailable (some private modes): run with nothing saved rather than a blank page.
    useAppStore.setState({ ready: true, storageNotice: 'This browser does not let Billpath save anything. Cases will be lost when you close the page.' });
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // After the first screen: offline support must not slow it down.
  if (import.meta.env.PROD) void registerServiceWorker().catch(() => undefined);
}

// A hidden hook for the benchmark and demos, present only when asked for.
if (localStorage.getItem('billpath:debug') === '1') Object.assign(window, { billpathDebug: { sendEvent, useAppStore } });

void start();
