/*
 * The escalation ladder as a visible track: who to ask for next when the
 * person on the phone can't help (the playbook's order).
 */
import { escalationLadder } from '../../domain/escalation';

export function EscalationLadder({ level }: { level: number }) {
  return (
    <section aria-labelledby="ladder-title">
      <h3 id="ladder-title">Who to ask for next</h3>
      <p>If the person you reach can't help, ask politely for the next one up. Note each name.</p>
      <ol className="ladder">
        {escalationLadder.map((step, index) => (
          <li key={step.id} aria-current={index === level ? 'step' : undefined} className={index < level ? 'done' : index === level ? 'current' : undefined}>
            {step.label}{index === level ? ' (where you are now)' : index < level ? ' (done)' : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
