/*
 * The escalation ladder as a visible track: who to ask for next when the
 * person on the phone can't help (the playbook's order), where the person is
 * on it, and a button to record reaching the next one up.
 */
import type { BillSnapshot } from '../../../machines/workflow';
import { escalationLadder, TOP_ESCALATION_LEVEL } from '../../domain/escalation';
import { common as englishCommon } from '../../i18n/en/common';
import { negotiation } from '../../i18n/en/negotiation';
import { useWords } from '../../i18n/language';
import { useRecordEvent } from '../useRecordEvent';

export function EscalationLadder({ snapshot, today }: { snapshot: BillSnapshot; today: string }) {
  const record = useRecordEvent();
  const { escalation } = useWords('common', englishCommon);
  const w = useWords('negotiation', negotiation).ladder;
  const level = snapshot.context.escalationLevel;
  const next = level < TOP_ESCALATION_LEVEL ? escalationLadder[level + 1] : undefined;
  const escalated = next && { type: 'ESCALATED' as const, level: next, at: today };
  return (
    <section aria-labelledby="ladder-title">
      <h3 id="ladder-title">{w.title}</h3>
      <p>{w.intro}</p>
      <ol className="ladder">
        {escalationLadder.map((step, index) => (
          <li key={step} aria-current={index === level ? 'step' : undefined} className={index < level ? 'done' : index === level ? 'current' : undefined}>
            {escalation[step].name}{index === level ? w.here : index < level ? w.done : ''}
          </li>
        ))}
      </ol>
      {escalated && snapshot.can(escalated) && (
        <div className="button-row">
          <button type="button" onClick={() => record(escalated)}>{w.reached(escalation[next].who)}</button>
        </div>
      )}
    </section>
  );
}
