/*
 * The case below its sections, in two columns: the journey map beside the
 * visit the bill belongs to, the facts panel, "Keep a copy", the history
 * and the billing words. One module,
 * loaded a frame after the next step is on screen.
 */
import type { BillSnapshot } from '../../../machines/workflow';
import type { JournalEntry } from '../../domain/caseFile';
import KeepACopy from '../closure/KeepACopy';
import History from '../components/History';
import JourneyMap from '../components/JourneyMap';
import RecordFacts from '../components/RecordFacts';
import { EpisodeOnCase } from '../episodes/EpisodeOnCase';
import GlossaryList from '../glossary/GlossaryList';

type Props = { snapshot: BillSnapshot; journal: JournalEntry[]; today: string };

export default function CaseColumns({ snapshot, journal, today }: Props) {
  return (
    <div className="case-columns">
      <JourneyMap value={snapshot.value} billCase={snapshot.context.case} journal={journal} />
      <div>
        <EpisodeOnCase caseId={snapshot.context.case.id} />
        <RecordFacts snapshot={snapshot} today={today} />
        <KeepACopy snapshot={snapshot} journal={journal} today={today} />
        <History journal={journal} />
        <GlossaryList />
      </div>
    </div>
  );
}
