/*
 * The browser may clear Billpath's data when space runs low: said beside the
 * backups, where the answer is (at the top of the page, arriving late, it
 * would push everything down).
 */
import { useAppStore } from '../../app/store';

export function MayBeCleared() {
  const mayBeCleared = useAppStore((state) => state.storageNotice === 'may-be-cleared');
  return mayBeCleared ? <p className="note">This browser may clear saved data when space runs low. Save a backup from time to time.</p> : null;
}
