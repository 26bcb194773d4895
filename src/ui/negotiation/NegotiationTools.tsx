/*
 * "Tools for negotiating": the assistance screener, the settlement calculator
 * with the offers so far, and the escalation ladder. Loaded after the first
 * screen. In closure only the offers remain, as the record of the talks.
 */
import { currentBalance, type BillSnapshot } from '../../../machines/workflow';
import { negotiation } from '../../i18n/en/negotiation';
import { useWords } from '../../i18n/language';
import { AssistanceScreener } from './AssistanceScreener';
import { EscalationLadder } from './EscalationLadder';
import { OffersChart } from './OffersChart';
import { SettlementCalculator } from './SettlementCalculator';

export default function NegotiationTools({ snapshot, today }: { snapshot: BillSnapshot; today: string }) {
  const context = snapshot.context;
  const w = useWords('negotiation', negotiation);
  if (snapshot.matches('closure')) {
    // Done negotiating: what is left is the record of the offers.
    if (context.offers.length === 0) return null;
    return (
      <section className="card tools" aria-labelledby="tools-title">
        <h2 id="tools-title">{w.closureTitle}</h2>
        <OffersChart offers={context.offers} balance={currentBalance(context)} />
      </section>
    );
  }
  return (
    <section className="card tools" aria-labelledby="tools-title">
      <h2 id="tools-title">{w.title}</h2>
      <AssistanceScreener snapshot={snapshot} today={today} />
      <SettlementCalculator snapshot={snapshot} today={today} />
      <OffersChart offers={context.offers} balance={currentBalance(context)} />
      <EscalationLadder snapshot={snapshot} today={today} />
    </section>
  );
}
