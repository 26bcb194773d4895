import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/domain/caseFile';
import type { BillEvent } from '../../src/domain/events';
import { letterKinds, renderLetter } from '../../src/domain/letters';
import { sampleCase } from '../../src/domain/sampleBill';
import { caseFileOf, insuredCase, TODAY } from '../fixtures/cases';

const at = TODAY;
const sample = sampleCase('sample', TODAY);
const toValidation: BillEvent[] = [
  { type: 'ITEMIZED_BILL_RECEIVED', lines: sample.lines, at },
  { type: 'EOB_RECEIVED', eob: sample.eob!, at },
  { type: 'PROCEED', at },
];
const file = (events: BillEvent[] = toValidation, billCase = sample): CaseFile => caseFileOf(billCase, events);

describe('every letter', () => {
  it('holds at least the twelve the contract names', () => {
    expect(letterKinds).toEqual(expect.arrayContaining([
      'itemized-bill-request', 'hold-request', 'billing-dispute', 'financial-assistance-request', 'settlement-offer',
      'written-agreement-request', 'internal-appeal', 'no-surprises-dispute', 'debt-validation', 'pay-for-delete',
      'call-summary', 'zero-balance-request',
    ]));
  });

  it.each(letterKinds)('%s names the provider or collector, the account and an amount, with no gaps in the text', (kind) => {
    const collections: BillEvent = { type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-02-20', amount: 118400, at };
    const { subject, body } = renderLetter(kind, file([...toValidation, collections]), TODAY);
    expect(subject).toContain('RGH-20419-77');
    expect(body).toContain('Account RGH-20419-77');
    expect(body).toMatch(kind === 'debt-validation' || kind === 'pay-for-delete' ? /Acme Recovery/ : /Riverside General Hospital/);
    if (kind !== 'call-summary') expect(body).toMatch(/\$\d/);
    expect(body).not.toMatch(/undefined|NaN|null|\[object/);
    expect(body).toContain('March 2, 2026');
  });

  it('keeps hostile and very long text as text', () => {
    const name = `<script>alert("x")</script> & Sons "Billing" ${'Very Long Name '.repeat(40)}`;
    const hostile = insuredCase({ provider: { name, kind: 'hospital' }, accountNumber: '<b>A&1</b>' });
    for (const kind of letterKinds) {
      const { body } = renderLetter(kind, file([], hostile), TODAY);
      if (!['debt-validation', 'pay-for-delete', 'internal-appeal'].includes(kind)) expect(body).toContain(name.trim());
      expect(body).toContain('Account <b>A&1</b>');
    }
  });

  it('leaves blanks in brackets where the case does not know, never invents', () => {
    const { body } = renderLetter('itemized-bill-request', file([], insuredCase({ accountNumber: undefined, provider: { name: '', kind: 'physician' } })), TODAY);
    expect(body).toContain('Account [account number]');
    expect(body).toContain('Billing office, [Provider name]');
    expect(body).not.toContain('UB-04');
  });
});

describe('the billing dispute', () => {
  it('lists every finding not marked as upheld, with its codes, dates and amounts', () => {
    const { body } = renderLetter('billing-dispute', file(), TODAY);
    expect(body).toContain("I'm disputing the following charges");
    expect(body).toMatch(/Charged twice: code 36415 \(amount in question: \$68\.00\)\n {3}- 36415 on \d\d\/\d\d\/\d{4}: \$68\.00\n {3}- 36415/);
    expect(body).toMatch(/Tests billed again beside their panel \(80053\)/);
    expect(body).not.toMatch(/financial assistance/i);
    expect((body.match(/^\d+\. /gm) ?? []).length).toBe(8);
  });

  it('leaves out what the person marked as upheld', () => {
    const upheld: BillEvent = { type: 'FINDING_RESOLVED', findingId: 'duplicate-charge:line-7+line-8', outcome: 'upheld', at };
    const { body } = renderLetter('billing-dispute', file([...toValidation, upheld]), TODAY);
    expect(body).not.toContain('Charged twice');
    expect((body.match(/^\d+\. /gm) ?? []).length).toBe(7);
  });
});

describe('the numbers in the letters', () => {
  it('offers the last offer recorded, else the opening share of the balance', () => {
    expect(renderLetter('settlement-offer', file(), TODAY).body).toContain("I'm offering $355.20 as a single lump-sum payment"); // 30 % of $1,184.00
    const offered: BillEvent[] = [...toValidation, { type: 'REVIEW_COMPLETED', at }, { type: 'PROCEED', at }, { type: 'OFFER_MADE', amount: 40000, kind: 'prompt-pay', at }];
    expect(renderLetter('settlement-offer', file(offered), TODAY).body).toContain("I'm offering $400.00 as a prompt payment");
  });

  it('puts the denial, its reason codes and the 180-day deadline in the appeal', () => {
    const denied: BillEvent[] = [{ type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at: '2026-01-10' }];
    const { body } = renderLetter('internal-appeal', file(denied), TODAY);
    expect(body).toContain('dated January 10, 2026');
    expect(body).toContain('by July 9, 2026');
    expect(body).toContain('Claim CLM-5521-0087');
    expect(body).toMatch(/Reason code CO-18: /);
  });

  it('summarises the last call as logged', () => {
    const call: BillEvent = { type: 'CALL_LOGGED', with: 'Dana', department: 'Patient accounts', reference: 'R-778', promised: 'A 60-day hold.', followUp: '2026-03-16', time: '15:05', at: '2026-03-01' };
    const { body } = renderLetter('call-summary', file([call]), TODAY);
    expect(body).toContain('our phone call on March 1, 2026 at 3:05 PM with Dana of Patient accounts, reference number R-778.');
    expect(body).toContain('What you told me: A 60-day hold.');
    expect(body).toContain('by March 16, 2026');
  });

  it('dates the end of the validation period in the debt validation letter', () => {
    const notice: BillEvent = { type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-02-20', at };
    // Received 5 business days after Friday Feb 20: Friday Feb 27; + 30 days: March 29.
    expect(renderLetter('debt-validation', file([notice]), TODAY).body).toContain('which ends March 29, 2026');
  });

  it('refuses a letter kind it does not know', () => {
    expect(() => renderLetter('love-letter', file(), TODAY)).toThrow(/No letter of kind "love-letter"/);
  });
});
