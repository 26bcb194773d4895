/*
 * Hand-pinned transitions: the rules of the playbook that the generated paths
 * can't check on their own (they follow whatever the chart says). One rule per
 * test, driven as the user drives it: create an actor, send events, look.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { billMachine, nextAction } from '../../machines';
import type { Case } from '../../src/domain/case';
import type { BillEvent } from '../../src/domain/events';
import { insuredCase, TODAY, uninsuredCase } from '../fixtures/cases';

const at = TODAY;

function bill(billCase: Case = insuredCase(), events: BillEvent[] = []) {
  const actor = createActor(billMachine, { input: { case: billCase } }).start();
  for (const event of events) actor.send(event);
  return actor;
}

const toValidation: BillEvent[] = [
  { type: 'ITEMIZED_BILL_RECEIVED', lines: [], at },
  { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at },
  { type: 'PROCEED', at },
];
const toNegotiation: BillEvent[] = [...toValidation, { type: 'REVIEW_COMPLETED', at }, { type: 'PROCEED', at }];
const toCollections: BillEvent[] = [{ type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-02-20', at }];

describe('stabilization', () => {
  it('starts with the three tracks at their beginning', () => {
    expect(bill().getSnapshot().value).toEqual({
      stabilization: { itemizedBill: 'notRequested', insurance: 'unknown', hold: 'none' },
    });
  });

  it('treats a case without insurance as having nothing to wait for from an insurer', () => {
    expect(bill(uninsuredCase()).getSnapshot().matches({ stabilization: { insurance: 'uninsured' } })).toBe(true);
  });

  it('does not move on before the itemized bill and the claim decision are in', () => {
    const actor = bill(insuredCase(), [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [], at }, { type: 'PROCEED', at }]);
    expect(actor.getSnapshot().matches('stabilization')).toBe(true);
    actor.send({ type: 'CLAIM_STATUS_CONFIRMED', status: 'pending', at });
    actor.send({ type: 'PROCEED', at });
    expect(actor.getSnapshot().matches('stabilization')).toBe(true);
    actor.send({ type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at });
    actor.send({ type: 'PROCEED', at });
    expect(actor.getSnapshot().matches('validation')).toBe(true);
  });

  it('moves on for an uninsured bill once the itemized bill is in', () => {
    const actor = bill(uninsuredCase(), [{ type: 'ITEMIZED_BILL_RECEIVED', lines: [], at }, { type: 'PROCEED', at }]);
    expect(actor.getSnapshot().matches('validation')).toBe(true);
  });

  it('lets the person go on without waiting when they choose to', () => {
    expect(bill(insuredCase(), [{ type: 'PROCEED_ANYWAY', at }]).getSnapshot().matches('validation')).toBe(true);
  });

  it('follows a change of coverage in the bill basics', () => {
    const actor = bill(insuredCase(), [{ type: 'CASE_DETAILS_UPDATED', details: { coverage: 'uninsured' }, at }]);
    expect(actor.getSnapshot().matches({ stabilization: { insurance: 'uninsured' } })).toBe(true);
  });
});

describe('validation', () => {
  it('needs an appeal when the claim was denied', () => {
    const actor = bill(insuredCase(), [
      { type: 'ITEMIZED_BILL_RECEIVED', lines: [], at },
      { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at },
      { type: 'PROCEED', at },
    ]);
    expect(actor.getSnapshot().matches({ validation: { appeal: 'needed' } })).toBe(true);
    expect(nextAction(actor.getSnapshot(), at).alsoNow?.map((step) => step.id)).toContain('file-appeal');
  });

  it('waits for every dispute to be answered before the bill counts as checked', () => {
    const actor = bill(insuredCase(), [
      ...toValidation,
      { type: 'FINDING_DISPUTED', findingId: 'a', at },
      { type: 'FINDING_DISPUTED', findingId: 'b', at },
      { type: 'FINDING_RESOLVED', findingId: 'a', outcome: 'upheld', at },
    ]);
    expect(actor.getSnapshot().matches({ validation: { audit: 'disputing' } })).toBe(true);
    actor.send({ type: 'FINDING_RESOLVED', findingId: 'b', outcome: 'corrected', adjustment: 25_000, at });
    expect(actor.getSnapshot().matches({ validation: { audit: 'resolved' } })).toBe(true);
    expect(actor.getSnapshot().context.correctedBalance).toBe(75_000);
  });

  it('does not start negotiating while the bill is unchecked or a decision is pending', () => {
    const actor = bill(insuredCase(), [...toValidation, { type: 'PROCEED', at }]);
    expect(actor.getSnapshot().matches('validation')).toBe(true);
    actor.send({ type: 'ASSISTANCE_APPLIED', at });
    actor.send({ type: 'REVIEW_COMPLETED', at });
    actor.send({ type: 'PROCEED', at });
    expect(actor.getSnapshot().matches('validation')).toBe(true);
    actor.send({ type: 'PROCEED_ANYWAY', at });
    expect(actor.getSnapshot().matches('negotiation')).toBe(true);
  });

  it('closes when a corrected bill says nothing is owed', () => {
    const actor = bill(insuredCase(), [...toValidation, { type: 'CORRECTED_BILL_RECEIVED', balance: 0, at }]);
    expect(actor.getSnapshot().value).toEqual({ closure: 'confirmingZeroBalance' });
  });
});

describe('the payment-plan guard', () => {
  it('ignores offers once a payment plan is accepted', () => {
    const actor = bill(insuredCase(), [
      ...toNegotiation,
      { type: 'PAYMENT_PLAN_OFFERED', monthly: 10_000, months: 10, at },
      { type: 'PAYMENT_PLAN_ACCEPTED', monthly: 10_000, months: 10, at },
    ]);
    const before = actor.getSnapshot();
    expect(before.value).toEqual({ negotiation: { paymentPlan: 'accepted' } });
    actor.send({ type: 'OFFER_MADE', amount: 20_000, kind: 'lump-sum', at });
    actor.send({ type: 'COUNTEROFFER_RECEIVED', amount: 30_000, at });
    actor.send({ type: 'OFFER_ACCEPTED', amount: 30_000, at });
    expect(actor.getSnapshot()).toBe(before);
    expect(nextAction(actor.getSnapshot(), at).id).toBe('get-agreement-in-writing');
  });

  it('lets a lump-sum offer answer a plan that was only offered', () => {
    const actor = bill(insuredCase(), [...toNegotiation, { type: 'PAYMENT_PLAN_OFFERED', monthly: 10_000, months: 10, at }]);
    actor.send({ type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at });
    expect(actor.getSnapshot().value).toEqual({ negotiation: 'offerOut' });
  });

  it('also holds with a collector', () => {
    const actor = bill(insuredCase(), [...toCollections, { type: 'PROCEED_ANYWAY', at }, { type: 'PAYMENT_PLAN_ACCEPTED', monthly: 5_000, months: 4, at }]);
    const offersBefore = actor.getSnapshot().context.offers.length;
    actor.send({ type: 'OFFER_MADE', amount: 10_000, kind: 'lump-sum', at });
    expect(actor.getSnapshot().context.offers).toHaveLength(offersBefore);
  });
});

describe('closure', () => {
  it('is reached only once the accepted offer is in writing', () => {
    const actor = bill(insuredCase(), [...toNegotiation, { type: 'OFFER_MADE', amount: 30_000, kind: 'lump-sum', at }, { type: 'OFFER_ACCEPTED', amount: 30_000, at }]);
    expect(actor.getSnapshot().value).toEqual({ negotiation: 'acceptedAwaitingWriting' });
    expect(nextAction(actor.getSnapshot(), at).id).toBe('get-agreement-in-writing');
    actor.send({ type: 'PAYMENT_MADE', amount: 30_000, at });
    expect(actor.getSnapshot().context.payments).toEqual([]);
    actor.send({ type: 'AGREEMENT_RECEIVED_IN_WRITING', at });
    expect(actor.getSnapshot().value).toEqual({ closure: 'paying' });
  });

  it('ignores a written agreement when nothing was agreed', () => {
    const actor = bill(insuredCase(), [...toNegotiation]);
    const before = actor.getSnapshot();
    actor.send({ type: 'AGREEMENT_RECEIVED_IN_WRITING', at });
    expect(actor.getSnapshot()).toBe(before);
  });

  it('follows an approved assistance decision once it is in writing', () => {
    const actor = bill(insuredCase(), [...toValidation, { type: 'ASSISTANCE_APPLIED', at }, { type: 'ASSISTANCE_DECIDED', outcome: 'approved', balance: 0, at }]);
    expect(nextAction(actor.getSnapshot(), at).id).toBe('get-agreement-in-writing');
    actor.send({ type: 'AGREEMENT_RECEIVED_IN_WRITING', at });
    expect(actor.getSnapshot().value).toEqual({ closure: 'confirmingZeroBalance' });
  });

  it('follows a debt the collector could not validate', () => {
    const actor = bill(insuredCase(), [...toCollections, { type: 'DEBT_VALIDATION_REQUESTED', at }, { type: 'DEBT_NOT_VALIDATED', at }]);
    expect(actor.getSnapshot().value).toEqual({ closure: 'checkingCredit' });
    expect(actor.getSnapshot().context.closureReason).toBe('not-validated');
  });

  it('moves from paying to the zero-balance letter once the agreed amount is paid', () => {
    const actor = bill(insuredCase(), [
      ...toNegotiation,
      { type: 'OFFER_ACCEPTED', amount: 30_000, at },
      { type: 'AGREEMENT_RECEIVED_IN_WRITING', at },
      { type: 'PAYMENT_MADE', amount: 10_000, at },
    ]);
    expect(actor.getSnapshot().value).toEqual({ closure: 'paying' });
    actor.send({ type: 'PAYMENT_MADE', amount: 20_000, at });
    expect(actor.getSnapshot().value).toEqual({ closure: 'confirmingZeroBalance' });
  });

  it('accepts CASE_CLOSED only in closure, and then ignores everything', () => {
    const actor = bill(insuredCase(), [{ type: 'CASE_CLOSED', at }]);
    expect(actor.getSnapshot().matches('stabilization')).toBe(true);
    actor.send({ type: 'CORRECTED_BILL_RECEIVED', balance: 0, at }); // not accepted in stabilization
    actor.send({ type: 'PROCEED_ANYWAY', at });
    actor.send({ type: 'CORRECTED_BILL_RECEIVED', balance: 0, at });
    actor.send({ type: 'CASE_CLOSED', at });
    const closed = actor.getSnapshot();
    expect(closed.value).toEqual({ closure: 'closed' });
    actor.send({ type: 'CALL_LOGGED', with: 'someone', at });
    actor.send({ type: 'SENT_TO_COLLECTIONS', agency: 'A', noticeDate: at, at });
    expect(actor.getSnapshot()).toBe(closed);
  });
});

describe('collections', () => {
  it('starts a new validation window when the debt is sold on', () => {
    const actor = bill(insuredCase(), [...toCollections, { type: 'DEBT_VALIDATION_REQUESTED', at }]);
    actor.send({ type: 'SENT_TO_COLLECTIONS', agency: 'Second Agency', noticeDate: '2026-02-27', at });
    expect(actor.getSnapshot().value).toEqual({ collections: 'validationWindow' });
    expect(actor.getSnapshot().context.collector?.agency).toBe('Second Agency');
  });

  it('needs a new written agreement with the collector, whatever was agreed with the provider', () => {
    const actor = bill(insuredCase(), [
      ...toNegotiation,
      { type: 'OFFER_ACCEPTED', amount: 30_000, at },
      ...toCollections,
      { type: 'DEBT_VALIDATED', at },
      { type: 'PROCEED', at },
    ]);
    expect(actor.getSnapshot().value).toEqual({ collections: 'negotiatingWithCollector' });
    actor.send({ type: 'OFFER_ACCEPTED', amount: 20_000, at });
    expect(actor.getSnapshot().value).toEqual({ collections: 'negotiatingWithCollector' });
    actor.send({ type: 'AGREEMENT_RECEIVED_IN_WRITING', at });
    expect(actor.getSnapshot().value).toEqual({ closure: 'paying' });
  });
});

describe('decisions and answers', () => {
  it('accepts an assistance decision only for an application on file', () => {
    const actor = bill(insuredCase(), [...toNegotiation, { type: 'ASSISTANCE_DECIDED', outcome: 'approved', at }]);
    expect(actor.getSnapshot().context.assistance.status).toBe('none');
    actor.send({ type: 'ASSISTANCE_APPLIED', at });
    actor.send({ type: 'ASSISTANCE_DECIDED', outcome: 'approved', balance: 40_000, at });
    const decided = actor.getSnapshot();
    actor.send({ type: 'ASSISTANCE_DECIDED', outcome: 'denied', at });
    expect(actor.getSnapshot()).toBe(decided);
  });

  it('takes a finding’s correction off once, however often it is answered', () => {
    const actor = bill(insuredCase(), [
      ...toValidation,
      { type: 'FINDING_DISPUTED', findingId: 'a', at },
      { type: 'FINDING_RESOLVED', findingId: 'a', outcome: 'corrected', adjustment: 20_000, at },
      { type: 'FINDING_RESOLVED', findingId: 'a', outcome: 'corrected', adjustment: 20_000, at },
    ]);
    expect(actor.getSnapshot().context.correctedBalance).toBe(80_000);
    actor.send({ type: 'FINDING_RESOLVED', findingId: 'a', outcome: 'upheld', at });
    expect(actor.getSnapshot().context.correctedBalance).toBe(100_000);
  });

  it('holds a collector’s accepted offer until it is in writing', () => {
    const actor = bill(insuredCase(), [...toCollections, { type: 'PROCEED_ANYWAY', at }, { type: 'OFFER_ACCEPTED', amount: 20_000, at }]);
    const accepted = actor.getSnapshot();
    actor.send({ type: 'OFFER_MADE', amount: 10_000, kind: 'lump-sum', at });
    actor.send({ type: 'COUNTEROFFER_RECEIVED', amount: 30_000, at });
    expect(actor.getSnapshot()).toBe(accepted);
  });

  it('keeps the payment-plan guard after the account goes to collections', () => {
    const actor = bill(insuredCase(), [...toNegotiation, { type: 'PAYMENT_PLAN_ACCEPTED', monthly: 10_000, months: 10, at }, ...toCollections, { type: 'DEBT_VALIDATED', at }, { type: 'PROCEED', at }]);
    const before = actor.getSnapshot();
    actor.send({ type: 'OFFER_MADE', amount: 10_000, kind: 'lump-sum', at });
    expect(actor.getSnapshot()).toBe(before);
    expect(nextAction(before, at).id).toBe('get-agreement-in-writing');
  });
});

describe('events that make no sense', () => {
  it('ignores unknown events and malformed payloads without throwing', () => {
    const actor = bill();
    const before = actor.getSnapshot();
    actor.send({ type: 'NOT_AN_EVENT' } as never);
    actor.send({ type: 'OFFER_MADE' } as never);
    actor.send({ type: 'PAYMENT_MADE', amount: 'lots' } as never);
    expect(actor.getSnapshot()).toBe(before);
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('records the escalation level by its name on the ladder', () => {
    const actor = bill(insuredCase(), [...toNegotiation, { type: 'ESCALATED', level: 'billing-manager', at }]);
    expect(actor.getSnapshot().context.escalationLevel).toBe(3);
  });
});
