/*
 * A new version of Billpath, ready and waiting: set by the service worker's
 * registration (serviceWorker.ts, loaded after the first screen), shown by the
 * app as "Reload now".
 */
import { create } from 'zustand';

/** `reload` is there once a new version waits; calling it lets pending saves land, then reloads. */
type AppUpdate = { reload?: () => void };

export const useAppUpdate = create<AppUpdate>(() => ({}));
