/*
 * What the audit found, each with its amount, why it matters, the question to
 * ask, and where the person stands on it: dispute it, record that it was
 * corrected (and how much came off), or mark it as right. Buttons appear only
 * when the machine accepts that answer at this step. In Spanish, each question
 * is also given in English, to read to the billing office.
 */
import { useState, type ReactNode } from 'react';
import type { BillContext, BillSnapshot } from '../../../machines/workflow';
import { currentBalance } from '../../../machines/workflow';
import { isBillingProblem, type Finding } from '../../domain/audit';
import { amountInQuestion } from '../../domain/audit/amountInQuestion';
import type { BillEvent } from '../../domain/events';
import { formatCents } from '../../domain/money';
import { findings as findingWords } from '../../i18n/en/findings';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import type { Words } from '../../i18n/words';
import { FieldsForm } from '../forms/FieldsForm';
import TermParagraph from '../glossary/TermParagraph';
import { dollars } from '../forms/values';
import { useRecordEvent } from '../useRecordEvent';

type Props = { findings: Finding[]; english?: Finding[]; snapshot: BillSnapshot; today: string };

export function FindingsList({ findings, english, snapshot, today }: Props) {
  const w = useWords('findings', findingWords);
  const context = snapshot.context;
  const problems = findings.filter(isBillingProblem);
  const help = findings.filter((finding) => !isBillingProblem(finding));
  const open = problems.filter((finding) => !isSettled(context, finding));
  const inQuestion = amountInQuestion(open, context.case.lines, currentBalance(context));
  const englishAsk = new Map(english?.map((finding) => [finding.id, finding.ask]));
  const wordsOf = (finding: Finding) => <FindingWords finding={finding} englishAsk={englishAsk.get(finding.id)} provider={context.case.provider.name} />;
  return (
    <section aria-labelledby="findings-title">
      <h3 id="findings-title">{w.heading(problems.length, open.length)}</h3>
      {problems.length === 0 ? (
        <p>{context.case.lines.length || context.case.eob ? w.noProblems : w.nothingToCheck}</p>
      ) : (
        <>
          <p>
            {open.length ? <>{w.upTo}<strong>{formatCents(inQuestion)}</strong>{w.stillInQuestion}</> : w.allAnswered}
            {w.notProof}
          </p>
          <ol className="findings">
            {problems.map((finding) => <FindingItem key={finding.id} finding={finding} all={problems} snapshot={snapshot} today={today}>{wordsOf(finding)}</FindingItem>)}
          </ol>
        </>
      )}
      {help.map((finding) => (
        <div key={finding.id} className="note">
          <h4>{finding.title}</h4>
          {wordsOf(finding)}
        </div>
      ))}
    </section>
  );
}

/** What a finding means and the question to ask about it, its billing words explained (not the provider's name). */
function FindingWords({ finding, englishAsk, provider }: { finding: Finding; englishAsk: string | undefined; provider: string }) {
  const w = useWords('findings', findingWords);
  const names = [provider];
  return (
    <>
      <TermParagraph text={finding.explanation} names={names} />
      <TermParagraph className="script" lead={<span className="visually-hidden">{w.whatToAsk}</span>} quoted text={finding.ask} names={names} />
      {englishAsk && (
        <details className="in-english">
          <summary>{w.askInEnglish}</summary>
          <p className="script" lang="en">“{englishAsk}”</p>
        </details>
      )}
    </>
  );
}

function statusOf(context: BillContext, finding: Finding, w: Words['findings']): string | undefined {
  const mark = context.findings[finding.id];
  if (!mark) return undefined;
  const at = mark.at?.slice(0, 10);
  if (mark.status === 'disputed') return w.disputed(at);
  if (mark.status === 'corrected') return w.corrected(at, mark.adjustment);
  return w.markedRight(at);
}

const isSettled = (context: BillContext, finding: Finding) => ['corrected', 'upheld'].includes(context.findings[finding.id]?.status ?? '');

/** What a correction of `finding` can still take off: the part no earlier correction already covered. */
function uncorrected(finding: Finding, all: Finding[], context: BillContext): number {
  const corrected = all.filter((other) => other !== finding && context.findings[other.id]?.status === 'corrected');
  const balance = context.case.statementBalance;
  const covered = amountInQuestion(corrected, context.case.lines, balance);
  return Math.min(currentBalance(context), amountInQuestion([...corrected, finding], context.case.lines, balance) - covered);
}

type ItemProps = { finding: Finding; all: Finding[]; snapshot: BillSnapshot; today: string; children: ReactNode };

function FindingItem({ finding, all, snapshot, today, children }: ItemProps) {
  const w = useWords('findings', findingWords);
  const record = useRecordEvent();
  const [correcting, setCorrecting] = useState(false);
  const [problem, setProblem] = useState('');
  useOnLanguageChange(() => setProblem(''));
  const context = snapshot.context;
  const status = statusOf(context, finding, w);
  const dispute: BillEvent = { type: 'FINDING_DISPUTED', findingId: finding.id, at: today };
  const upheld: BillEvent = { type: 'FINDING_RESOLVED', findingId: finding.id, outcome: 'upheld', at: today };
  const canAnswer = snapshot.can(upheld);
  const mark = context.findings[finding.id]?.status;
  const headingId = `finding-${finding.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;

  return (
    <li className="finding" aria-labelledby={headingId}>
      <h4 id={headingId}>{finding.title}</h4>
      <p className="finding-amount">{finding.amount > 0 ? <>{w.atStake}<strong>{formatCents(finding.amount)}</strong></> : w.amountNotKnown}</p>
      {children}
      {status && <p className="finding-status" role="note">{status}</p>}
      {correcting ? (
        <FieldsForm
          spec={{
            id: 'finding-corrected', title: w.correction.title, submitLabel: w.correction.submit,
            fields: [{ name: 'adjustment', label: w.correction.amount, hint: w.correction.hint, kind: 'money' }],
            initial: { adjustment: dollars(uncorrected(finding, all, context)) },
          }}
          onValues={(values) => {
            const message = record({ ...upheld, outcome: 'corrected', adjustment: Number(values.adjustment) }, w.saidCorrected);
            if (!message) setCorrecting(false);
            return message;
          }}
          onCancel={() => setCorrecting(false)}
        />
      ) : canAnswer && (
        <div className="button-row" role="group" aria-label={w.answer(finding.title)}>
          {mark !== 'disputed' && snapshot.can(dispute) && <button type="button" onClick={() => setProblem(record(dispute, w.saidDisputed) ?? '')}>{w.dispute}</button>}
          <button type="button" onClick={() => setCorrecting(true)}>{w.theyCorrected}</button>
          {mark !== 'upheld' && <button type="button" onClick={() => setProblem(record(upheld, w.saidRight) ?? '')}>{w.itsRight}</button>}
        </div>
      )}
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </li>
  );
}
