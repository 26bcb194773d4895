/*
 * The settlement calculator: from what is owed now and what the household can
 * pay, an opening offer, a target and a walk-away, and a lump sum beside a 0 %
 * plan. The figures follow the case (a corrected bill changes them at once);
 * in collections they use the collector's amount and range. "I offered …"
 * records the opening offer when offers are open — never after a payment plan
 * was accepted, and not twice.
 */
import { useId, useState } from 'react';
import { currentBalance, type BillSnapshot } from '../../../machines';
import { formatCents } from '../../domain/money';
import { COLLECTOR_OFFER_PERCENT, OPENING_OFFER_PERCENT } from '../../domain/rules';
import { settlement } from '../../domain/settlement';
import { announce } from '../announcer';
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
type Means = { canPayNow: number; monthlyBudget: number };

export function SettlementCalculator({ snapshot, today }: Props) {
  const id = useId();
  const context = snapshot.context;
  const collector = context.collector;
  const owed = collector?.amount ?? currentBalance(context);
  const owedLabel = !collector ? 'What the bill asks now' : collector.amount !== undefined ? 'What the collector asks now' : "The provider's balance (the collector's notice gave no amount)";
  const range = collector ? COLLECTOR_OFFER_PERCENT : OPENING_OFFER_PERCENT;
  const [means, setMeans] = useState<Means | undefined>();
  const [problem, setProblem] = useState('');
  const record = useRecordEvent();
  const result = means && settlement({ balance: owed, ...means }, range);
  const planAccepted = context.paymentPlan?.status === 'accepted';
  const offer = result && { type: 'OFFER_MADE' as const, amount: result.opening, kind: 'lump-sum' as const, at: today };
  // Your offer is out until they answer (a counteroffer, or a refusal that reopens offers): no second one meanwhile.
  const waitingForAnswer = snapshot.matches({ negotiation: 'offerOut' });
  const last = context.offers.at(-1);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Settlement calculator</h3>
      <p>
        {owedLabel}: <strong>{formatCents(owed)}</strong>.{' '}
        {collector
          ? `Collectors often settle for ${range.low} to ${range.high} % of the debt, so an opening offer of about ${range.suggested} % is reasonable`
          : `Hospitals collect only about 20 to 40 % of what patients owe them, so an opening lump-sum offer of ${range.low} to ${range.high} % is reasonable`}{' '}
        (the playbook's experience, not a rule).
      </p>
      {planAccepted && <p className="note">Offers are closed: you accepted a payment plan, and after that no lower offer can be made.</p>}
      <FieldsForm inline spec={spec} onValues={(values) => {
        const next = { canPayNow: num(values.canPayNow), monthlyBudget: num(values.monthlyBudget) };
        const worked = settlement({ balance: owed, ...next }, range);
        setMeans(next);
        setProblem('');
        announce(`Opening offer ${formatCents(worked.opening)}, target ${formatCents(worked.target)}, walk-away ${formatCents(worked.walkAway)}.`);
      }} />
      {result && (
        <div>
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
            <thead><tr><td></td><th scope="col">Lump sum at the target</th><th scope="col">0 % payment plan</th></tr></thead>
            <tbody>
              <tr><th scope="row">You pay in all</th><td className="money">{formatCents(result.lumpSum.total)}</td><td className="money">{formatCents(result.plan.total)}</td></tr>
              <tr><th scope="row">Months</th><td>1</td><td>{result.plan.months}</td></tr>
              <tr>
                <th scope="row">Each month</th>
                <td className="money">{formatCents(result.lumpSum.total)}</td>
                <td className="money">{formatCents(result.plan.monthly)}{result.plan.lastPayment !== result.plan.monthly && ` (last one ${formatCents(result.plan.lastPayment)})`}</td>
              </tr>
              <tr><th scope="row">Fits your budget</th><td>{result.lumpSum.affordable ? 'Yes' : 'No'}</td><td>{result.plan.fitsBudget ? 'Yes' : 'No: ask for a longer plan or assistance'}</td></tr>
            </tbody>
          </table>
          <p>
            A lump sum saves {formatCents(result.lumpSum.saves)}. A plan costs the whole amount and, once accepted, ends the talks: no lower offer can be made.
            {' '}Whatever you agree, get it in writing before you pay.
          </p>
          {!planAccepted && offer && result.opening > 0 && snapshot.can(offer) && (
            waitingForAnswer
              ? <p className="note">You offered {formatCents(last?.amount ?? result.opening)}. Record their answer under your next step.</p>
              : (
                <button type="button" className="primary" onClick={() => setProblem(record(offer) ?? '')}>
                  I offered {formatCents(result.opening)}
                </button>
              )
          )}
          {problem && <p className="field-error" role="alert">{problem}</p>}
        </div>
      )}
    </section>
  );
}
