/*
 * The service worker: registered after the first screen (its code loads on
 * demand, outside the first download). When a new version of Billpath is
 * ready it waits; the person is told and reloads when they choose, so an
 * update never interrupts a form being filled in. Every recorded step is
 * already saved, so reloading loses nothing that was recorded.
 */
import { create } from 'zustand';

type AppUpdate = { reload?: () => void };

export const useAppUpdate = create<AppUpdate>(() => ({}));

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => useAppUpdate.setState({ reload: () => void update(true) }),
  });
}
