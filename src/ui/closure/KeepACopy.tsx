/*
 * "Keep a copy": the case and its whole history saved as a file (the backup
 * format), or printed as the case file with every letter and call.
 */
import type { BillSnapshot } from '../../../machines';
import type { JournalEntry } from '../../domain/caseFile';
import { toCaseFile } from '../../storage/caseRecord';
import { MayBeCleared } from '../components/MayBeCleared';
import { downloadJson } from '../download';
import CaseFilePrint from './CaseFilePrint';

type Props = { snapshot: BillSnapshot; journal: JournalEntry[]; today: string };

export default function KeepACopy({ snapshot, journal, today }: Props) {
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Keep a copy</h2>
      <p>Save this case and its whole history as a file on your device, or print it with every letter and call. Nothing is sent anywhere.</p>
      <MayBeCleared />
      <div className="button-row">
        <button type="button" onClick={() => downloadJson(`billpath-case-${today}.json`, toCaseFile(snapshot, journal))}>
          Save a backup of this case
        </button>
        <CaseFilePrint billCase={snapshot.context.case} journal={journal} today={today} />
      </div>
    </section>
  );
}
