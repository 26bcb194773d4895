/*
 * The bill as the audit rules read it: lines cleaned of anything malformed,
 * grouped by service date, with the EOB's totals worked out once. Built once
 * per audit so each rule stays a short pass over prepared data (a 20,000-line
 * hospital bill is audited in well under a second).
 */
import type { BillLine, Case, EobLine } from '../case';
import { REPEAT_TEST_MODIFIERS } from './tables/panels';

export type AuditedBill = {
  case: Case;
  today: string;
  /** Lines with an id, a code, a date and whole-number units and charge. */
  lines: BillLine[];
  byDate: Map<string, BillLine[]>;
  insured: boolean;
  /** The EOB, when the insurer has decided the claim (processed or denied). */
  decidedEob?: { patientResponsibility: number; lines: EobLine[] };
  /** The insurer has decided the claim, whether or not its EOB is on the case. */
  claimDecided: boolean;
  /** What the statement asks beyond the EOB's patient responsibility (0 when none or no decided EOB). */
  aboveEob: number;
};

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

function wellFormed(line: BillLine): boolean {
  return typeof line?.id === 'string' && typeof line.code === 'string' && typeof line.date === 'string' &&
    isWhole(line.units) && line.units >= 0 && isWhole(line.charge);
}

export function auditedBill(billCase: Case, today: string, claimDecided = false): AuditedBill {
  const lines = Array.isArray(billCase.lines) ? billCase.lines.filter(wellFormed) : [];
  const byDate = new Map<string, BillLine[]>();
  for (const line of lines) {
    const sameDay = byDate.get(line.date);
    if (sameDay) sameDay.push(line);
    else byDate.set(line.date, [line]);
  }
  const eob = billCase.eob;
  const decided = eob && (eob.status === 'processed' || eob.status === 'denied') && isWhole(eob.patientResponsibility);
  const balance = isWhole(billCase.statementBalance) ? Math.max(0, billCase.statementBalance) : 0;
  const insured = billCase.coverage !== 'uninsured';
  return {
    case: billCase,
    today,
    lines,
    byDate,
    insured,
    claimDecided: claimDecided || Boolean(decided),
    ...(decided ? { decidedEob: { patientResponsibility: eob.patientResponsibility, lines: Array.isArray(eob.lines) ? eob.lines : [] } } : {}),
    aboveEob: insured && decided ? Math.max(0, balance - Math.max(0, eob.patientResponsibility)) : 0,
  };
}

export const balanceOf = (bill: AuditedBill): number =>
  isWhole(bill.case.statementBalance) ? Math.max(0, bill.case.statementBalance) : 0;

/** Sum of the positive charges of the given lines, each line once. */
export function chargesOf(lines: BillLine[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const line of lines) {
    if (seen.has(line.id)) continue;
    seen.add(line.id);
    total += Math.max(0, line.charge);
  }
  return total;
}

const NONE: string[] = [];

export const modifiersOf = (line: BillLine): string[] =>
  Array.isArray(line.modifiers) && line.modifiers.length > 0
    ? line.modifiers.filter((m) => typeof m === 'string').map((m) => m.toUpperCase())
    : NONE;

/** A test or procedure repeated later the same day (modifiers 76, 77, 91): not a duplicate, not unbundling. */
export const isRepeat = (line: BillLine): boolean =>
  modifiersOf(line).some((m) => (REPEAT_TEST_MODIFIERS as readonly string[]).includes(m));
