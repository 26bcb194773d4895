import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/domain/caseFile';
import type { BillEvent } from '../../src/domain/events';
import { letterKinds, renderLetter } from '../../src/domain/letters';
import { sampleCase } from '../../src/domain/sampleBill';
import { caseFileOf, insuredCase, TODAY, uninsuredCase } from '../fixtures/cases';

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

  /** Each letter in the situation it is written for: collections letters after a notice, the agreement after a deal, and so on. */
  const collections: BillEvent = { type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-02-20', amount: 118400, at };
  const deal: BillEvent[] = [...toValidation, { type: 'PROCEED_ANYWAY', at }, { type: 'OFFER_MADE', amount: 40000, kind: 'lump-sum', at }, { type: 'OFFER_ACCEPTED', amount: 40000, at }];
  const situations: Partial<Record<string, BillEvent[]>> = {
    'debt-validation': [...toValidation, collections],
    'pay-for-delete': [...toValidation, collections],
    'written-agreement-request': deal,
    'zero-balance-request': [...deal, { type: 'AGREEMENT_RECEIVED_IN_WRITING', at }, { type: 'PAYMENT_MADE', amount: 40000, at }],
    'call-summary': [...toValidation, { type: 'CALL_LOGGED', with: 'Dana', reference: 'R-1', promised: 'A hold.', time: '09:15', at }],
  };

  it.each(letterKinds)('%s names the provider or collector, the account and an amount, with no gaps in the text', (kind) => {
    const { subject, body } = renderLetter(kind, file(situations[kind] ?? toValidation), TODAY);
    expect(subject).toContain('RGH-20419-77');
    expect(body).toContain('Account RGH-20419-77');
    expect(body).toMatch(kind === 'debt-validation' || kind === 'pay-for-delete' ? /To: Acme Recovery/ : /Riverside General Hospital/);
    if (kind !== 'call-summary') expect(body).toMatch(/\$\d/);
    expect(body).not.toMatch(/undefined|NaN|null|\[object|-\$/);
    expect(body).toContain('March 2, 2026');
    if (kind !== 'itemized-bill-request' && kind !== 'hold-request') expect(body).not.toMatch(/\[what you|\[Say why/);
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
    expect((body.match(/^\d+\. /gm) ?? []).length).toBe(8);
    // The assistance finding is help, not an error: listed after the charges, with its request and no amount in question.
    expect(body).toMatch(/\n\nSeparately: you may qualify for financial assistance\. \S/);
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

describe('letters say only what the case supports', () => {
  const collections = (amount: number): BillEvent => ({ type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-02-20', amount, at });

  it('sends the agreement and zero-balance letters to the collector once there is one, with the deletion asked for', () => {
    const settled: BillEvent[] = [collections(50000), { type: 'DEBT_VALIDATED', at }, { type: 'OFFER_MADE', amount: 20000, kind: 'lump-sum', at }, { type: 'OFFER_ACCEPTED', amount: 20000, at }];
    for (const kind of ['written-agreement-request', 'zero-balance-request'] as const) {
      const { body } = renderLetter(kind, file(settled), TODAY);
      expect(body).toContain('To: Acme Recovery');
      expect(body).toContain('Original creditor: Riverside General Hospital');
      expect(body).toContain('delete every entry about this account from Equifax, Experian and TransUnion');
    }
    expect(renderLetter('written-agreement-request', file(settled), TODAY).body).toContain('This confirms what we agreed: $200.00 as payment in full');
  });

  it('never claims an agreement that is not recorded', () => {
    expect(renderLetter('written-agreement-request', file(), TODAY).body).toContain('This confirms what we agreed: [what you agreed');
    expect(renderLetter('zero-balance-request', file(), TODAY).body).toContain('[Say why nothing more is owed');
    const notValidated: BillEvent[] = [collections(50000), { type: 'DEBT_NOT_VALIDATED', at }];
    const { body } = renderLetter('zero-balance-request', file(notValidated), TODAY);
    expect(body).toContain('You did not validate this debt');
    expect(body).not.toContain('as we agreed');
  });

  it('states a plan as recorded: the total, and a blank for an interest rate nobody entered', () => {
    const plan: BillEvent[] = [...toValidation, { type: 'PROCEED_ANYWAY', at }, { type: 'PAYMENT_PLAN_OFFERED', monthly: 4934, months: 24, at }, { type: 'PAYMENT_PLAN_ACCEPTED', monthly: 4934, months: 24, at }];
    expect(renderLetter('written-agreement-request', file(plan), TODAY).body).toContain('a payment plan of $49.34 a month for 24 months at [interest rate, 0 % if none], $1,184.16 in all');
  });

  it('never offers a collector more than it says is owed', () => {
    const overOffered: BillEvent[] = [collections(50000), { type: 'DEBT_VALIDATED', at }, { type: 'OFFER_MADE', amount: 70000, kind: 'lump-sum', at }];
    const { body } = renderLetter('pay-for-delete', file(overOffered), TODAY);
    expect(body).toContain("Your records show $500.00 owed on this account. I'm offering $500.00");
    const onlyTheirs: BillEvent[] = [collections(50000), { type: 'DEBT_VALIDATED', at }, { type: 'COUNTEROFFER_RECEIVED', amount: 45000, at }];
    expect(renderLetter('pay-for-delete', file(onlyTheirs), TODAY).body).toContain("I'm offering $200.00");
    const fresh = renderLetter('pay-for-delete', file([collections(50000)]), TODAY).body;
    expect(fresh).toContain("I'm offering $200.00"); // 40 % of the collector's $500.00, the playbook's middle
  });

  it('never says a passed deadline is met', () => {
    const later = '2026-12-01';
    const old: BillEvent[] = [{ type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at: '2026-01-10' }, collections(50000)];
    const appeal = renderLetter('internal-appeal', file(old), later).body;
    expect(appeal).not.toContain("I'm filing within");
    expect(appeal).toContain('[The 180 days after the denial ended on July 9, 2026');
    const validation = renderLetter('debt-validation', file(old), later).body;
    expect(validation).not.toContain('within the validation period');
    expect(validation).toContain('please stop all collection of this debt.');
    const assistance = renderLetter('financial-assistance-request', file([]), later).body;
    expect(assistance).not.toContain('open until at least');
    expect(assistance).toContain('Please tell me whether you will still consider my application.');
    const uninsured = uninsuredCase({ firstStatementDate: '2026-01-05', goodFaithEstimate: 50000, statementBalance: 100000 });
    expect(renderLetter('no-surprises-dispute', file([], uninsured), later).body).not.toContain('I will start it by');
    expect(renderLetter('no-surprises-dispute', file([], uninsured), TODAY).body).toContain('I will start it by May 5, 2026');
  });

  it('says "more" only when the bill is above the estimate, and names the protection only when the case shows it', () => {
    const letterFor = (goodFaithEstimate: number) => renderLetter('no-surprises-dispute', file([], uninsuredCase({ goodFaithEstimate, statementBalance: 100000 })), TODAY).body;
    const below = letterFor(150000);
    expect(below).toContain('Your good faith estimate was $1,500.00; the bill is $1,000.00.');
    expect(below).toContain('The bill is within your estimate.');
    expect(below).not.toContain('bill me the amount of the estimate');
    const slightlyAbove = letterFor(70000); // $300 above: under the $400 line, so no dispute to threaten
    expect(slightlyAbove).toContain('$300.00 more');
    expect(slightlyAbove).toContain('Please explain why the bill is above your estimate');
    expect(slightlyAbove).not.toContain('I will start that dispute');
    expect(letterFor(60000)).toContain('Please bill me the amount of the estimate, or I will start that dispute.'); // $400 above
    const unknown = renderLetter('no-surprises-dispute', file([], insuredCase()), TODAY).body;
    expect(unknown).toContain('[it was emergency care / an out-of-network provider treated me at an in-network facility]');
    const outOfNetwork = insuredCase({ provider: { name: 'Dr. Ray', kind: 'physician', inNetwork: false }, facilityInNetwork: true });
    expect(renderLetter('no-surprises-dispute', file([], outOfNetwork), TODAY).body).toContain('out-of-network provider at an in-network facility. Under the No Surprises Act (45 CFR 149.120)');
  });

  it('gives the appeal only the reasons the plan did not pay, not the price write-off', () => {
    const body = renderLetter('internal-appeal', file([...toValidation, { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at }]), TODAY).body;
    expect(body).not.toMatch(/Reason code (CO-45|PR-1|PR-2):/);
  });
});

describe('letters for the open case', () => {
  it('read the same from the live context as from a replayed case file', async () => {
    const { renderLetterFor } = await import('../../src/domain/letters');
    const { replay } = await import('../../machines');
    const events: BillEvent[] = [...toValidation, { type: 'CALL_LOGGED', with: 'Dana', reference: 'R-1', at }, { type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: at, at }];
    const caseFile = file(events);
    const context = replay(caseFile).context;
    for (const kind of letterKinds) expect(renderLetterFor(kind, context, caseFile.journal, TODAY)).toEqual(renderLetter(kind, caseFile, TODAY));
  });
});
