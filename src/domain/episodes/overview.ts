/*
 * The episode view's facts: every bill with its phase, next step, what is left
 * to pay and its nearest deadline, most urgent first; the totals; and the one
 * thing to do first across the visit. A step or deadline due within a week
 * comes first, then a question one bill can't answer alone (crossBill.ts),
 * then the bill furthest behind in its workflow. A deadline counts towards
 * urgency only while it is ahead: one already passed is shown, not chased (the
 * bill's own next step says what to do about it).
 */
import { amountLeftToPay, currentBalance, phaseOf, phases, recommend, type BillSnapshot, type Phase, type Recommendation } from '../../../machines/workflow';
import type { StepWords } from '../../../machines/steps/shared';
import type { JournalEntry } from '../caseFile';
import { daysBetween } from '../dates';
import { caseDeadlines, urgencyOf, type Deadline, type DeadlineWords } from '../deadlines';
import { outcomeOf } from '../outcome';
import { crossBillFindings, type CrossBillFinding, type EpisodeBill } from './crossBill';
import type { Episode } from './episode';

/** A bill of the episode as stored: its snapshot and journal. */
export type StoredBill = { id: string; snapshot: BillSnapshot; journal: readonly JournalEntry[] };

export type BillOverview = {
  id: string;
  title: string;
  provider: string;
  phase: Phase;
  /** The case is closed: nothing more to do on it. */
  closed: boolean;
  next: Recommendation;
  /** What is left to pay on it now, in cents. */
  leftToPay: number;
  nearestDeadline?: Deadline;
  /** The earliest date this bill asks for (its step's, or a deadline still ahead); none when nothing is dated or it is closed. */
  urgentOn?: string;
};

export type EpisodeTotals = { billed: number; afterCorrections: number; paid: number; saved: number; leftToPay: number };

export type FirstAction = { kind: 'bill'; billId: string; step: Recommendation; due?: string } | { kind: 'cross-bill'; finding: CrossBillFinding } | { kind: 'all-closed' };

export type EpisodeOverview = { bills: BillOverview[]; totals: EpisodeTotals; findings: CrossBillFinding[]; open: CrossBillFinding[]; first: FirstAction };

/** A step or deadline within this many days comes before anything else in the visit. */
export const URGENT_WITHIN_DAYS = 7;

function overviewOf(bill: StoredBill, today: string, steps: StepWords, deadlineWords?: DeadlineWords): BillOverview {
  const { context, value } = bill.snapshot;
  const phase = phaseOf(value);
  const next = recommend(bill.snapshot, today, steps);
  const nearestDeadline = caseDeadlines(context, bill.journal, deadlineWords).find((deadline) => urgencyOf(deadline, today) !== 'done');
  const closed = Boolean(context.closedAt);
  const ahead = nearestDeadline && nearestDeadline.due >= today ? nearestDeadline.due : undefined;
  const dates = closed ? [] : [next.due, ahead].filter((due): due is string => Boolean(due)).sort();
  return {
    id: bill.id,
    title: context.case.title,
    provider: context.case.provider?.name ?? '',
    phase,
    closed,
    next,
    leftToPay: amountLeftToPay(context),
    ...(nearestDeadline ? { nearestDeadline } : {}),
    ...(dates[0] ? { urgentOn: dates[0] } : {}),
  };
}

/** Dated first (soonest first), then by how far behind the workflow is, closed cases last. */
function byUrgency(a: BillOverview, b: BillOverview): number {
  if (a.closed !== b.closed) return a.closed ? 1 : -1;
  if (a.urgentOn !== b.urgentOn) return !a.urgentOn ? 1 : !b.urgentOn ? -1 : a.urgentOn.localeCompare(b.urgentOn);
  return phases.indexOf(a.phase) - phases.indexOf(b.phase) || a.title.localeCompare(b.title);
}

/** The cases of the episode as the cross-bill checks read them. */
export const episodeBills = (bills: readonly StoredBill[]): EpisodeBill[] =>
  bills.map(({ id, snapshot: { context } }) => ({ id, case: context.case, balance: currentBalance(context), leftToPay: amountLeftToPay(context), assistance: context.assistance.status }));

function totalsOf(bills: readonly StoredBill[]): EpisodeTotals {
  const totals: EpisodeTotals = { billed: 0, afterCorrections: 0, paid: 0, saved: 0, leftToPay: 0 };
  for (const bill of bills) {
    const outcome = outcomeOf({ case: bill.snapshot.context.case, journal: [...bill.journal] });
    totals.billed += outcome.original;
    totals.afterCorrections += outcome.original - outcome.corrections - outcome.assistance;
    totals.paid += outcome.paid;
    totals.saved += outcome.saved;
    totals.leftToPay += amountLeftToPay(bill.snapshot.context);
  }
  return totals;
}

export function episodeOverview(episode: Episode, stored: readonly StoredBill[], today: string, steps: StepWords, deadlineWords?: DeadlineWords): EpisodeOverview {
  const bills = stored.filter((bill) => episode.caseIds.includes(bill.id));
  const overviews = bills.map((bill) => overviewOf(bill, today, steps, deadlineWords)).sort(byUrgency);
  const findings = crossBillFindings(episodeBills(bills));
  const open = findings.filter((finding) => !episode.answered?.[finding.id]);
  const active = overviews.filter((bill) => !bill.closed);
  // A step due within the week, soonest first (its own date: the step says what to do about its deadline).
  const urgent = active.filter((bill) => bill.next.due && daysBetween(today, bill.next.due) <= URGENT_WITHIN_DAYS)
    .sort((a, b) => a.next.due!.localeCompare(b.next.due!))[0];
  const billFirst = (bill: BillOverview): FirstAction => ({ kind: 'bill', billId: bill.id, step: bill.next, ...(bill.next.due ? { due: bill.next.due } : {}) });
  const first: FirstAction = urgent ? billFirst(urgent) : open[0] ? { kind: 'cross-bill', finding: open[0] } : active[0] ? billFirst(active[0]) : { kind: 'all-closed' };
  return { bills: overviews, totals: totalsOf(bills), findings, open, first };
}
