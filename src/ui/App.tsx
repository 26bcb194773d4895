/*
 * The app shell: the case list or the open case, one live region for
 * announcements, notices about storage, and the one-line disclaimer.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useAppUpdate } from '../app/appUpdate';
import { showCaseList, useAppStore } from '../app/store';
import { useAnnouncement } from './announcer';
import { ErrorBoundary } from './components/ErrorBoundary';
import { CaseListScreen } from './screens/CaseListScreen';
import { CaseScreen } from './screens/CaseScreen';

// Rarely shown, so loaded when they are: the notices (a save that failed, storage, another tab), a new version's notice, and the hidden demo clock (only when the address asks for it).
const UpdateNotice = lazy(() => import('./components/UpdateNotice'));
const Notices = lazy(() => import('./components/Notices'));
const DemoClock = lazy(() => import('./components/DemoClock'));
// Only when the optional lock is on and closed.
const UnlockScreen = lazy(() => import('./lock/UnlockScreen'));

/** `demoClock`: the address asked for the demo clock (`?today`, read once at start-up in main.tsx). */
export function App({ demoClock = false }: { demoClock?: boolean }) {
  const open = useAppStore((state) => state.open);
  const storageNotice = useAppStore((state) => state.storageNotice);
  const saveError = useAppStore((state) => state.saveError);
  const syncNotice = useAppStore((state) => state.syncNotice);
  const locked = useAppStore((state) => state.lock === 'closed');
  const announcement = useAnnouncement((state) => state.message);
  const reloadForUpdate = useAppUpdate((state) => state.reload);

  useEffect(() => {
    // The benchmark reads this mark: the first screen (a restored case or the list) is on screen.
    performance.mark('billpath:first-screen', { detail: { caseOpen: Boolean(useAppStore.getState().open) } });
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <p className="brand">Billpath</p>
        <p className="tagline">One medical bill, step by step.</p>
      </header>
      <main id="main" tabIndex={-1}>
        {(saveError || storageNotice === 'unavailable' || syncNotice) && <Suspense fallback={null}><Notices /></Suspense>}
        {reloadForUpdate && <Suspense fallback={null}><UpdateNotice reload={reloadForUpdate} /></Suspense>}
        <ErrorBoundary onReset={showCaseList}>
          {locked ? <Suspense fallback={null}><UnlockScreen /></Suspense> : open ? <CaseScreen key={open.session.id} open={open} /> : <CaseListScreen />}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>Billpath gives information, not legal advice. Your bills stay on this device; nothing is sent anywhere.</p>
        {demoClock && <Suspense fallback={null}><DemoClock /></Suspense>}
      </footer>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </>
  );
}
