/*
 * The app shell: the case list, an open visit or the open case, one live region for
 * announcements, notices about storage, the one-line disclaimer, and the
 * switch between English and Spanish in the header.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppUpdate } from '../app/appUpdate';
import { showCaseList, useAppStore } from '../app/store';
import { app } from '../i18n/en/app';
import { chooseLanguage, useLanguageCode, useWords, wordsNow } from '../i18n/language';
import { announce, useAnnouncement } from './announcer';
import { ErrorBoundary } from './components/ErrorBoundary';
import { CaseListScreen } from './screens/CaseListScreen';
import { CaseScreen } from './screens/CaseScreen';

// Rarely shown, so loaded when they are: the notices (a save that failed, storage, another tab), a new version's notice, and the hidden demo clock (only when the address asks for it).
const UpdateNotice = lazy(() => import('./components/UpdateNotice'));
const Notices = lazy(() => import('./components/Notices'));
const DemoClock = lazy(() => import('./components/DemoClock'));
// A visit with several bills, when one is opened.
const EpisodeScreen = lazy(() => import('./episodes/EpisodeScreen'));
// Only when the optional lock is on and closed.
const UnlockScreen = lazy(() => import('./lock/UnlockScreen'));

/**
 * The other language, named in it ("Español" on an English page). The switch stays where it is, so
 * focus stays on it; the change is said in the new language. If that language can't be loaded
 * (offline before it was saved), the page stays as it is and says so.
 */
function LanguageSwitch() {
  const w = useWords('app', app).language;
  const other = useLanguageCode() === 'en' ? 'es' : 'en';
  const switching = useRef(false);
  const switchLanguage = async () => {
    if (switching.current) return;
    switching.current = true;
    try {
      await chooseLanguage(other);
      announce(wordsNow('app', app).language.switched);
    } catch {
      announce(w.couldNotSwitch);
    }
    switching.current = false;
  };
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => void switchLanguage()}>
      {w.switchTo}
    </button>
  );
}

/** `demoClock`: the address asked for the demo clock (`?today`, read once at start-up in main.tsx). */
export function App({ demoClock = false }: { demoClock?: boolean }) {
  const open = useAppStore((state) => state.open);
  const episode = useAppStore((state) => (state.openEpisode ? state.episodes[state.openEpisode]?.episode : undefined));
  const storageNotice = useAppStore((state) => state.storageNotice);
  const saveError = useAppStore((state) => state.saveError);
  const syncNotice = useAppStore((state) => state.syncNotice);
  const locked = useAppStore((state) => state.lock === 'closed');
  const announcement = useAnnouncement((state) => state.message);
  const reloadForUpdate = useAppUpdate((state) => state.reload);
  const w = useWords('app', app);

  useEffect(() => {
    // The benchmark reads this mark: the first screen (a restored case or the list) is on screen.
    performance.mark('billpath:first-screen', { detail: { caseOpen: Boolean(useAppStore.getState().open) } });
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">{w.skipToContent}</a>
      <header className="app-header">
        <p className="brand">{w.brand}</p>
        <p className="tagline">{w.tagline}</p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {(saveError || storageNotice === 'unavailable' || syncNotice) && <Suspense fallback={null}><Notices /></Suspense>}
        {reloadForUpdate && <Suspense fallback={null}><UpdateNotice reload={reloadForUpdate} /></Suspense>}
        <ErrorBoundary onReset={showCaseList}>
          {locked ? <Suspense fallback={null}><UnlockScreen /></Suspense>
            : open ? <CaseScreen key={open.session.id} open={open} />
            : episode ? <Suspense fallback={null}><EpisodeScreen key={episode.id} episode={episode} /></Suspense>
            : <CaseListScreen />}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{w.disclaimer}</p>
        {demoClock && <Suspense fallback={null}><DemoClock /></Suspense>}
      </footer>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </>
  );
}
