/*
 * The next recommended action, on top of the case: what to do, why, how (the
 * words to say or the letter to send), by when, and buttons that record that
 * it was done. Moving on without waiting asks first, in one sentence, why
 * waiting is better. Steps that need an amount or a date open their form here.
 * Other steps open at the same time (parallel tracks) are listed below it,
 * folded, so none is out of reach. The step's words come in the chosen
 * language (src/i18n/<language>/steps.ts); the card's own, from caseScreen.ts.
 */
import { lazy, Suspense, useState } from 'react';
import type { BillContext, Recommendation, RecommendedAction } from '../../../machines/workflow';
import { daysBetween, formatLongDate } from '../../domain/dates';
import { caseScreen } from '../../i18n/en/caseScreen';
import { useLanguageCode, useWords } from '../../i18n/language';
import { focusWhenShown } from '../announcer';
import { LazyEventForm } from '../forms/LazyEventForm';
import { Explained } from '../glossary/Explained';
import { NEXT_STEP_HEADING_ID, useRecordEvent } from '../useRecordEvent';

const CallScript = lazy(() => import('../scripts/CallScript'));

/**
 * Which step this is, in any language: its id, what its buttons record and its date. A new step gets a
 * fresh card (a half-filled form is not carried over to it); the same step in another language keeps its card.
 */
export function stepKey(step: Recommendation): string {
  const records = step.actions.map((action) => action.form ?? (action.events ?? [action.event]).map((event) => event?.type).join('+'));
  return [step.id, step.due ?? '', ...records].join(':');
}

type Props = { recommendation: Recommendation; context: BillContext; today: string };

export function NextStepCard({ recommendation, context, today }: Props) {
  const w = useWords('caseScreen', caseScreen).nextStep;
  const language = useLanguageCode();
  const others = recommendation.alsoNow ?? [];
  return (
    <section className="next-step" aria-labelledby={NEXT_STEP_HEADING_ID} data-step={recommendation.id}>
      <p className="eyebrow">{w.eyebrow}</p>
      <h2 id={NEXT_STEP_HEADING_ID} tabIndex={-1}>{recommendation.title}</h2>
      <StepBody recommendation={recommendation} context={context} today={today} headingLevel={3} />
      {others.length > 0 && (
        <div className="also-now">
          <h3>{w.alsoOpen}</h3>
          {others.map((other) => (
            <details key={stepKey(other)} data-step={other.id}>
              <summary>
                {other.title}
                {other.due && <span className="muted">{w.by(formatLongDate(other.due, language))}</span>}
              </summary>
              <StepBody recommendation={other} context={context} today={today} headingLevel={4} />
            </details>
          ))}
        </div>
      )}
    </section>
  );
}

type BodyProps = Props & { headingLevel: 3 | 4 };

function StepBody({ recommendation, context, today, headingLevel }: BodyProps) {
  const w = useWords('caseScreen', caseScreen).nextStep;
  const record = useRecordEvent();
  const [chosen, setChosen] = useState<RecommendedAction | undefined>();
  const [problem, setProblem] = useState('');
  const { why, how, due, actions } = recommendation;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  function choose(action: RecommendedAction) {
    setProblem('');
    const events = action.events ?? action.event;
    if (events && !action.warning) setProblem(record(events) ?? '');
    else setChosen(action);
  }

  return (
    <>
      {due && <DueLine due={due} today={today} />}
      <Heading>{w.why}</Heading>
      <Explained text={why} names={namesIn(context)} />
      <Heading>{w.how}</Heading>
      <Explained className="script" text={how} names={namesIn(context)} />
      <Suspense fallback={null}>
        <CallScript step={recommendation.id} account={context.case.accountNumber} headingLevel={headingLevel} />
      </Suspense>
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
        <div className="confirm" role="group" aria-label={w.areYouSure}>
          <p className="warning" tabIndex={-1} ref={focusWhenShown}>{chosen.warning}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => { setChosen(undefined); setProblem(record((chosen.events ?? chosen.event)!) ?? ''); }}>
              {w.goOn}
            </button>
            <button type="button" onClick={() => setChosen(undefined)}>{w.wait}</button>
          </div>
        </div>
      ) : (
        actions.length > 0 && (
          <div className="button-row" role="group" aria-label={w.recordWhat}>
            {actions.map((action, index) => (
              <button key={action.label} type="button" className={index === 0 && headingLevel === 3 ? 'primary' : undefined} onClick={() => choose(action)}>
                {action.label}
              </button>
            ))}
          </div>
        )
      )}
      {problem && <p className="field-error" role="alert">{problem}</p>}
    </>
  );
}

/** What the person typed that may show up in a step's words. */
const namesIn = (context: BillContext) => [context.case.provider.name, context.collector?.agency ?? ''];

function DueLine({ due, today }: { due: string; today: string }) {
  const w = useWords('caseScreen', caseScreen).nextStep;
  const language = useLanguageCode();
  const days = daysBetween(today, due);
  return (
    <p className={days < 0 ? 'due overdue' : 'due'}>
      <strong>{days < 0 ? w.wasDue : w.doBy}</strong>
      <time dateTime={due}>{formatLongDate(due, language)}</time> ({w.when(days)})
    </p>
  );
}
