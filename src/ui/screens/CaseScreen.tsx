/*
 * One bill: the next step on top; below it, a frame later, its sections (CaseSections.tsx) and
 * columns (CaseColumns.tsx): the journey map, forms for whatever happened,
 * and the history. Everything shown is read from the open case's machine
 * snapshot (through @xstate/react's useSelector) and its journal. Words in
 * the chosen language (src/i18n/<language>/caseScreen.ts).
 */
import { useSelector } from '@xstate/react';
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { amountAgreed, amountLeftToPay, currentBalance, recommend, type BillContext } from '../../../machines/workflow';
import { today } from '../../app/clock';
import { showCaseList, useAppStore, type OpenCase } from '../../app/store';
import { formatCents } from '../../domain/money';
import { caseScreen } from '../../i18n/en/caseScreen';
import { useStepWords, useWords } from '../../i18n/language';
import { NextStepCard, stepKey } from '../components/NextStepCard';

// Below the next step: loaded once it is on screen. One "Loading" message says so (a screen reader
// would otherwise hear one per section each time a case opens).
const CaseSections = lazy(() => import('./CaseSections'));
// The journey map, the facts panel, Keep a copy, the history and the billing words, in one module.
const CaseColumns = lazy(() => import('./CaseColumns'));

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
  const recommendation = recommend(snapshot, on, useStepWords());
  const w = useWords('caseScreen', caseScreen);
  const billCase = snapshot.context.case;
  const rest = useAfterFirstPaint();
  // Opened from a visit: back goes to the visit.
  const fromVisit = useAppStore((state) => Boolean(state.openEpisode && state.episodes[state.openEpisode]));
  const title = billCase.title || w.untitled;
  const { pageTitle, appTitle } = w;

  useEffect(() => {
    document.title = pageTitle(title);
    return () => {
      document.title = appTitle;
    };
  }, [title, pageTitle, appTitle]);

  return (
    <div className="case-screen">
      <nav aria-label={w.billsNav}>
        <button type="button" className="link" onClick={showCaseList}>{fromVisit ? w.backToVisit : w.allBills}</button>
      </nav>
      <header className="case-header">
        <h1>{title}</h1>
        <p>
          {billCase.provider.name || w.providerNotNamed} · <MoneyLine context={snapshot.context} words={w} />
          {billCase.accountNumber ? ` · ${w.account(billCase.accountNumber)}` : ''}
        </p>
      </header>
      {open.rebuiltFromJournal && <p className="note" role="status">{w.rebuilt}</p>}
      <NextStepCard key={stepKey(recommendation)} recommendation={recommendation} context={snapshot.context} today={on} />
      {rest && (
        <Suspense fallback={<p role="status">{w.loading}</p>}>
          <CaseSections snapshot={snapshot} journal={open.journal} today={on} step={recommendation.id} />
        </Suspense>
      )}
      {rest && (
        <Suspense fallback={null}>
          <CaseColumns snapshot={snapshot} journal={open.journal} today={on} />
        </Suspense>
      )}
    </div>
  );
}

/** What the person owes in one phrase: the balance, or once something is agreed, what is left of it. */
function MoneyLine({ context, words: w }: { context: BillContext; words: typeof caseScreen }) {
  const agreed = amountAgreed(context);
  if (agreed === undefined) return <>{w.balanceNow} <strong>{formatCents(currentBalance(context))}</strong></>;
  const left = amountLeftToPay(context);
  return left === 0
    ? <>{w.agreed(formatCents(agreed))} · <strong>{w.nothingLeft}</strong></>
    : <>{w.agreed(formatCents(agreed))} · {w.leftToPay} <strong>{formatCents(left)}</strong></>;
}
