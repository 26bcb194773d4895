/*
 * The words for high-level-em (the rule and its source: ../rules/highLevelEm.ts).
 */
import type { BillLine } from '../../case';
import type { Wording } from '../finding';
import { describeLine } from '../auditedBill';

function kindOfVisit(code: string): string {
  if (code === '99285') return 'emergency room visit';
  if (code === '99291' || code === '99292') return 'critical care';
  if (code === '99205' || code === '99215') return 'office visit';
  return 'hospital visit';
}

export const highLevelEmWords: Wording<BillLine> = (line) => {
  const kind = kindOfVisit(line.code);
  const critical = kind === 'critical care';
  return {
    title: critical ? `Critical care billed: code ${line.code}` : `Highest-level ${kind}: code ${line.code}`,
    explanation: critical
      ? 'Critical care is for a life-threatening condition and needs at least 30 minutes of documented care. If that is not what happened, the code is too high.'
      : `Code ${line.code} is the highest level of ${kind}, meant for the most complex cases. If your visit was simpler, the level may be too high (upcoding).`,
    ask: `Please send the records that show this visit needed the top level: ${describeLine(line)}. I'd like the visit notes and the reasons it was coded this way.`,
  };
};
