/*
 * What a letter needs to know about the case, worked out once: the case file's
 * journal is replayed through the bill machine (the one source of balances,
 * decisions and offers), the audit is run for the findings still in dispute,
 * and the journal gives the details of the last call.
 */
import { claimDecided, currentBalance, replay, type BillContext } from '../../../machines/workflow';
import { auditCase, type Finding } from '../audit';
import type { BillLine, Case } from '../case';
import type { CaseFile } from '../caseFile';
import type { BillEvent } from '../events';

type CallLogged = Extract<BillEvent, { type: 'CALL_LOGGED' }>;

export type LetterFacts = {
  case: Case;
  context: BillContext;
  today: string;
  /** What the bill asks now: the corrected balance if there is one, else the statement. */
  balance: number;
  /** Every finding the person has not marked as upheld (CONTRACT.md: all of them until some are). */
  disputed: { finding: Finding; lines: BillLine[] }[];
  /** The last call logged, with the date it happened. */
  lastCall?: CallLogged & { on: string };
};

function lastCallOf(journal: CaseFile['journal']): LetterFacts['lastCall'] {
  for (let index = journal.length - 1; index >= 0; index -= 1) {
    const { at, event } = journal[index]!;
    if (event.type === 'CALL_LOGGED') return { ...event, on: (event.at ?? at).slice(0, 10) };
  }
  return undefined;
}

/** The facts from a case already replayed (the open case's live context): no replay on every render. */
export function letterFactsOf(context: BillContext, journal: CaseFile['journal'], today: string): LetterFacts {
  const billCase = context.case;
  const byId = new Map(billCase.lines.map((line) => [line.id, line]));
  const disputed = auditCase(billCase, today, { claimDecided: claimDecided(context) })
    .filter((finding) => context.findings[finding.id]?.status !== 'upheld')
    .map((finding) => ({ finding, lines: finding.lineIds.map((id) => byId.get(id)).filter((line): line is BillLine => line !== undefined) }));
  return { case: billCase, context, today, balance: currentBalance(context), disputed, lastCall: lastCallOf(journal) };
}

export function letterFacts(caseFile: CaseFile, today: string): LetterFacts {
  return letterFactsOf(replay(caseFile).context, caseFile.journal, today);
}
