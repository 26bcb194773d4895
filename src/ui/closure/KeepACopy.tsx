/*
 * "Keep a copy": the case and its whole history saved as a file (the backup
 * format), or printed as the case file with every letter and call.
 */
import type { BillSnapshot } from '../../../machines/workflow';
import type { JournalEntry } from '../../domain/caseFile';
import { closure } from '../../i18n/en/closure';
import { useWords } from '../../i18n/language';
import { toCaseFile } from '../../storage/caseRecord';
import { MayBeCleared } from '../components/MayBeCleared';
import { downloadJson } from '../download';
import CaseFilePrint from './CaseFilePrint';

type Props = { snapshot: BillSnapshot; journal: JournalEntry[]; today: string };

export default function KeepACopy({ snapshot, journal, today }: Props) {
  const w = useWords('closure', closure).keepACopy;
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{w.title}</h2>
      <p>{w.intro}</p>
      <MayBeCleared />
      <div className="button-row">
        <button type="button" onClick={() => downloadJson(`billpath-case-${today}.json`, toCaseFile(snapshot, journal))}>
          {w.saveBackup}
        </button>
        <CaseFilePrint billCase={snapshot.context.case} journal={journal} today={today} />
      </div>
    </section>
  );
}
