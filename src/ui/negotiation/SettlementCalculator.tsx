/*
 * The settlement calculator: from what is owed now and what the household can
 * pay, an opening offer, a target and a walk-away, and a lump sum beside a 0 %
 * plan. The figures follow the case (a corrected bill changes them at once);
 * in collections they use the collector's amount and range. "I offered …"
 * records the opening offer when offers are open — never after a payment plan
 * was accepted, and not twice.
 */
import { useId, useState } from 'react';
import { currentBalance, type BillSnapshot } from '../../../machines/workflow';
import { formatCents } from '../../domain/money';
import { COLLECTOR_OFFER_PERCENT, OPENING_OFFER_PERCENT } from '../../domain/rules';
import { settlement } from '../../domain/settlement';
import { negotiation } from '../../i18n/en/negotiation';
import { useOnLanguageChange, useWords } from '../../i18n/language';
import type { Words } from '../../i18n/words';
import { announce } from '../announcer';
import { FieldsForm } from '../forms/FieldsForm';
import type { FieldsSpec } from '../forms/readForm';
import { num } from '../forms/values';
import { useRecordEvent } from '../useRecordEvent';

const specOf = ({ form }: Words['negotiation']['calculator']): FieldsSpec => ({
  id: 'settlement',
  title: form.title,
  submitLabel: form.submit,
  fields: [
    { name: 'canPayNow', ...form.canPayNow, kind: 'money' },
    { name: 'monthlyBudget', ...form.monthlyBudget, kind: 'money' },
  ],
});

type Props = { snapshot: BillSnapshot; today: string };
type Means = { canPayNow: number; monthlyBudget: number };

export function SettlementCalculator({ snapshot, today }: Props) {
  const id = useId();
  const w = useWords('negotiation', negotiation).calculator;
  const context = snapshot.context;
  const collector = context.collector;
  const owed = collector?.amount ?? currentBalance(context);
  const owedLabel = !collector ? w.owedByBill : collector.amount !== undefined ? w.owedByCollector : w.owedNoAmount;
  const range = collector ? COLLECTOR_OFFER_PERCENT : OPENING_OFFER_PERCENT;
  const [means, setMeans] = useState<Means | undefined>();
  const [problem, setProblem] = useState('');
  useOnLanguageChange(() => setProblem(''));
  const record = useRecordEvent();
  const result = means && settlement({ balance: owed, ...means }, range);
  const planAccepted = context.paymentPlan?.status === 'accepted';
  const offer = result && { type: 'OFFER_MADE' as const, amount: result.opening, kind: 'lump-sum' as const, at: today };
  // Your offer is out until they answer (a counteroffer, or a refusal that reopens offers): no second one meanwhile.
  const waitingForAnswer = snapshot.matches({ negotiation: 'offerOut' });
  const last = context.offers.at(-1);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{w.title}</h3>
      <p>
        {owedLabel}: <strong>{formatCents(owed)}</strong>.{' '}
        {collector ? w.collectorRange(range.low, range.high, range.suggested) : w.providerRange(range.low, range.high)}
      </p>
      {planAccepted && <p className="note">{w.offersClosed}</p>}
      <FieldsForm inline spec={specOf(w)} onValues={(values) => {
        const next = { canPayNow: num(values.canPayNow), monthlyBudget: num(values.monthlyBudget) };
        const worked = settlement({ balance: owed, ...next }, range);
        setMeans(next);
        setProblem('');
        announce(w.announce(worked.opening, worked.target, worked.walkAway));
      }} />
      {result && (
        <div>
          <table className="settlement">
            <caption>{w.numbers}</caption>
            <tbody>
              <tr><th scope="row">{w.opening}</th><td className="money">{formatCents(result.opening)}</td></tr>
              <tr><th scope="row">{w.target}</th><td className="money">{formatCents(result.target)}</td></tr>
              <tr><th scope="row">{w.walkAway}</th><td className="money">{formatCents(result.walkAway)}</td></tr>
            </tbody>
          </table>
          <table className="settlement">
            <caption>{w.sideBySide}</caption>
            <thead><tr><td></td><th scope="col">{w.lumpSum}</th><th scope="col">{w.plan}</th></tr></thead>
            <tbody>
              <tr><th scope="row">{w.total}</th><td className="money">{formatCents(result.lumpSum.total)}</td><td className="money">{formatCents(result.plan.total)}</td></tr>
              <tr><th scope="row">{w.months}</th><td>1</td><td>{result.plan.months}</td></tr>
              <tr>
                <th scope="row">{w.eachMonth}</th>
                <td className="money">{formatCents(result.lumpSum.total)}</td>
                <td className="money">{formatCents(result.plan.monthly)}{result.plan.lastPayment !== result.plan.monthly && w.lastOne(result.plan.lastPayment)}</td>
              </tr>
              <tr><th scope="row">{w.fits}</th><td>{result.lumpSum.affordable ? w.yes : w.no}</td><td>{result.plan.fitsBudget ? w.yes : w.planTooLong}</td></tr>
            </tbody>
          </table>
          <p>{w.lumpSumSaves(result.lumpSum.saves)}</p>
          {!planAccepted && offer && result.opening > 0 && snapshot.can(offer) && (
            waitingForAnswer
              ? <p className="note">{w.offered(last?.amount ?? result.opening)}</p>
              : (
                <button type="button" className="primary" onClick={() => setProblem(record(offer) ?? '')}>
                  {w.iOffered(result.opening)}
                </button>
              )
          )}
          {problem && <p className="field-error" role="alert">{problem}</p>}
        </div>
      )}
    </section>
  );
}
