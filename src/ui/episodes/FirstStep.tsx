/*
 * What to do first across the visit (src/domain/episodes/overview.ts): a bill's
 * next step with the bill to open, or a question for several offices, or
 * nothing left to do.
 */
import { useId } from 'react';
import { openCase } from '../../app/store';
import type { FirstAction } from '../../domain/episodes/overview';
import { wordCrossBill } from '../../domain/episodes/wordCrossBill';
import { episodes as english } from '../../i18n/en/episodes';
import { useWords } from '../../i18n/language';

export function FirstStep({ first, nameOf }: { first: FirstAction; nameOf: (billId: string) => string }) {
  const id = useId();
  const words = useWords('episodes', english);
  const w = words.screen;
  const text = first.kind === 'cross-bill' ? wordCrossBill(first.finding, nameOf, words.findings) : undefined;
  return (
    <section className="card next-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.firstTitle}</h2>
      {first.kind === 'all-closed' && <p>{w.allClosed}</p>}
      {first.kind === 'bill' && (
        <>
          <p className="step-title"><strong>{first.step.title}</strong></p>
          <p className="muted">{w.fromBill(nameOf(first.billId))}</p>
          {first.due && <p><time dateTime={first.due}>{w.dueBy(first.due)}</time></p>}
          <p>{first.step.why}</p>
          <button type="button" className="primary" onClick={() => openCase(first.billId)}>{w.openBill(nameOf(first.billId))}</button>
        </>
      )}
      {text && (
        <>
          <p className="step-title"><strong>{text.title}</strong></p>
          <p>{text.explanation}</p>
          <p>{w.askWho(text.askBillIds.map(nameOf))}</p>
          <p className="script">“{text.ask}”</p>
        </>
      )}
    </section>
  );
}
