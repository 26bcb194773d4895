/*
 * The words for facility-fee (the rule and its source: ../rules/facilityFee.ts).
 */
import type { BillLine } from '../../case';
import type { Wording } from '../finding';
import { describeLine } from '../auditedBill';

export const facilityFeeWords: Wording<BillLine> = (line) => ({
  title: `Facility fee: code ${line.code}${line.revenueCode ? `, revenue code ${line.revenueCode}` : ''}`,
  explanation: "This is the hospital's fee for the room and staff, on top of the doctor's charges. It is often the largest line and is open to question.",
  ask: `What does the facility fee for ${describeLine(line)} cover that the other charges don't? Please send the breakdown and how its level was chosen.`,
});
