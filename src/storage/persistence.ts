/*
 * Asking the browser to keep Billpath's data when space runs low (loaded just
 * after start-up: the answer only decides whether a notice is shown).
 */

export type PersistResult = 'granted' | 'refused' | 'unsupported';

/** Ask the browser not to evict Billpath's data when space runs low. */
export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}
