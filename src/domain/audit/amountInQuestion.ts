/*
 * The total of a list of findings, counting no dollar twice. Line findings
 * share their lines' charges (a top-level visit with an "unspecified"
 * diagnosis is one charge in question, not two); findings about the whole
 * statement are parts of the same balance, so only the largest counts, and
 * the line charges may be part of it too, so the larger of the two stands
 * (never their sum). The total never exceeds what the bill asks for.
 * Financial assistance is help, not an error on the bill, so it is left out.
 */
import type { BillLine } from '../case';
import { isBillingProblem, type Detected } from './finding';

export function amountInQuestion(findings: readonly Omit<Detected, 'facts'>[], lines: readonly BillLine[], balance: number): number {
  const chargeOf = new Map(lines.map((line) => [line.id, Math.max(0, line.charge)]));
  const perLine = new Map<string, number>();
  let wholeStatement = 0;
  for (const finding of findings) {
    if (!isBillingProblem(finding)) continue;
    if (finding.lineIds.length === 0 || finding.rule === 'contractual-adjustment-billed') {
      wholeStatement = Math.max(wholeStatement, finding.amount);
      continue;
    }
    // Spread the amount over its lines from the last (the copies, the extra tests), none beyond its charge.
    let left = finding.amount;
    for (const id of [...finding.lineIds].reverse()) {
      const room = (chargeOf.get(id) ?? 0) - (perLine.get(id) ?? 0);
      const share = Math.min(room, left);
      if (share > 0) perLine.set(id, (perLine.get(id) ?? 0) + share);
      left -= Math.max(0, share);
    }
  }
  const lineTotal = [...perLine.values()].reduce((sum, amount) => sum + amount, 0);
  return Math.min(Math.max(0, balance), Math.max(lineTotal, wholeStatement));
}
