/*
 * facility-fee: emergency-room and clinic facility fees (revenue codes 045x,
 * 051x, 052x; HCPCS G0463, G0380–G0384) — the hospital's charge for being
 * there, on top of the doctor's. Legal, but often large and negotiable: ask what
 * it covers (DOMAIN.md "revenue codes"; CMS OPPS).
 */
import type { BillLine } from '../../case';
import { FACILITY_FEE_CODES, FACILITY_FEE_REVENUE_PREFIXES } from '../tables/serviceCodes';
import { detected, type Detector } from '../finding';

const isFacilityFee = (code: string, revenueCode: string | undefined) =>
  FACILITY_FEE_CODES.has(code) || FACILITY_FEE_REVENUE_PREFIXES.some((prefix) => (revenueCode ?? '').startsWith(prefix));

export const facilityFee: Detector<BillLine> = (bill) =>
  bill.lines
    .filter((line) => line.charge > 0 && isFacilityFee(line.code, line.revenueCode))
    .map((line) => detected('facility-fee', [line.id], line.charge, line, line.id));
