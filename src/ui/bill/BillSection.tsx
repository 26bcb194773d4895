/*
 * "Your bill": what the audit found, the itemized lines and the EOB — the
 * papers the validation phase checks. Loaded after the next step is on screen
 * (it carries the audit's words, the code explanations and the paste reader).
 */
import { useMemo } from 'react';
import { claimDecided, type BillSnapshot } from '../../../machines';
import { auditCase } from '../../domain/audit';
import { EobSection } from './EobSection';
import { FindingsList } from './FindingsList';
import { LinesSection } from './LinesSection';

export default function BillSection({ snapshot, today }: { snapshot: BillSnapshot; today: string }) {
  const context = snapshot.context;
  const decided = claimDecided(context);
  const findings = useMemo(() => auditCase(context.case, today, { claimDecided: decided }), [context.case, today, decided]);
  const canChange = snapshot.can({ type: 'ITEMIZED_BILL_RECEIVED', lines: context.case.lines });
  return (
    <section className="card bill" aria-labelledby="bill-title">
      <h2 id="bill-title">Your bill</h2>
      <FindingsList findings={findings} snapshot={snapshot} today={today} />
      <LinesSection lines={context.case.lines} today={today} canChange={canChange} />
      {context.case.coverage === 'insured' && <EobSection eob={context.case.eob} today={today} canChange={canChange} />}
    </section>
  );
}
