/*
 * One EobLine per ExplanationOfBenefit `item`: the service code, the date of
 * service and the line's money. The code is looked for where each source
 * puts it: CARIN in `productOrService`; Blue Button outpatient lines in
 * `modifier` (productOrService absent, or holding a drug's NDC); institutional
 * lines with no procedure code by their revenue code. Revenue code 0001 is the
 * claim's "total charges" line, not a service, and is left out when the claim
 * has other lines.
 */
import type { EobLine } from '../case';
import { isIsoDate } from '../dates';
import { amountsOf, costShareFields, pick } from './adjudication';
import { adjustmentsOf } from './adjustments';
import { centsOf } from './money';
import { codingsOf, isRecord, listAt, recordsIn, textOf, type Json, type Report } from './read';

const isDataAbsent = (system: string) => system.endsWith('/data-absent-reason');
const isNdc = (system: string) => /\/ndc$/i.test(system);
/** CPT (99213, 0042T) and HCPCS level II (A0428) codes are five characters; modifiers are two. */
const PROCEDURE_CODE = /^[A-Z0-9]\d{3}[A-Z0-9]$/i;
const REVENUE_CODE = /^\d{4}$/;

export function serviceCodeOf(item: Json): string {
  const products = codingsOf(item.productOrService).filter((coding) => !isDataAbsent(coding.system));
  const procedure = products.find((coding) => !isNdc(coding.system));
  const inModifier = recordsIn(item.modifier).flatMap((modifier) => codingsOf(modifier)).find((coding) => PROCEDURE_CODE.test(coding.code));
  const revenue = codingsOf(item.revenue).find((coding) => REVENUE_CODE.test(coding.code));
  return (procedure ?? inModifier ?? products[0] ?? revenue)?.code ?? '';
}

const isTotalChargesLine = (item: Json) => codingsOf(item.revenue).some((coding) => coding.code === '0001');

/** The claim's items that stand for services, in order. */
export function serviceItems(eob: Json, report: Report): Json[] {
  const items = listAt(eob, 'item', report.words.services, report);
  const services = items.filter((item) => !isTotalChargesLine(item));
  return services.length > 0 ? services : items;
}

/** A date written YYYY-MM-DD, or the date part of a date-time; nothing else. */
export function dayOf(value: unknown): string | undefined {
  const day = textOf(value)?.slice(0, 10);
  return day !== undefined && isIsoDate(day) ? day : undefined;
}

function serviceDateOf(item: Json): string | undefined {
  return dayOf(item.servicedDate) ?? (isRecord(item.servicedPeriod) ? dayOf(item.servicedPeriod.start) : undefined);
}

/** What the provider charged when no `submitted` amount is given: `net`, else unit price × quantity. */
function chargeOf(item: Json, report: Report): number | undefined {
  const net = centsOf(item.net, report.words.netAmount, report);
  if (net !== undefined) return net;
  const unitPrice = centsOf(item.unitPrice, report.words.unitPrice, report);
  const quantity = isRecord(item.quantity) ? item.quantity.value : undefined;
  const units = typeof quantity === 'number' && Number.isFinite(quantity) && quantity > 0 ? quantity : 1;
  return unitPrice === undefined ? undefined : Math.round(unitPrice * units);
}

export type ReadLine = { line: EobLine; memberLiability?: number };

/** One item as an EobLine; undefined (reported) when it has no usable date. */
export function lineOf(item: Json, claimDate: string | undefined, report: Report): ReadLine | undefined {
  const entries = listAt(item, 'adjudication', report.words.lineAmounts, report);
  const amounts = amountsOf(entries, 'line', report);
  const date = serviceDateOf(item) ?? claimDate;
  if (date === undefined) {
    report(report.words.noServiceDate);
    return undefined;
  }
  const line: EobLine = {
    code: serviceCodeOf(item),
    date,
    billed: pick(amounts, 'billed') ?? chargeOf(item, report) ?? 0,
    allowed: pick(amounts, 'allowed') ?? 0,
    planPaid: pick(amounts, 'planPaid') ?? 0,
    deductible: 0,
    coinsurance: 0,
    copay: 0,
    notCovered: 0,
    adjustments: adjustmentsOf(entries, report.words),
  };
  for (const field of costShareFields) line[field] = pick(amounts, field) ?? 0;
  const memberLiability = pick(amounts, 'memberLiability');
  return memberLiability === undefined ? { line } : { line, memberLiability };
}
