/*
 * facility-fee: emergency-room and clinic facility fees (revenue codes 045x,
 * 051x, 052x; HCPCS G0463, G0380–G0384) — the hospital's charge for being
 * there, on top of the doctor's. Legal, but often large and negotiable: ask what
 * it covers (DOMAIN.md "revenue codes"; CMS OPPS).
 */
import { describeLine } from '../auditedBill';
import type { BillLine } from '../../case';
import { detected, type Detector, type Wording } from '../finding';
import { FACILITY_FEE_CODES, FACILITY_FEE_REVENUE_PREFIXES } from '../tables/serviceCodes';

const isFacilityFee = (code: string, revenueCode: string | undefined) =>
  FACILITY_FEE_CODES.has(code) || FACILITY_FEE_REVENUE_PREFIXES.some((prefix) => (revenueCode ?? '').startsWith(prefix));

export const facilityFee: Detector<BillLine> = (bill) =>
  bill.lines
    .filter((line) => line.charge > 0 && isFacilityFee(line.code, line.revenueCode))
    .map((line) => detected('facility-fee', [line.id], line.charge, line, line.id));

export const facilityFeeWords: Wording<BillLine> = (line) => ({
      title: `Facility fee: code ${line.code}${line.revenueCode ? `, revenue code ${line.revenueCode}` : ''}`,
      explanation: "This is the hospital's fee for the room and staff, on top of the doctor's charges. It is often the largest line and is open to question.",
      ask: `What does the facility fee for ${describeLine(line)} cover that the other charges don't? Please send the breakdown and how its level was chosen.`,
});
