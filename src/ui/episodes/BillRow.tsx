/* One bill of the visit: its name (opens it), where it stands, its next step, what is left to pay and its next deadline. */
import { openCase } from '../../app/store';
import { formatLongDate } from '../../domain/dates';
import type { BillOverview } from '../../domain/episodes/overview';
import { formatCents } from '../../domain/money';
import { episodes as english } from '../../i18n/en/episodes';
import { useLanguageCode, useWords } from '../../i18n/language';
import { usePhaseTitles } from '../phaseLabels';

export function BillRow({ bill, name }: { bill: BillOverview; name: string }) {
  const w = useWords('episodes', english).screen;
  const language = useLanguageCode();
  const phases = usePhaseTitles();
  const c = w.columns;
  const deadline = bill.nearestDeadline;
  return (
    <li className="episode-bill">
      <h3><button type="button" className="link" onClick={() => openCase(bill.id)}>{name}</button></h3>
      <dl>
        <div><dt>{c.phase}</dt><dd>{phases[bill.phase]}</dd></div>
        <div><dt>{c.next}</dt><dd>{bill.next.title}</dd></div>
        <div><dt>{c.left}</dt><dd>{formatCents(bill.leftToPay)}</dd></div>
        <div>
          <dt>{c.deadline}</dt>
          <dd>{deadline ? <>{deadline.title}: <time dateTime={deadline.due}>{formatLongDate(deadline.due, language)}</time></> : w.noDeadline}</dd>
        </div>
      </dl>
    </li>
  );
}
