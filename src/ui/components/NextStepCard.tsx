/*
 * The next recommended action, on top of the case: what to do, why, how (the
 * words to say or the letter to send), by when, and buttons that record that
 * it was done. Moving on without waiting asks first, in one sentence, why
 * waiting is better. Steps that need an amount or a date open their form here.
 */
import { useState } from 'react';
import type { BillContext, Recommendation, RecommendedAction } from '../../../machines';
import { daysBetween, formatLongDate } from '../../domain/dates';
import { LazyEventForm } from '../forms/LazyEventForm';
import { NEXT_STEP_HEADING_ID, useRecordEvent } from '../useRecordEvent';

type Props = { recommendation: Recommendation; context: BillContext; today: string };

export function NextStepCard({ recommendation, context, today }: Props) {
  const record = useRecordEvent();
  const [chosen, setChosen] = useState<RecommendedAction | undefined>();
  const [problem, setProblem] = useState('');
  const { title, why, how, due, actions } = recommendation;

  function choose(action: RecommendedAction) {
    setProblem('');
    if (action.event && !action.warning) {
      setProblem(record(action.event) ?? '');
      return;
    }
    setChosen(action);
  }

  return (
    <section className="next-step" aria-labelledby={NEXT_STEP_HEADING_ID} data-step={recommendation.id}>
      <p className="eyebrow">Your next step</p>
      <h2 id={NEXT_STEP_HEADING_ID} tabIndex={-1}>{title}</h2>
      {due && <DueLine due={due} today={today} />}
      <h3>Why</h3>
      <p>{why}</p>
      <h3>How</h3>
      <p className="script">{how}</p>
      {chosen?.form ? (
        <LazyEventForm
          form={chosen.form}
          context={context}
          today={today}
          onEvent={(event) => {
            const message = record(event);
            if (!message) setChosen(undefined);
            return message;
          }}
          onCancel={() => setChosen(undefined)}
        />
      ) : chosen?.warning ? (
        <div className="confirm" role="group" aria-labelledby="wait-warning">
          <p id="wait-warning" className="warning" tabIndex={-1} ref={(element) => element?.focus()}>{chosen.warning}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => { setChosen(undefined); setProblem(record(chosen.event!) ?? ''); }}>
              Go on anyway
            </button>
            <button type="button" onClick={() => setChosen(undefined)}>I'll wait</button>
          </div>
        </div>
      ) : (
        actions.length > 0 && (
          <div className="button-row" role="group" aria-label="Record what happened">
            {actions.map((action, index) => (
              <button key={action.label} type="button" className={index === 0 ? 'primary' : undefined} onClick={() => choose(action)}>
                {action.label}
              </button>
            ))}
          </div>
        )
      )}
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </section>
  );
}

function DueLine({ due, today }: { due: string; today: string }) {
  const days = daysBetween(today, due);
  const when = days < 0 ? `${-days} days ago` : days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return (
    <p className={days < 0 ? 'due overdue' : 'due'}>
      <strong>{days < 0 ? 'Was due: ' : 'Do this by: '}</strong>
      <time dateTime={due}>{formatLongDate(due)}</time> ({when})
    </p>
  );
}
