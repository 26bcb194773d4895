/*
 * The words for excess-units (the rule and its source: ../rules/excessUnits.ts).
 */
import { formatLongDate } from '../../dates';
import type { Facts } from '../rules/excessUnits';
import type { Wording } from '../finding';

export const excessUnitsWords: Wording<Facts> = ({ code, date, units, limit }) => ({
  title: `More units than one day allows: code ${code}`,
  explanation: `The bill lists ${units} units of code ${code} on ${formatLongDate(date)}. One provider rarely bills more than ${limit} a day for it.`,
  ask: `The bill shows ${units} units of code ${code} on ${formatLongDate(date)}. Can you provide the documentation that supports each unit, or correct the quantity?`,
});
