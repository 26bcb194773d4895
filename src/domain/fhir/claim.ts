/*
 * One ExplanationOfBenefit resource read as Billpath's Eob: the claim number,
 * status, lines, the claim totals and the patient's responsibility.
 * Claim-level amounts come from `total`, then the claim's `adjudication`
 * (CARIN inpatient claims carry their money only there), then Blue Button's
 * `benefitBalance`; for each code the first of these that has it wins.
 */
import type { Eob } from '../case';
import { amountsOf, costShareFields, firstOf, pick, type Amounts } from './adjudication';
import { benefitBalanceAmounts } from './blueButton';
import { dayOf, lineOf, serviceItems, type ReadLine } from './lines';
import { centsOf } from './money';
import { codingsOf, isRecord, listAt, recordsIn, reporter, textOf, type Json, type Report } from './read';
import { claimStatusOf } from './status';

/** Blue Button's claim id (clm_id, or pde_id for drug events), else the CARIN unique claim id (`uc`), else any. */
export function claimNumberOf(eob: Json): string | undefined {
  const identifiers = recordsIn(eob.identifier).filter((identifier) => textOf(identifier.value) !== undefined);
  const medicareClaimId = identifiers.find((identifier) => /\/variables\/(clm_id|pde_id)$/.test(textOf(identifier.system) ?? ''));
  const uniqueClaimId = identifiers.find((identifier) => codingsOf(identifier.type).some((coding) => coding.code === 'uc'));
  return textOf((medicareClaimId ?? uniqueClaimId ?? identifiers[0])?.value) ?? textOf(eob.id);
}

/** The date used for lines that give none: the billable period's start, else the EOB's creation. */
function claimDateOf(eob: Json): string | undefined {
  return (isRecord(eob.billablePeriod) ? dayOf(eob.billablePeriod.start) : undefined) ?? dayOf(eob.created);
}

function claimAmountsOf(eob: Json, report: Report): Amounts {
  const totals = amountsOf(listAt(eob, 'total', report.words.claimTotals, report), 'claim-total', report);
  const adjudication = amountsOf(listAt(eob, 'adjudication', report.words.claimAmounts, report), 'claim', report);
  return firstOf(totals, adjudication, benefitBalanceAmounts(eob, report));
}

/**
 * What the patient owes: the claim's member liability when given; else each
 * kind of cost share from the claim when the claim gives it, from the lines
 * when not; else, line by line, a line's member liability or its cost shares.
 */
function patientResponsibilityOf(claim: Amounts, lines: ReadLine[]): number {
  const memberLiability = pick(claim, 'memberLiability');
  if (memberLiability !== undefined) return memberLiability;
  const sumOfLines = (field: (typeof costShareFields)[number]) => lines.reduce((sum, { line }) => sum + line[field], 0);
  if (costShareFields.some((field) => pick(claim, field) !== undefined)) {
    return costShareFields.reduce((sum, field) => sum + (pick(claim, field) ?? sumOfLines(field)), 0);
  }
  return lines.reduce(
    (sum, { line, memberLiability: share }) => sum + (share ?? costShareFields.reduce((lineSum, field) => lineSum + line[field], 0)),
    0,
  );
}

/** The Eob, or undefined when a problem (reported) leaves nothing trustworthy to import. */
export function eobOf(eob: Json, report: Report): Eob | undefined {
  // A claim with no services listed still counts (its totals may say what is owed): one Eob per resource.
  if (eob.item !== undefined && !Array.isArray(eob.item)) {
    serviceItems(eob, report);
    return undefined;
  }
  const items = serviceItems(eob, report);
  const claimDate = claimDateOf(eob);
  const lines = items.map((item, index) => lineOf(item, claimDate, reporter(report.words, (problem) => report(report.words.onLine(index + 1, problem)))));
  const claim = claimAmountsOf(eob, report);
  const readLines = lines.filter((line): line is ReadLine => line !== undefined);
  if (readLines.length < lines.length) return undefined;
  const claimNumber = claimNumberOf(eob);
  const billed = pick(claim, 'billed');
  const planPaid = pick(claim, 'planPaid') ?? centsOf(isRecord(eob.payment) ? eob.payment.amount : undefined, report.words.payment, report);
  return {
    ...(claimNumber === undefined ? {} : { claimNumber }),
    status: claimStatusOf(eob, items),
    lines: readLines.map(({ line }) => line),
    patientResponsibility: patientResponsibilityOf(claim, readLines),
    ...(billed === undefined ? {} : { billed }),
    ...(planPaid === undefined ? {} : { planPaid }),
  };
}
