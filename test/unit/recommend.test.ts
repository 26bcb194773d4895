/*
 * nextAction: the first step, each phase's step, the due dates the rules set,
 * urgency, and that every button it offers records an event the machine accepts.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { billMachine, nextAction, type BillSnapshot } from '../../machines';
import type { Case } from '../../src/domain/case';
import type { BillEvent } from '../../src/domain/events';
import { sampleCase } from '../../src/domain/sampleBill';
import { insuredCase, TODAY, uninsuredCase } from '../fixtures/cases';
import { reachableSnapshots } from '../fixtures/reachable';

function after(events: BillEvent[], billCase: Case = insuredCase()): BillSnapshot {
  const actor = createActor(billMachine, { input: { case: billCase } }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

const at = TODAY;
const docsIn: BillEvent[] = [
  { type: 'ITEMIZED_BILL_RECEIVED', lines: [], at },
  { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at },
];
const toValidation: BillEvent[] = [...docsIn, { type: 'PROCEED', at }];
const toNegotiation: BillEvent[] = [...toValidation, { type: 'REVIEW_COMPLETED', at }, { type: 'PROCEED', at }];

describe('the first step', () => {
  it.each([['insured', insuredCase()], ['uninsured', uninsuredCase()], ['sample', sampleCase('s', TODAY)]])(
    'is to ask for the itemized bill (%s)',
    (_kind, billCase) => {
      const step = nextAction(after([], billCase), TODAY);
      expect(step.id).toBe('request-itemized-bill');
      expect(step.how).toContain('itemized statement');
      expect(step.actions[0]?.event).toEqual({ type: 'ITEMIZED_BILL_REQUESTED', at: TODAY });
    },
  );

  it('puts the account number and provider in the words to say', () => {
    const step = nextAction(after([]), TODAY);
    expect(step.how).toContain('Lakeside Clinic');
    expect(step.how).toContain('A-100');
  });
});

describe('stabilization', () => {
  it('goes: itemized bill, claim status, hold, then wait with a 30-day due date', () => {
    const requested: BillEvent = { type: 'ITEMIZED_BILL_REQUESTED', at: '2026-02-20' };
    expect(nextAction(after([requested]), TODAY).id).toBe('confirm-claim-status');
    const claimed = [requested, { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at } as BillEvent];
    expect(nextAction(after(claimed), TODAY).id).toBe('request-hold');
    const waiting = nextAction(after([...claimed, { type: 'HOLD_REQUESTED', at }]), TODAY);
    expect(waiting.id).toBe('wait-for-response');
    expect(waiting.due).toBe('2026-03-22'); // 2026-02-20 + 30 days (45 CFR 164.524)
    expect(waiting.actions.map((action) => action.event?.type)).toContain('PROCEED_ANYWAY');
    expect(waiting.actions.find((action) => action.event?.type === 'PROCEED_ANYWAY')?.warning).toMatch(/Waiting is better/);
  });

  it('offers to move on once the papers are in', () => {
    const step = nextAction(after([...docsIn, { type: 'HOLD_REQUESTED', at }]), TODAY);
    expect(step.id).toBe('move-on');
    expect(step.actions[0]?.event?.type).toBe('PROCEED');
  });

  it('puts a step that is due within a week ahead of the usual order', () => {
    const requested: BillEvent = { type: 'ITEMIZED_BILL_REQUESTED', at: '2026-02-01' }; // due 2026-03-03
    const step = nextAction(after([requested, { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at }]), TODAY);
    expect(step.id).toBe('wait-for-response');
    expect(step.due).toBe('2026-03-03');
  });
});

describe('validation', () => {
  it('asks to check the bill line by line', () => {
    expect(nextAction(after(toValidation), TODAY).id).toBe('review-findings');
  });

  describe('with the audit\'s findings', () => {
    const lines = [
      { id: 'line-1', date: '2026-02-10', code: '36415', units: 1, charge: 3000 },
      { id: 'line-2', date: '2026-02-10', code: '36415', units: 1, charge: 3000 },
      { id: 'line-3', date: '2026-02-10', code: '99215', units: 1, charge: 40000 },
    ];
    const withFindings = [{ type: 'ITEMIZED_BILL_RECEIVED', lines, at }, { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at }, { type: 'PROCEED', at }] as BillEvent[];
    const ids = ['duplicate-charge:line-1+line-2', 'high-level-em:line-3'];

    it('lists them with the amount in question and offers to dispute them all', () => {
      const step = nextAction(after(withFindings), TODAY);
      expect(step).toMatchObject({ id: 'review-findings', title: 'Check the 2 findings on your bill' });
      expect(step.why).toContain('$430.00');
      expect(step.actions[0]?.events?.map((event) => event.type === 'FINDING_DISPUTED' && event.findingId)).toEqual(ids);
    });

    it('moves on once every finding is marked corrected or upheld, without a dispute', () => {
      const upheld = ids.map((findingId) => ({ type: 'FINDING_RESOLVED', findingId, outcome: 'upheld', at }) as BillEvent);
      expect(after([...withFindings, upheld[0]!]).matches({ validation: { audit: 'reviewing' } })).toBe(true);
      const settled = after([...withFindings, ...upheld]);
      expect(settled.matches({ validation: { audit: 'resolved' } })).toBe(true);
      expect(nextAction(settled, TODAY).id).not.toBe('review-findings');
    });

    it('lowers the balance by what each corrected finding took off', () => {
      const corrected = after([...withFindings, { type: 'FINDING_DISPUTED', findingId: ids[0]!, at }, { type: 'FINDING_RESOLVED', findingId: ids[0]!, outcome: 'corrected', adjustment: 3000, at }]);
      expect(corrected.context.correctedBalance).toBe(100_000 - 3000);
      // The other finding was never disputed: it comes back to be answered.
      expect(corrected.matches({ validation: { audit: 'reviewing' } })).toBe(true);
      expect(nextAction(corrected, TODAY).title).toBe('Check the finding on your bill');
    });

    it('accepts every open finding when the person says none is a problem', () => {
      const done = after([...withFindings, { type: 'REVIEW_COMPLETED', at }]);
      expect(done.matches({ validation: { audit: 'resolved' } })).toBe(true);
      expect(Object.values(done.context.findings).map((finding) => finding.status)).toEqual(['upheld', 'upheld']);
    });

    it('asks again when a corrected bill brings a new finding after the review', () => {
      const moreLines = [...lines, { id: 'line-4', date: '2026-02-10', code: '99285', units: 1, charge: 90000 }];
      const corrected = after([...withFindings, { type: 'REVIEW_COMPLETED', at }, { type: 'ITEMIZED_BILL_RECEIVED', lines: moreLines, at }]);
      expect(corrected.matches({ validation: { audit: 'reviewing' } })).toBe(true);
      expect(nextAction(corrected, TODAY).actions[0]?.events?.map((event) => event.type === 'FINDING_DISPUTED' && event.findingId)).toEqual(['high-level-em:line-4']);
    });

    it('does not count a claim confirmed by phone as billed before the insurer decided', () => {
      const pending = after([{ type: 'ITEMIZED_BILL_RECEIVED', lines: [], at }, { type: 'PROCEED_ANYWAY', at }]);
      expect(nextAction(pending, TODAY).title).toBe('Check the finding on your bill');
      expect(nextAction(after(toValidation), TODAY).title).not.toMatch(/finding/);
    });
  });

  it('asks for the dispute in writing, then waits for the answer', () => {
    const disputed = [...toValidation, { type: 'FINDING_DISPUTED', findingId: 'x', at } as BillEvent];
    expect(nextAction(after(disputed), TODAY).id).toBe('dispute-findings');
    const sent = nextAction(after([...disputed, { type: 'LETTER_SENT', letter: 'billing-dispute', followUp: '2026-04-01', at }]), TODAY);
    expect(sent.id).toBe('wait-for-response');
    expect(sent.due).toBe('2026-04-01');
  });

  it('keeps the appeal open beside the bill check, due 180 days after the denial', () => {
    const denied: BillEvent[] = [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [], at }, { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at: '2026-01-10' }, { type: 'PROCEED', at }];
    const step = nextAction(after(denied), TODAY);
    expect(step.id).toBe('review-findings');
    expect(step.alsoNow?.find((other) => other.id === 'file-appeal')?.due).toBe('2026-07-09'); // 2026-01-10 + 180 days
    expect(nextAction(after(denied), '2026-07-05').id).toBe('file-appeal'); // within a week of the deadline it comes first
    expect(nextAction(after([...denied, { type: 'REVIEW_COMPLETED', at }]), TODAY).id).toBe('file-appeal');
  });

  it('offers to move on past an appeal or an application the person does not want', () => {
    const denied: BillEvent[] = [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [], at }, { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at }, { type: 'PROCEED', at }, { type: 'REVIEW_COMPLETED', at }];
    const step = nextAction(after(denied), TODAY);
    expect(step.id).toBe('file-appeal');
    expect(step.alsoNow?.map((other) => other.id)).toEqual(['apply-financial-assistance', 'move-on']);
  });

  it('does not ask for the dispute letter again after a call', () => {
    const sent: BillEvent[] = [...toValidation, { type: 'FINDING_DISPUTED', findingId: 'x', at }, { type: 'LETTER_SENT', letter: 'billing-dispute', followUp: '2026-04-01', at }];
    expect(nextAction(after([...sent, { type: 'CALL_LOGGED', with: 'Dana', at }]), TODAY).id).toBe('wait-for-response');
    expect(nextAction(after([...sent, { type: 'FINDING_DISPUTED', findingId: 'y', at: '2026-03-05' }]), '2026-03-05').id).toBe('dispute-findings');
  });

  it('dates the assistance application 240 days after a nonprofit hospital’s first bill', () => {
    const hospital = insuredCase({ provider: { name: 'St. Mary', kind: 'hospital', nonprofit: true }, firstStatementDate: '2026-01-05' });
    const step = nextAction(after([...toValidation, { type: 'REVIEW_COMPLETED', at }], hospital), TODAY);
    expect(step.id).toBe('apply-financial-assistance');
    expect(step.due).toBe('2026-09-02'); // 2026-01-05 + 240 days (26 CFR 1.501(r)-6)
    expect(step.why).toMatch(/240 days/);
    const clinic = nextAction(after([...toValidation, { type: 'REVIEW_COMPLETED', at }]), TODAY);
    expect(clinic.due).toBeUndefined();
    // 501(r) binds hospitals only: a nonprofit physician group gets no 240-day date and no hospital wording.
    const group = insuredCase({ provider: { name: 'Valley Doctors', kind: 'physician', nonprofit: true }, firstStatementDate: '2026-01-05' });
    const groupStep = nextAction(after([...toValidation, { type: 'REVIEW_COMPLETED', at }], group), TODAY);
    expect(groupStep.due).toBeUndefined();
    expect(groupStep.why).not.toMatch(/240 days/);
  });
});

describe('negotiation', () => {
  it('suggests an opening lump-sum offer of about 30 % of the balance', () => {
    const step = nextAction(after(toNegotiation), TODAY);
    expect(step.id).toBe('make-offer');
    expect(step.how).toContain('$300.00'); // 30 % of $1,000.00
  });

  it('waits two weeks for an answer to an offer', () => {
    const step = nextAction(after([...toNegotiation, { type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at: '2026-02-25' }]), TODAY);
    expect(step.id).toBe('wait-for-response');
    expect(step.due).toBe('2026-03-11');
  });

  it('answers a counteroffer with a figure in between', () => {
    const step = nextAction(after([...toNegotiation, { type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at }, { type: 'COUNTEROFFER_RECEIVED', amount: 60_000, at }]), TODAY);
    expect(step.id).toBe('respond-to-counteroffer');
    expect(step.how).toContain('$450.00');
  });

  it('suggests escalating after a refusal', () => {
    const step = nextAction(after([...toNegotiation, { type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at }, { type: 'OFFER_REJECTED', at }]), TODAY);
    expect(step.id).toBe('escalate');
    expect(step.title).toBe('Ask for a senior representative');
  });

  it('goes back to the offer once someone new is on the line', () => {
    const refused: BillEvent[] = [...toNegotiation, { type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at }, { type: 'OFFER_REJECTED', at }];
    expect(nextAction(after([...refused, { type: 'ESCALATED', level: 'senior-rep', at }]), TODAY).id).toBe('make-offer');
  });

  it('does not count turning down a plan as their refusal', () => {
    const declined = after([...toNegotiation, { type: 'PAYMENT_PLAN_OFFERED', monthly: 10_000, months: 10, at }, { type: 'PAYMENT_PLAN_DECLINED', at }]);
    expect(declined.value).toEqual({ negotiation: 'preparing' });
    expect(nextAction(declined, TODAY).id).toBe('make-offer');
  });

  it('lets partial assistance lower the balance and carries on negotiating', () => {
    const partial = after([...toValidation, { type: 'REVIEW_COMPLETED', at }, { type: 'ASSISTANCE_APPLIED', at }, { type: 'ASSISTANCE_DECIDED', outcome: 'partial', balance: 60_000, at }, { type: 'PROCEED', at }, { type: 'OFFER_MADE', amount: 20_000, kind: 'lump-sum', at }]);
    expect(partial.value).toEqual({ negotiation: 'offerOut' });
    expect(nextAction(partial, TODAY).id).toBe('wait-for-response');
  });

  it('asks for the agreement in writing after an accepted offer', () => {
    const step = nextAction(after([...toNegotiation, { type: 'OFFER_ACCEPTED', amount: 40_000, at }]), TODAY);
    expect(step.id).toBe('get-agreement-in-writing');
    expect(step.how).toContain('$400.00');
  });

  it('warns before a payment plan and never suggests an offer after one is accepted', () => {
    const offered = after([...toNegotiation, { type: 'PAYMENT_PLAN_OFFERED', monthly: 10_000, months: 10, at }]);
    expect(nextAction(offered, TODAY).why).toMatch(/freezes the balance/);
    const accepted = after([...toNegotiation, { type: 'PAYMENT_PLAN_ACCEPTED', monthly: 10_000, months: 10, at }, { type: 'OFFER_REJECTED', at }]);
    expect(nextAction(accepted, TODAY).id).toBe('get-agreement-in-writing');
  });
});

describe('collections', () => {
  it('dates the validation request 30 days after receipt, assumed 5 business days after the notice', () => {
    // Notice Friday 2026-11-20; Thanksgiving (11-26) is skipped: receipt 2026-11-30, due 2026-12-30.
    const step = nextAction(after([{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-11-20', at }]), '2026-11-23');
    expect(step.id).toBe('request-debt-validation');
    expect(step.due).toBe('2026-12-30');
    expect(step.how).toContain('Acme Recovery');
  });

  it('waits for proof, then negotiates with pay-for-delete', () => {
    const sent: BillEvent[] = [{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-02-20', amount: 100_000, at }, { type: 'DEBT_VALIDATION_REQUESTED', at }];
    expect(nextAction(after(sent), TODAY).id).toBe('wait-for-response');
    const proved = nextAction(after([...sent, { type: 'DEBT_VALIDATED', at }]), TODAY);
    expect(proved.id).toBe('confirm-debt-owner');
    expect(proved.how).toMatch(/Do you own this debt/);
    const negotiate = proved.alsoNow!.find((step) => step.id === 'negotiate-with-collector')!;
    expect(negotiate.how).toMatch(/delete it from my credit reports/);
    // The opening offer is the calculator's and the pay-for-delete letter's: 40 % of what the collector asks.
    expect(negotiate.how).toContain('$400.00');
    const confirmed = nextAction(after([...sent, { type: 'DEBT_VALIDATED', at }, proved.actions[0]!.event!]), TODAY);
    expect(confirmed.id).toBe('negotiate-with-collector');
  });

  it('flags a nonprofit hospital that sent the bill to collections before day 120', () => {
    const hospital = insuredCase({ provider: { name: 'Riverside General', kind: 'hospital', nonprofit: true }, firstStatementDate: '2026-01-05' });
    const early = nextAction(after([{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-03-01', at }], hospital), TODAY);
    expect(early.why).toContain('Riverside General handed this to a collector before May 5, 2026. Until then a nonprofit hospital may not sell the debt, report it to credit bureaus or sue');
    expect(early.why).toMatch(/30 days before.*Form 13909/);
    const onTime = nextAction(after([{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-05-05', at }], hospital), TODAY);
    expect(onTime.why).not.toMatch(/handed this to a collector/);
    const forProfit = { ...hospital, provider: { ...hospital.provider, nonprofit: false } };
    expect(nextAction(after([{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-03-01', at }], forProfit), TODAY).why).not.toMatch(/handed this to a collector/);
  });

  it("explains the credit bureaus' rules and that the 2025 federal rule was vacated, until the reports are checked", () => {
    const notice = (amount: number): BillEvent => ({ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-02-20', amount, at });
    const creditStep = (events: BillEvent[], billCase = insuredCase({ firstStatementDate: '2026-01-10' })) =>
      nextAction(after(events, billCase), TODAY).alsoNow!.find((step) => step.id === 'check-credit-reporting');
    const small = creditStep([notice(49_999)])!;
    expect(small.why).toMatch(/By their own rules \(not a law\).*under \$500\. So this one should not show at all/);
    expect(small.why).toMatch(/struck down by a court in July 2025/);
    const large = creditStep([notice(50_000)])!;
    expect(large.why).toMatch(/wait a year .*about January 10, 2027/);
    expect(creditStep([notice(50_000), large.actions[0]!.event!])).toBeUndefined();
  });

  it('starts the talks with the collector afresh', () => {
    const step = nextAction(after([...toNegotiation, { type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at: '2026-01-02' }, { type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-02-20', at }, { type: 'DEBT_VALIDATED', at }, { type: 'PROCEED', at }]), TODAY);
    expect(step.id).toBe('negotiate-with-collector');
  });

  it('asks for an approved assistance decision in writing there too', () => {
    const step = nextAction(after([{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-02-20', at }, { type: 'DEBT_VALIDATED', at }, { type: 'ASSISTANCE_APPLIED', at }, { type: 'ASSISTANCE_DECIDED', outcome: 'approved', at }]), TODAY);
    expect(step.id).toBe('get-agreement-in-writing');
  });
});

describe('deadlines about to pass', () => {
  it('bring a hold that ends within a week to the top, with ways to record more time', () => {
    const held = after([{ type: 'HOLD_CONFIRMED', until: '2026-03-06', at }]);
    const step = nextAction(held, TODAY);
    expect(step).toMatchObject({ id: 'request-hold', due: '2026-03-06', title: 'Ask for more time on the hold' });
    expect(step.actions.map((action) => action.event?.type ?? action.form)).toEqual(['HOLD_REQUESTED', 'hold-confirmed']);
    expect(nextAction(held, '2026-02-20').id).toBe('request-itemized-bill');
    // Once the hold has ended, or a collector has the account, there is nothing left to extend.
    expect(nextAction(held, '2026-03-07').id).toBe('request-itemized-bill');
    const collected = after([{ type: 'HOLD_CONFIRMED', until: '2026-03-06', at }, { type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: at, at }]);
    expect(nextAction(collected, TODAY).id).toBe('request-debt-validation');
    expect(nextAction(collected, TODAY).alsoNow!.map((step) => step.id)).not.toContain('request-hold');
  });

  it('bring a follow-up date that has come, until a later call is logged', () => {
    const called: BillEvent[] = [{ type: 'CALL_LOGGED', with: 'Dana', followUp: '2026-03-04', at }];
    const step = nextAction(after(called), TODAY);
    expect(step).toMatchObject({ id: 'follow-up', title: 'Follow up on your call with Dana', due: '2026-03-04' });
    expect(step.actions[0]?.form).toBe('call');
    expect(nextAction(after([...called, { type: 'CALL_LOGGED', with: 'Lee', at: '2026-03-05' }]), '2026-03-10').id).toBe('request-itemized-bill');
  });

  it('bring the last week of the patient-provider dispute to the top', () => {
    const overEstimate = uninsuredCase({ goodFaithEstimate: 100_000, statementBalance: 160_000, firstStatementDate: '2025-11-05' });
    const step = nextAction(after([], overEstimate), TODAY); // due 2026-03-05
    expect(step).toMatchObject({ id: 'start-provider-dispute', due: '2026-03-05', title: 'Start the patient-provider dispute' });
    expect(step.how).toContain('1-800-985-3059');
    expect(step.actions[0]?.event).toEqual({ type: 'PROVIDER_DISPUTE_STARTED', at: TODAY });
    // Warning the provider by letter is not starting the dispute; recording it started is.
    const warned = after([{ type: 'LETTER_SENT', letter: 'no-surprises-dispute', at }], overEstimate);
    expect(nextAction(warned, TODAY).id).toBe('start-provider-dispute');
    const started = nextAction(after([step.actions[0]!.event!], overEstimate), TODAY);
    expect([started.id, ...started.alsoNow!.map((other) => other.id)]).not.toContain('start-provider-dispute');
  });
});

describe('closure', () => {
  const agreed: BillEvent[] = [...toNegotiation, { type: 'OFFER_ACCEPTED', amount: 40_000, at }, { type: 'AGREEMENT_RECEIVED_IN_WRITING', at }];

  it('asks for nothing when the bill was corrected to zero after a deal', () => {
    for (const deal of [{ type: 'OFFER_ACCEPTED', amount: 30_000, at }, { type: 'PAYMENT_PLAN_ACCEPTED', monthly: 10_000, months: 10, at }] as BillEvent[]) {
      const snapshot = after([...toNegotiation, deal, { type: 'CORRECTED_BILL_RECEIVED', balance: 0, at }]);
      expect(snapshot.value).toEqual({ closure: 'confirmingZeroBalance' });
      expect(nextAction(snapshot, TODAY).id).toBe('confirm-zero-balance');
    }
  });

  it('treats assistance approved without an amount as the bill forgiven', () => {
    const snapshot = after([...toValidation, { type: 'ASSISTANCE_APPLIED', at }, { type: 'ASSISTANCE_DECIDED', outcome: 'approved', at }, { type: 'AGREEMENT_RECEIVED_IN_WRITING', at }]);
    expect(snapshot.value).toEqual({ closure: 'confirmingZeroBalance' });
  });

  it('asks to pay exactly what is left on the agreement', () => {
    const step = nextAction(after([...agreed, { type: 'PAYMENT_MADE', amount: 15_000, at }]), TODAY);
    expect(step.id).toBe('make-payment');
    expect(step.title).toBe('Pay exactly $250.00');
  });

  it('then the zero-balance letter, the credit report 30 to 60 days after paying, and closing', () => {
    const paid = [...agreed, { type: 'PAYMENT_MADE', amount: 40_000, at: '2026-03-02' } as BillEvent];
    expect(nextAction(after(paid), TODAY).id).toBe('confirm-zero-balance');
    const confirmed = [...paid, { type: 'ZERO_BALANCE_CONFIRMED', at } as BillEvent];
    const check = nextAction(after(confirmed), TODAY);
    expect(check.id).toBe('check-credit-report');
    expect(check.due).toBe('2026-05-01');
    expect(check.how).toContain('Check between April 1, 2026 and May 1, 2026');
    const checked = [...confirmed, { type: 'CREDIT_REPORT_CHECKED', at } as BillEvent];
    expect(nextAction(after(checked), TODAY).id).toBe('close-case');
    expect(nextAction(after([...checked, { type: 'CASE_CLOSED', at }]), TODAY)).toMatchObject({ id: 'keep-records', actions: [] });
  });
});

describe('in every reachable state', () => {
  it('gives a full recommendation whose buttons the machine accepts', () => {
    const snapshots = reachableSnapshots();
    expect(snapshots.length).toBeGreaterThan(50);
    for (const snapshot of snapshots) {
      const step = nextAction(snapshot, TODAY);
      expect(step.title && step.why && step.how).toBeTruthy();
      for (const shown of [step, ...(step.alsoNow ?? [])]) {
        for (const action of shown.actions) {
          const events = action.events ?? (action.event ? [action.event] : []);
          for (const event of events) expect(snapshot.can(event), `${shown.id}: ${action.label} in ${JSON.stringify(snapshot.value)}`).toBe(true);
          if (events.length === 0) expect(action.form).toBeDefined();
        }
      }
    }
  });

  it('reads a persisted snapshot as well as a live one', () => {
    for (const snapshot of reachableSnapshots()) {
      const persisted = JSON.parse(JSON.stringify(billMachine.getPersistedSnapshot(snapshot)));
      expect(nextAction(persisted, TODAY)).toEqual(nextAction(snapshot, TODAY));
    }
  });
});
