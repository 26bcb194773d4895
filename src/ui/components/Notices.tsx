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
import { toCaseFile } from '../../storage/caseRecord';
import { downloadJson } from '../download';

const saveWords: Record<SaveError, string> = {
  full: 'This device is out of space, so Billpath could not save your last change. Your steps are still here: save a backup now, free some space, then try again. Don’t close or reload the page until it is saved.',
  failed: 'Billpath could not save your last change on this device. Your steps are still here: save a backup now, then try again. Don’t close or reload the page until it is saved.',
};

const unavailableWords = 'This browser does not let Billpath save anything (a private window, perhaps). Cases will be lost when you close the page: save a backup of each one before you do.';

function syncWords(notice: SyncNotice): string {
  if (notice.kind === 'refreshed') return 'This case was changed in another tab or window. Billpath now shows the latest.';
  if (notice.kind === 'merged') return 'This case was also changed in another tab. Billpath added your steps to the latest version; nothing was lost.';
  const { lost, title } = notice;
  return `“${title}” was changed in another tab. ${lost === 1 ? 'One step you recorded here no longer fits' : `${lost} steps you recorded here no longer fit`} the latest version and ${lost === 1 ? 'was' : 'were'} not added.`;
}

function SaveProblem({ kind, caseId }: { kind: SaveError; caseId: string }) {
  const loaded = useAppStore((state) => state.cases[caseId]);
  const open = useAppStore((state) => state.open);
  // The case as this page holds it: every step, saved or not.
  const saveBackup = () => loaded && downloadJson(`billpath-case-${today()}.json`, toCaseFile(loaded.snapshot, loaded.record.journal));
  const tryAgain = () => (open?.session.id === caseId ? open.session.retry() : openCase(caseId));
  return (
    <div className="error-banner" role="alert">
      <p>{saveWords[kind]}</p>
      <div className="button-row">
        {loaded && <button type="button" onClick={saveBackup}>Save a backup now</button>}
        <button type="button" onClick={tryAgain}>Try again</button>
      </div>
    </div>
  );
}

export default function Notices() {
  const saveError = useAppStore((state) => state.saveError);
  const storageNotice = useAppStore((state) => state.storageNotice);
  const syncNotice = useAppStore((state) => state.syncNotice);
  return (
    <>
      {saveError && <SaveProblem {...saveError} />}
      {storageNotice === 'unavailable' && <p className="note" role="alert">{unavailableWords}</p>}
      {syncNotice && <p className="note" role="status">{syncWords(syncNotice)}</p>}
    </>
  );
}
