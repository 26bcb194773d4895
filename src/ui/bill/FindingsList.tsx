/*
 * What the audit found, each with its amount, why it matters, the question to
 * ask, and where the person stands on it: dispute it, record that it was
 * corrected (and how much came off), or mark it as right. Buttons appear only
 * when the machine accepts that answer at this step.
 */
import { useState } from 'react';
import type { BillContext, BillSnapshot } from '../../../machines';
import { currentBalance } from '../../../machines';
import { isBillingProblem, type Finding } from '../../domain/audit';
import { amountInQuestion } from '../../domain/audit/amountInQuestion';
import { formatLongDate } from '../../domain/dates';
import type { BillEvent } from '../../domain/events';
import { formatCents } from '../../domain/money';
import { FieldsForm } from '../forms/FieldsForm';
import TermParagraph from '../glossary/TermParagraph';
import { dollars } from '../forms/values';
import { useRecordEvent } from '../useRecordEvent';

type Props = { findings: Finding[]; snapshot: BillSnapshot; today: string };

export function FindingsList({ findings, snapshot, today }: Props) {
  const context = snapshot.context;
  const problems = findings.filter(isBillingProblem);
  const help = findings.filter((finding) => !isBillingProblem(finding));
  const open = problems.filter((finding) => !isSettled(context, finding));
  const inQuestion = amountInQuestion(open, context.case.lines, currentBalance(context));
  const count = `${problems.length} ${problems.length === 1 ? 'finding' : 'findings'}`;
  return (
    <section aria-labelledby="findings-title">
      <h3 id="findings-title">What Billpath found{problems.length ? `: ${count}${open.length < problems.length ? `, ${open.length} still open` : ''}` : ''}</h3>
      {problems.length === 0 ? (
        <p>{context.case.lines.length || context.case.eob ? 'No problems found by the checks. Look over the lines yourself too.' : 'Enter the itemized lines and the EOB below, and Billpath will check them.'}</p>
      ) : (
        <>
          <p>
            {open.length ? <>Up to <strong>{formatCents(inQuestion)}</strong> of what the bill asks is still in question (no charge counted twice). </> : 'Every finding is answered. '}
            These are questions for the billing office, not proof of an error.
          </p>
          <ol className="findings">
            {problems.map((finding) => <FindingItem key={finding.id} finding={finding} all={problems} snapshot={snapshot} today={today} />)}
          </ol>
        </>
      )}
      {help.map((finding) => (
        <div key={finding.id} className="note">
          <h4>{finding.title}</h4>
          <FindingWords finding={finding} provider={context.case.provider.name} />
        </div>
      ))}
    </section>
  );
}

/** What a finding means and the question to ask about it, its billing words explained (not the provider's name). */
function FindingWords({ finding, provider }: { finding: Finding; provider: string }) {
  const names = [provider];
  return (
    <>
      <TermParagraph text={finding.explanation} names={names} />
      <TermParagraph className="script" lead={<span className="visually-hidden">What to ask: </span>} quoted text={finding.ask} names={names} />
    </>
  );
}

function statusOf(context: BillContext, finding: Finding): string | undefined {
  const mark = context.findings[finding.id];
  if (!mark) return undefined;
  const on = mark.at ? ` on ${formatLongDate(mark.at.slice(0, 10))}` : '';
  if (mark.status === 'disputed') return `Disputed${on}: waiting for their answer.`;
  if (mark.status === 'corrected') return `Corrected${on}${mark.adjustment ? `: ${formatCents(mark.adjustment)} off the bill` : ''}.`;
  return `Marked as right${on}.`;
}

const isSettled = (context: BillContext, finding: Finding) => ['corrected', 'upheld'].includes(context.findings[finding.id]?.status ?? '');

/** What a correction of `finding` can still take off: the part no earlier correction already covered. */
function uncorrected(finding: Finding, all: Finding[], context: BillContext): number {
  const corrected = all.filter((other) => other !== finding && context.findings[other.id]?.status === 'corrected');
  const balance = context.case.statementBalance;
  const covered = amountInQuestion(corrected, context.case.lines, balance);
  return Math.min(currentBalance(context), amountInQuestion([...corrected, finding], context.case.lines, balance) - covered);
}

type ItemProps = { finding: Finding; all: Finding[]; snapshot: BillSnapshot; today: string };

function FindingItem({ finding, all, snapshot, today }: ItemProps) {
  const record = useRecordEvent();
  const [correcting, setCorrecting] = useState(false);
  const [problem, setProblem] = useState('');
  const context = snapshot.context;
  const status = statusOf(context, finding);
  const dispute: BillEvent = { type: 'FINDING_DISPUTED', findingId: finding.id, at: today };
  const upheld: BillEvent = { type: 'FINDING_RESOLVED', findingId: finding.id, outcome: 'upheld', at: today };
  const canAnswer = snapshot.can(upheld);
  const mark = context.findings[finding.id]?.status;
  const headingId = `finding-${finding.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;

  return (
    <li className="finding" aria-labelledby={headingId}>
      <h4 id={headingId}>{finding.title}</h4>
      <p className="finding-amount">{finding.amount > 0 ? <>At stake: <strong>{formatCents(finding.amount)}</strong></> : 'Amount at stake not known yet'}</p>
      <FindingWords finding={finding} provider={context.case.provider.name} />
      {status && <p className="finding-status" role="note">{status}</p>}
      {correcting ? (
        <FieldsForm
          spec={{
            id: 'finding-corrected', title: 'What they corrected', submitLabel: 'Save the correction',
            fields: [{ name: 'adjustment', label: 'Amount taken off your bill', hint: 'In dollars, as the corrected bill shows it.', kind: 'money' }],
            initial: { adjustment: dollars(uncorrected(finding, all, context)) },
          }}
          onValues={(values) => {
            const message = record({ ...upheld, outcome: 'corrected', adjustment: Number(values.adjustment) }, 'Correction saved.');
            if (!message) setCorrecting(false);
            return message;
          }}
          onCancel={() => setCorrecting(false)}
        />
      ) : canAnswer && (
        <div className="button-row" role="group" aria-label={`Answer: ${finding.title}`}>
          {mark !== 'disputed' && snapshot.can(dispute) && <button type="button" onClick={() => setProblem(record(dispute, 'Marked as disputed.') ?? '')}>Dispute it</button>}
          <button type="button" onClick={() => setCorrecting(true)}>They corrected it</button>
          {mark !== 'upheld' && <button type="button" onClick={() => setProblem(record(upheld, 'Marked as right.') ?? '')}>It’s right</button>}
        </div>
      )}
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </li>
  );
}
