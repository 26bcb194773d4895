/*
 * The browser may clear Billpath's data when space runs low: said beside the
 * backups, where the answer is (at the top of the page, arriving late, it
 * would push everything down).
 */
import { useAppStore } from '../../app/store';
import { backups } from '../../i18n/en/backups';
import { useWords } from '../../i18n/language';

export function MayBeCleared() {
  const mayBeCleared = useAppStore((state) => state.storageNotice === 'may-be-cleared');
  const w = useWords('backups', backups);
  return mayBeCleared ? <p className="note">{w.mayBeCleared}</p> : null;
}
