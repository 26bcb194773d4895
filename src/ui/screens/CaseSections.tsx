/*
 * The sections below the next step, in the order a person needs them: the
 * outcome (once closed), the deadlines, the bill, the letters and the tools
 * for negotiating. One module, loaded a frame after the next step is on screen.
 */
import { phaseOf, type BillSnapshot, type RecommendationId } from '../../../machines/workflow';
import type { JournalEntry } from '../../domain/caseFile';
import BillSection from '../bill/BillSection';
import OutcomeSummary from '../closure/OutcomeSummary';
import DeadlinesSection from '../deadlines/DeadlinesSection';
import LettersSection from '../letters/LettersSection';
import NegotiationTools from '../negotiation/NegotiationTools';

type Props = { snapshot: BillSnapshot; journal: JournalEntry[]; today: string; step: RecommendationId };

export default function CaseSections({ snapshot, journal, today, step }: Props) {
  return (
    <>
      {phaseOf(snapshot.value) === 'closure' && <OutcomeSummary billCase={snapshot.context.case} journal={journal} />}
      <DeadlinesSection context={snapshot.context} journal={journal} today={today} />
      <BillSection snapshot={snapshot} today={today} />
      <LettersSection snapshot={snapshot} journal={journal} today={today} step={step} />
      <NegotiationTools snapshot={snapshot} today={today} />
    </>
  );
}
