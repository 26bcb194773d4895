/*
 * The visit's overview (src/domain/episodes/overview.ts) on real workflows:
 * bills sorted by urgency, the totals as the sum of each bill's outcome, and
 * what to do first across the visit.
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../machines';
import type { Case } from '../../src/domain/case';
import type { CaseFile } from '../../src/domain/caseFile';
import type { Episode } from '../../src/domain/episodes/episode';
import { episodeOverview, type StoredBill } from '../../src/domain/episodes/overview';
import type { BillEvent } from '../../src/domain/events';
import { steps } from '../../src/i18n/en/steps';
import { caseFileOf, insuredCase, TODAY } from '../fixtures/cases';

const at = TODAY;
const stored = (file: CaseFile): StoredBill => ({ id: file.case.id, snapshot: replay(file), journal: file.journal });
const bill = (id: string, overrides: Partial<Case>, events: BillEvent[] = []) => stored(caseFileOf(insuredCase({ id, title: id, ...overrides }), events));

// $1,000: $200 corrected off, assistance down to $500, a $300 deal paid in full, then closed.
const settled: BillEvent[] = [
  { type: 'PROCEED_ANYWAY', at },
  { type: 'CORRECTED_BILL_RECEIVED', balance: 80_000, at },
  { type: 'ASSISTANCE_APPLIED', at },
  { type: 'ASSISTANCE_DECIDED', outcome: 'partial', balance: 50_000, at },
  { type: 'PROCEED_ANYWAY', at },
  { type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at },
  { type: 'OFFER_ACCEPTED', amount: 30_000, at },
  { type: 'AGREEMENT_RECEIVED_IN_WRITING', at },
  { type: 'PAYMENT_MADE', amount: 30_000, at },
  { type: 'ZERO_BALANCE_CONFIRMED', at },
  { type: 'CREDIT_REPORT_CHECKED', at },
  { type: 'CASE_CLOSED', at },
];
const closed = bill('closed', { statementBalance: 100_000, provider: { name: 'Riverside General', kind: 'hospital' } }, settled);
const waiting = bill('waiting', { statementBalance: 50_000, provider: { name: 'City Lab', kind: 'lab' } });
// A call with a follow-up in three days: the nearest date of the visit.
const followUp = bill('follow-up', { statementBalance: 20_000, provider: { name: 'ER Physicians', kind: 'physician' } }, [{ type: 'CALL_LOGGED', with: 'Dana', followUp: '2026-03-05', at }]);
const episodeOf = (...bills: StoredBill[]): Episode => ({ id: 'visit', title: 'ER visit', caseIds: bills.map((each) => each.id) });

describe('the visit’s overview', () => {
  it('adds up every bill’s outcome: billed, after corrections and help, paid, saved, left to pay', () => {
    const overview = episodeOverview(episodeOf(closed, waiting), [closed, waiting], TODAY, steps);
    expect(overview.totals).toEqual({ billed: 150_000, afterCorrections: 100_000, paid: 30_000, saved: 70_000, leftToPay: 50_000 });
  });

  it('lists the bills most urgent first, closed ones last, and starts with a date within the week', () => {
    const overview = episodeOverview(episodeOf(closed, waiting, followUp), [closed, waiting, followUp], TODAY, steps);
    expect(overview.bills.map((each) => [each.id, each.closed])).toEqual([['follow-up', false], ['waiting', false], ['closed', true]]);
    expect(overview.bills[0]).toMatchObject({ urgentOn: '2026-03-05', leftToPay: 20_000, phase: 'stabilization' });
    expect(overview.first).toMatchObject({ kind: 'bill', billId: 'follow-up', due: '2026-03-05' });
  });

  it('puts a question across bills before a bill’s next step when nothing is due this week, and moves on once it is answered', () => {
    const line = { id: 'l1', date: '2026-02-10', code: '85025', units: 1, charge: 18_700 };
    const hospital = bill('hospital', { provider: { name: 'Riverside General', kind: 'hospital' }, lines: [line] });
    const outsideLab = bill('lab', { provider: { name: 'City Lab', kind: 'lab' }, lines: [{ ...line, charge: 6_000 }] });
    const episode = episodeOf(hospital, outsideLab);
    const first = episodeOverview(episode, [hospital, outsideLab], TODAY, steps);
    expect(first.first).toMatchObject({ kind: 'cross-bill', finding: { rule: 'same-service-two-bills', amount: 6_000 } });
    const answered = episodeOverview({ ...episode, answered: { [first.open[0]!.id]: 'asked' } }, [hospital, outsideLab], TODAY, steps);
    expect(answered.findings).toHaveLength(1); // still listed, with its answer
    expect(answered.open).toEqual([]);
    expect(answered.first).toMatchObject({ kind: 'bill', step: { id: 'request-itemized-bill' } });
  });

  it('is not pinned by a deadline already passed, and gives a step its own date', () => {
    // A nonprofit hospital's bill from 300 days ago: its assistance window closed two months ago.
    const old = bill('old', { statementBalance: 80_000, firstStatementDate: '2025-05-06', provider: { name: 'St. Mary', kind: 'hospital', nonprofit: true } });
    const overview = episodeOverview(episodeOf(old, followUp), [old, followUp], TODAY, steps);
    expect(overview.bills.find((each) => each.id === 'old')!.nearestDeadline!.due < TODAY).toBe(true); // still shown
    expect(overview.first).toMatchObject({ kind: 'bill', billId: 'follow-up', due: '2026-03-05' });
    const alone = episodeOverview(episodeOf(old), [old], TODAY, steps);
    expect(alone.first).toEqual({ kind: 'bill', billId: 'old', step: alone.bills[0]!.next, ...(alone.bills[0]!.next.due ? { due: alone.bills[0]!.next.due } : {}) });
  });

  it('says so when every bill is closed, and leaves out bills not in the visit', () => {
    const overview = episodeOverview(episodeOf(closed), [closed, waiting], TODAY, steps);
    expect(overview.bills.map((each) => each.id)).toEqual(['closed']);
    expect(overview.first).toEqual({ kind: 'all-closed' });
  });
});
