/*
 * "Your bill": what the audit found, the itemized lines and the EOB — the
 * papers the validation phase checks. Loaded after the next step is on screen
 * (it carries the audit's words, the code explanations and the paste reader).
 */
import { useMemo } from 'react';
import { claimDecided, type BillSnapshot } from '../../../machines/workflow';
import { detectFindings, wordFindings } from '../../domain/audit';
import { bill as billWords } from '../../i18n/en/bill';
import { findings as findingWords } from '../../i18n/en/findings';
import { useLanguageCode, useWords } from '../../i18n/language';
import { EobSection } from './EobSection';
import { FindingsList } from './FindingsList';
import { LinesSection } from './LinesSection';

export default function BillSection({ snapshot, today }: { snapshot: BillSnapshot; today: string }) {
  const context = snapshot.context;
  const w = useWords('bill', billWords);
  const words = useWords('findings', findingWords);
  const language = useLanguageCode();
  const decided = claimDecided(context);
  const audit = useMemo(() => detectFindings(context.case, today, { claimDecided: decided }), [context.case, today, decided]);
  const findings = useMemo(() => (audit ? wordFindings(audit.found, audit.bill, words) : []), [audit, words]);
  // In Spanish, each question is also given in English, to read to an English-speaking billing office.
  const english = useMemo(() => (audit && language === 'es' ? wordFindings(audit.found, audit.bill, findingWords) : undefined), [audit, language]);
  const canChange = snapshot.can({ type: 'ITEMIZED_BILL_RECEIVED', lines: context.case.lines });
  return (
    <section className="card bill" aria-labelledby="bill-title">
      <h2 id="bill-title">{w.title}</h2>
      <FindingsList findings={findings} english={english} snapshot={snapshot} today={today} />
      <LinesSection lines={context.case.lines} today={today} canChange={canChange} />
      {context.case.coverage === 'insured' && <EobSection eob={context.case.eob} today={today} canChange={canChange} />}
    </section>
  );
}
