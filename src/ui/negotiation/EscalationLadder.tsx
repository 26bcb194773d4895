/*
 * The escalation ladder as a visible track: who to ask for next when the
 * person on the phone can't help (the playbook's order), where the person is
 * on it, and a button to record reaching the next one up.
 */
import type { BillSnapshot } from '../../../machines';
import { escalationLadder, TOP_ESCALATION_LEVEL } from '../../domain/escalation';

/** A rung as a label: "a supervisor" → "Supervisor". */
const rungLabel = (rung: { who: string }): string => rung.who.replace(/^(a|the) /, '').replace(/^./, (first) => first.toUpperCase());
import { useRecordEvent } from '../useRecordEvent';

export function EscalationLadder({ snapshot, today }: { snapshot: BillSnapshot; today: string }) {
  const record = useRecordEvent();
  const level = snapshot.context.escalationLevel;
  const next = level < TOP_ESCALATION_LEVEL ? escalationLadder[level + 1] : undefined;
  const escalated = next && { type: 'ESCALATED' as const, level: next.id, at: today };
  return (
    <section aria-labelledby="ladder-title">
      <h3 id="ladder-title">Who to ask for next</h3>
      <p>If the person you reach can't help, ask politely for the next one up. Note each name.</p>
      <ol className="ladder">
        {escalationLadder.map((step, index) => (
          <li key={step.id} aria-current={index === level ? 'step' : undefined} className={index < level ? 'done' : index === level ? 'current' : undefined}>
            {rungLabel(step)}{index === level ? ' (where you are now)' : index < level ? ' (done)' : ''}
          </li>
        ))}
      </ol>
      {escalated && snapshot.can(escalated) && (
        <div className="button-row">
          <button type="button" onClick={() => record(escalated)}>I reached {next.who}</button>
        </div>
      )}
    </section>
  );
}
