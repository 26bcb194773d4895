/*
 * The app's notices, in words (loaded only when there is one to show):
 *   - a save that failed, with the way out: a backup of the open case saved as
 *     a file from what is on screen (every step, saved or not);
 *   - storage the browser cannot give at all (that it may clear is said with
 *     the backups, where the answer is: BackupAndRestore.tsx);
 *   - the open case changed in another tab, and what Billpath did about it.
 */
import { today } from '../../app/clock';
import { openCase, useAppStore, type SaveError, type SyncNotice } from '../../app/store';
import { app } from '../../i18n/en/app';
import { useWords } from '../../i18n/language';
import type { Words } from '../../i18n/words';
import { toCaseFile } from '../../storage/caseRecord';
import { downloadJson } from '../download';

type NoticeWords = Words['app']['notices'];

function syncWords(notice: SyncNotice, w: NoticeWords): string {
  if (notice.kind === 'refreshed') return w.refreshed;
  if (notice.kind === 'merged') return w.merged;
  return w.notFitting(notice.title, notice.lost);
}

function SaveProblem({ kind, caseId, w }: { kind: SaveError; caseId: string; w: NoticeWords }) {
  const loaded = useAppStore((state) => state.cases[caseId]);
  const open = useAppStore((state) => state.open);
  // The case as this page holds it: every step, saved or not.
  const saveBackup = () => loaded && downloadJson(`billpath-case-${today()}.json`, toCaseFile(loaded.snapshot, loaded.record.journal));
  const tryAgain = () => (open?.session.id === caseId ? open.session.retry() : openCase(caseId));
  return (
    <div className="error-banner" role="alert">
      <p>{w.saveFailed[kind]}</p>
      <div className="button-row">
        {loaded && <button type="button" onClick={saveBackup}>{w.saveBackupNow}</button>}
        <button type="button" onClick={tryAgain}>{w.tryAgain}</button>
      </div>
    </div>
  );
}

export default function Notices() {
  const saveError = useAppStore((state) => state.saveError);
  const storageNotice = useAppStore((state) => state.storageNotice);
  const syncNotice = useAppStore((state) => state.syncNotice);
  const w = useWords('app', app).notices;
  return (
    <>
      {saveError && <SaveProblem {...saveError} w={w} />}
      {storageNotice === 'unavailable' && <p className="note" role="alert">{w.storageUnavailable}</p>}
      {syncNotice && <p className="note" role="status">{syncWords(syncNotice, w)}</p>}
    </>
  );
}
