/*
 * The escalation ladder as a visible track: who to ask for next when the
 * person on the phone can't help (the playbook's order), where the person is
 * on it, and a button to record reaching the next one up.
 */
import type { BillSnapshot } from '../../../machines';
import { escalationLadder, TOP_ESCALATION_LEVEL } from '../../domain/escalation';
import { common } from '../../i18n/en/common';
import { useRecordEvent } from '../useRecordEvent';

export function EscalationLadder({ snapshot, today }: { snapshot: BillSnapshot; today: string }) {
  const record = useRecordEvent();
  const level = snapshot.context.escalationLevel;
  const next = level < TOP_ESCALATION_LEVEL ? escalationLadder[level + 1] : undefined;
  const escalated = next && { type: 'ESCALATED' as const, level: next, at: today };
  return (
    <section aria-labelledby="ladder-title">
      <h3 id="ladder-title">Who to ask for next</h3>
      <p>If the person you reach can't help, ask politely for the next one up. Note each name.</p>
      <ol className="ladder">
        {escalationLadder.map((step, index) => (
          <li key={step} aria-current={index === level ? 'step' : undefined} className={index < level ? 'done' : index === level ? 'current' : undefined}>
            {common.escalation[step].name}{index === level ? ' (where you are now)' : index < level ? ' (done)' : ''}
          </li>
        ))}
      </ol>
      {escalated && snapshot.can(escalated) && (
        <div className="button-row">
          <button type="button" onClick={() => record(escalated)}>I reached {common.escalation[next].who}</button>
        </div>
      )}
    </section>
  );
}
