import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BillEvent } from '../../src/domain/events';
import { outcomeOf } from '../../src/domain/outcome';
import { sampleCase } from '../../src/domain/sampleBill';
import { exampleEvents } from '../fixtures/events';
import { caseFileOf, insuredCase, TODAY } from '../fixtures/cases';

const at = TODAY;
const toNegotiation: BillEvent[] = [{ type: 'PROCEED_ANYWAY', at }, { type: 'PROCEED_ANYWAY', at }];

describe('the outcome of a case', () => {
  it('puts each drop down to what made it: corrections, assistance, the settlement; and counts what was paid', () => {
    // $1,000 bill: a $100 correction, a corrected bill of $800, assistance down to $500, a $300 deal paid in full.
    const events: BillEvent[] = [
      { type: 'PROCEED_ANYWAY', at },
      { type: 'FINDING_DISPUTED', findingId: 'l1', at },
      { type: 'FINDING_RESOLVED', findingId: 'l1', outcome: 'corrected', adjustment: 10_000, at },
      { type: 'CORRECTED_BILL_RECEIVED', balance: 80_000, at },
      { type: 'ASSISTANCE_APPLIED', at },
      { type: 'ASSISTANCE_DECIDED', outcome: 'partial', balance: 50_000, at },
      { type: 'PROCEED_ANYWAY', at },
      { type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at },
      { type: 'OFFER_ACCEPTED', amount: 30_000, at },
      { type: 'AGREEMENT_RECEIVED_IN_WRITING', at },
      { type: 'PAYMENT_MADE', amount: 30_000, at },
    ];
    expect(outcomeOf(caseFileOf(insuredCase(), events))).toEqual({
      original: 100_000, corrections: 20_000, assistance: 30_000, settlement: 20_000, owed: 30_000, paid: 30_000, saved: 70_000,
    });
  });

  it('owes nothing for a debt the collector could not prove', () => {
    const events: BillEvent[] = [{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: at, at }, { type: 'DEBT_NOT_VALIDATED', at }];
    expect(outcomeOf(caseFileOf(insuredCase(), events))).toMatchObject({ original: 100_000, settlement: 100_000, owed: 0, saved: 100_000 });
  });

  it('restating the bill basics changes the original bill, not the savings', () => {
    const events: BillEvent[] = [{ type: 'CASE_DETAILS_UPDATED', details: { statementBalance: 120_000 }, at }, ...toNegotiation];
    expect(outcomeOf(caseFileOf(insuredCase(), events))).toMatchObject({ original: 120_000, corrections: 0, owed: 120_000, saved: 0 });
  });

  it('always adds up, whatever happened (1,000 random journals)', () => {
    const billCase = sampleCase('s', TODAY);
    fc.assert(fc.property(fc.array(fc.constantFrom(...exampleEvents), { maxLength: 30 }), (events) => {
      const outcome = outcomeOf(caseFileOf(billCase, events));
      // None of the example events restates the statement balance: the bill is the one the case opened with.
      expect(outcome.original).toBe(billCase.statementBalance);
      expect(outcome.corrections + outcome.assistance + outcome.settlement + outcome.owed).toBe(outcome.original);
      expect(outcome.saved).toBe(outcome.original - outcome.owed);
      expect(outcome.owed).toBeGreaterThanOrEqual(0);
      expect(outcome.settlement).toBeGreaterThanOrEqual(0);
    }), { numRuns: 1000 });
  });
});
