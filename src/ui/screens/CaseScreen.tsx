/*
 * One bill: the next step on top, the journey map, forms for whatever happened,
 * and the history. Everything shown is read from the open case's machine
 * snapshot (through @xstate/react's useSelector) and its journal.
 */
import { useSelector } from '@xstate/react';
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { amountAgreed, amountLeftToPay, currentBalance, nextAction, phaseOf, type BillContext } from '../../../machines';
import { today } from '../../app/clock';
import { showCaseList, type OpenCase } from '../../app/store';
import { formatCents } from '../../domain/money';
import { NextStepCard } from '../components/NextStepCard';

// Beside and below the next step: loaded once it is on screen. One "Loading" message says so
// (a screen reader would otherwise hear one per section each time a case opens).
const History = lazy(() => import('../components/History'));
const RecordFacts = lazy(() => import('../components/RecordFacts'));
const JourneyMap = lazy(() => import('../components/JourneyMap'));
const BillSection = lazy(() => import('../bill/BillSection'));
const LettersSection = lazy(() => import('../letters/LettersSection'));
const NegotiationTools = lazy(() => import('../negotiation/NegotiationTools'));
const DeadlinesSection = lazy(() => import('../deadlines/DeadlinesSection'));
const OutcomeSummary = lazy(() => import('../closure/OutcomeSummary'));
const KeepACopy = lazy(() => import('../closure/KeepACopy'));
const GlossaryList = lazy(() => import('../glossary/GlossaryList'));

/**
 * False for the first paint, true a frame later: the parts below the next step (and their code) come
 * after it is on screen, rendered as a transition, so React yields between them and a tap on the
 * step is never kept waiting by a long task.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setPainted(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}

export function CaseScreen({ open }: { open: OpenCase }) {
  const actor = open.session.actor;
  const snapshot = useSelector(actor, (s) => s);
  const on = today();
  const recommendation = nextAction(snapshot, on);
  const billCase = snapshot.context.case;
  const rest = useAfterFirstPaint();
  const title = billCase.title || 'Untitled bill';

  useEffect(() => {
    document.title = `${title} — Billpath`;
    return () => {
      document.title = 'Billpath — one medical bill, step by step';
    };
  }, [title]);

  return (
    <div className="case-screen">
      <nav aria-label="Bills">
        <button type="button" className="link" onClick={showCaseList}>← All my bills</button>
      </nav>
      <header className="case-header">
        <h1>{title}</h1>
        <p>
          {billCase.provider.name || 'Provider not named yet'} · <MoneyLine context={snapshot.context} />
          {billCase.accountNumber ? ` · Account ${billCase.accountNumber}` : ''}
        </p>
      </header>
      {open.rebuiltFromJournal && (
        <p className="note" role="status">Billpath was updated, so this case was rebuilt from its history. Nothing was lost.</p>
      )}
      <NextStepCard key={recommendation.id + recommendation.title} recommendation={recommendation} context={snapshot.context} today={on} />
      {rest && (
        <Suspense fallback={null}>
          {phaseOf(snapshot.value) === 'closure' && <OutcomeSummary billCase={billCase} journal={open.journal} />}
          <DeadlinesSection context={snapshot.context} journal={open.journal} today={on} />
        </Suspense>
      )}
      {rest && (
        <Suspense fallback={<p role="status">Loading your bill…</p>}>
          <BillSection snapshot={snapshot} today={on} />
          <LettersSection snapshot={snapshot} journal={open.journal} today={on} step={recommendation.id} />
          <NegotiationTools snapshot={snapshot} today={on} />
        </Suspense>
      )}
      {rest && <div className="case-columns">
        <Suspense fallback={null}>
          <JourneyMap value={snapshot.value} billCase={billCase} journal={open.journal} />
        </Suspense>
        <div>
          <Suspense fallback={null}>
            <RecordFacts snapshot={snapshot} today={on} />
          </Suspense>
          <Suspense fallback={null}>
            <KeepACopy snapshot={snapshot} journal={open.journal} today={on} />
          </Suspense>
          <Suspense fallback={null}>
            <History journal={open.journal} />
          </Suspense>
          <Suspense fallback={null}>
            <GlossaryList />
          </Suspense>
        </div>
      </div>}
    </div>
  );
}

/** What the person owes in one phrase: the balance, or once something is agreed, what is left of it. */
function MoneyLine({ context }: { context: BillContext }) {
  const agreed = amountAgreed(context);
  if (agreed === undefined) return <>Balance now <strong>{formatCents(currentBalance(context))}</strong></>;
  const left = amountLeftToPay(context);
  return left === 0
    ? <>Agreed {formatCents(agreed)} · <strong>nothing left to pay</strong></>
    : <>Agreed {formatCents(agreed)} · left to pay <strong>{formatCents(left)}</strong></>;
}
