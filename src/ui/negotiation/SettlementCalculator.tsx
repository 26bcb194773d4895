/*
 * The settlement calculator: from the corrected balance and what the
 * household can pay, an opening offer, a target and a walk-away, and a lump
 * sum beside a 0 % plan. "Offer this" records the opening offer when offers
 * are open (never after a payment plan was accepted).
 */
import { useId, useState } from 'react';
import { currentBalance, type BillSnapshot } from '../../../machines';
import { formatCents } from '../../domain/money';
import { OPENING_OFFER_PERCENT } from '../../domain/rules';
import { settlement, type Settlement } from '../../domain/settlement';
import { FieldsForm } from '../forms/FieldsForm';
import type { FieldsSpec } from '../forms/readForm';
import { num } from '../forms/values';
import { useRecordEvent } from '../useRecordEvent';

const spec: FieldsSpec = {
  id: 'settlement',
  title: 'What you can pay',
  submitLabel: 'Work it out',
  fields: [
    { name: 'canPayNow', label: 'The most you could pay at once', hint: 'Savings you can use without missing rent or food. This is your walk-away: never offer more.', kind: 'money' },
    { name: 'monthlyBudget', label: 'What you could pay each month', kind: 'money' },
  ],
};

type Props = { snapshot: BillSnapshot; today: string };

export function SettlementCalculator({ snapshot, today }: Props) {
  const id = useId();
  const balance = currentBalance(snapshot.context);
  const [result, setResult] = useState<Settlement | undefined>();
  const [problem, setProblem] = useState('');
  const record = useRecordEvent();
  const offer = result && { type: 'OFFER_MADE' as const, amount: result.opening, kind: 'lump-sum' as const, at: today };
  const planAccepted = snapshot.context.paymentPlan?.status === 'accepted';

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Settlement calculator</h3>
      <p>
        What the bill asks now: <strong>{formatCents(balance)}</strong>. Hospitals collect only about 20 to 40 % of what patients owe them, so an
        opening lump-sum offer of {OPENING_OFFER_PERCENT.low} to {OPENING_OFFER_PERCENT.high} % is reasonable (the playbook's experience, not a rule).
      </p>
      <FieldsForm inline spec={spec} onValues={(values) => setResult(settlement({ balance, canPayNow: num(values.canPayNow), monthlyBudget: num(values.monthlyBudget) }))} />
      {result && (
        <div role="status">
          <table className="settlement">
            <caption>Your numbers</caption>
            <tbody>
              <tr><th scope="row">Opening offer</th><td className="money">{formatCents(result.opening)}</td></tr>
              <tr><th scope="row">Target</th><td className="money">{formatCents(result.target)}</td></tr>
              <tr><th scope="row">Walk-away (most you can pay)</th><td className="money">{formatCents(result.walkAway)}</td></tr>
            </tbody>
          </table>
          <table className="settlement">
            <caption>Lump sum or payment plan</caption>
            <thead><tr><th scope="col"></th><th scope="col">Lump sum at the target</th><th scope="col">0 % payment plan</th></tr></thead>
            <tbody>
              <tr><th scope="row">You pay in all</th><td className="money">{formatCents(result.lumpSum.total)}</td><td className="money">{formatCents(result.plan.total)}</td></tr>
              <tr><th scope="row">Months</th><td>1</td><td>{result.plan.months}</td></tr>
              <tr><th scope="row">Each month</th><td className="money">{formatCents(result.lumpSum.total)}</td><td className="money">{formatCents(result.plan.monthly)}</td></tr>
              <tr><th scope="row">Fits your budget</th><td>{result.lumpSum.affordable ? 'Yes' : 'No'}</td><td>{result.plan.fitsBudget ? 'Yes' : 'No: ask for a longer plan or assistance'}</td></tr>
            </tbody>
          </table>
          <p>
            A lump sum saves {formatCents(result.lumpSum.saves)}. A plan costs the whole balance and, once accepted, ends the talks: no lower offer can be made.
            {' '}Whatever you agree, get it in writing before you pay.
          </p>
          {planAccepted ? (
            <p className="note">Offers are closed: you accepted a payment plan.</p>
          ) : offer && result.opening > 0 && snapshot.can(offer) && (
            <button type="button" className="primary" onClick={() => setProblem(record(offer, `Offer of ${formatCents(result.opening)} recorded.`) ?? '')}>
              I offered {formatCents(result.opening)}
            </button>
          )}
          {problem && <p className="field-error" role="alert">{problem}</p>}
        </div>
      )}
    </section>
  );
}
