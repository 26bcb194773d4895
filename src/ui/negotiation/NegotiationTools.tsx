/*
 * "Tools for negotiating": the assistance screener, the settlement calculator
 * with the offers so far, and the escalation ladder. Loaded after the first
 * screen; hidden once the case is closed.
 */
import { currentBalance, type BillSnapshot } from '../../../machines';
import { AssistanceScreener } from './AssistanceScreener';
import { EscalationLadder } from './EscalationLadder';
import { OffersChart } from './OffersChart';
import { SettlementCalculator } from './SettlementCalculator';

export default function NegotiationTools({ snapshot, today }: { snapshot: BillSnapshot; today: string }) {
  if (snapshot.matches('closure')) return null;
  const context = snapshot.context;
  return (
    <section className="card tools" aria-labelledby="tools-title">
      <h2 id="tools-title">Tools for negotiating</h2>
      <AssistanceScreener snapshot={snapshot} today={today} />
      <SettlementCalculator snapshot={snapshot} today={today} />
      <OffersChart offers={context.offers} balance={currentBalance(context)} />
      <EscalationLadder level={context.escalationLevel} />
    </section>
  );
}
