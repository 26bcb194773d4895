/*
 * Start-up: load every case from IndexedDB first, then render, so the case
 * that was open last appears at once at the same step (the machine actor reads
 * its snapshot only when it is created).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setClock } from './app/clock';
import { boot, sendEvent, useAppStore } from './app/store';
import { isIsoDate } from './domain/dates';
import { loadLanguage, loadMarkedWords, rememberedLanguage } from './i18n/language';
import { App } from './ui/App';
import './ui/styles.css';

function whenIdle(run: () => void): void {
  const later = () => (window.requestIdleCallback ? window.requestIdleCallback(run, { timeout: 5_000 }) : setTimeout(run, 1_000));
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

async function start() {
  // The chosen language's words (Spanish, or English's step words) download while the cases are read.
  const language = rememberedLanguage();
  const words = loadLanguage(language).catch(() => loadLanguage('en')).catch(() => undefined);
  try {
    await boot();
  } catch {
    // IndexedDB unavailable (some private modes): run with nothing saved rather than a blank page.
    useAppStore.setState({ ready: true, storageNotice: 'unavailable' });
  }
  // A first visit in English with nothing stored shows the home screen at once: it needs no step words.
  const { open, cases } = useAppStore.getState();
  if (language !== 'en' || open || Object.keys(cases).length > 0) await words;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App demoClock={demoToday !== null} />
    </StrictMode>,
  );
  // Once the page has loaded and gone quiet: installing offline support must not slow the first screen down.
  if (import.meta.env.PROD) whenIdle(() => void import('./app/serviceWorker').then((sw) => sw.registerServiceWorker()).catch(() => undefined));
}

// The demo clock (a hidden developer setting): `?today=YYYY-MM-DD` makes Billpath act on that date.
const demoToday = new URLSearchParams(window.location.search).get('today');
if (demoToday && isIsoDate(demoToday)) setClock(new Date(`${demoToday}T12:00:00`));

// A hidden hook for the benchmark and demos, present only when asked for.
if (localStorage.getItem('billpath:debug') === '1') Object.assign(window, { billpathDebug: { sendEvent, useAppStore, loadMarkedWords } });

void start();
