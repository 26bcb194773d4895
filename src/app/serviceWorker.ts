/*
 * The service worker: registered after the first screen (this module and
 * Workbox's code load on demand, outside the first download). When a new
 * version of Billpath is ready it waits; the person is told and reloads when
 * they choose, so an update never interrupts a form being filled in — in this
 * tab or any other. Before reloading, every step still being written is let land.
 */
import { useAppUpdate } from './appUpdate';
import { useAppStore } from './store';

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  // Set when another tab's "Reload now" already put the new version in charge here.
  let newVersionInCharge = false;
  const reload = async () => {
    await useAppStore.getState().open?.session.saved();
    if (newVersionInCharge) return window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    await activate(true);
  };
  const activate = registerSW({
    immediate: true,
    onNeedRefresh: () => useAppUpdate.setState({ reload: () => void reload() }),
    // Never reload on another tab's behalf: this tab keeps its form and its own "Reload now".
    onNeedReload: () => {
      newVersionInCharge = true;
    },
  });
}
