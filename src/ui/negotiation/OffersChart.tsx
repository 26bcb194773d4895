/*
 * Offers and counteroffers over time, as a small chart with the same figures
 * in a table beside it (the table is what screen readers use).
 */
import type { Offer } from '../../../machines/context';
import { formatShortDate } from '../../domain/typedDates';
import { formatCents } from '../../domain/money';
import { negotiation } from '../../i18n/en/negotiation';
import { useWords } from '../../i18n/language';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 16;

export function OffersChart({ offers, balance }: { offers: Offer[]; balance: number }) {
  const w = useWords('negotiation', negotiation).chart;
  if (offers.length === 0) return null;
  const top = Math.max(balance, ...offers.map((offer) => offer.amount), 1);
  const x = (index: number) => PAD + (offers.length === 1 ? 0 : (index * (WIDTH - 2 * PAD)) / (offers.length - 1));
  const y = (amount: number) => HEIGHT - PAD - (amount / top) * (HEIGHT - 2 * PAD);
  return (
    <figure className="offers-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={w.picture}>
        <line x1={PAD} x2={WIDTH - PAD} y1={y(balance)} y2={y(balance)} className="balance-line" />
        <text x={WIDTH - PAD} y={y(balance) - 4} textAnchor="end" className="chart-label">{w.balance}</text>
        {offers.map((offer, index) => (
          <circle key={index} cx={x(index)} cy={y(offer.amount)} r={5} className={offer.kind === 'counteroffer' ? 'theirs' : 'yours'} />
        ))}
      </svg>
      <p className="chart-legend" aria-hidden="true">
        <span className="key yours" /> {w.yours} <span className="key theirs" /> {w.theirs} <span className="key balance" /> {w.owed}
      </p>
      <table>
        <caption>{w.caption}</caption>
        <thead><tr><th scope="col">{w.date}</th><th scope="col">{w.who}</th><th scope="col" className="money">{w.amount}</th></tr></thead>
        <tbody>
          {offers.map((offer, index) => (
            <tr key={index}>
              <td>{formatShortDate(offer.at.slice(0, 10))}</td>
              <td>{offer.kind === 'counteroffer' ? w.them : w.you}</td>
              <td className="money">{formatCents(offer.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
