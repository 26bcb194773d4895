/*
 * The words for duplicate-charge (the rule and its source: ../rules/duplicateCharge.ts).
 */
import { formatCents } from '../../money';
import { formatLongDate } from '../../dates';
import type { DuplicateGroup } from '../rules/duplicateCharge';
import type { Wording } from '../finding';
import { describeLine } from '../auditedBill';

export const duplicateChargeWords: Wording<DuplicateGroup> = ({ first, extras }) => {
  const times = extras.length + 1;
  const howOften = times === 2 ? 'twice' : `${times} times`;
  return {
    title: `Charged ${howOften}: code ${first.code}`,
    explanation: `Code ${first.code} appears ${howOften} on ${formatLongDate(first.date)}, each for ${formatCents(first.charge)}, with nothing to show it was done more than once. The extra ${extras.length === 1 ? 'line is' : 'lines are'} likely a billing error.`,
    ask: `The bill lists ${describeLine(first)} ${howOften}. Please remove the duplicate charge, or send the documentation for each service.`,
  };
};
