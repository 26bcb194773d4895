import { describe, expect, it } from 'vitest';
import type { Case, Eob } from '../../src/domain/case';
import type { BillEvent } from '../../src/domain/events';
import { deadlineKinds, deadlines, urgencyOf, type Deadline, type DeadlineKind } from '../../src/domain/deadlines';
import { caseFileOf, insuredCase, TODAY, uninsuredCase } from '../fixtures/cases';

const at = TODAY;
const nonprofit = (firstStatementDate?: string): Case =>
  insuredCase({ provider: { name: 'Riverside General', kind: 'hospital', nonprofit: true }, firstStatementDate });
const overEstimate = (overrides: Partial<Case> = {}): Case =>
  uninsuredCase({ goodFaithEstimate: 100_000, statementBalance: 160_000, ...overrides });
const collections = (noticeDate: string): BillEvent => ({ type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate, at });

const of = (billCase: Case, events: BillEvent[] = []) => deadlines(caseFileOf(billCase, events), TODAY);
const one = (kind: DeadlineKind, billCase: Case, events: BillEvent[] = []): Deadline | undefined =>
  of(billCase, events).find((deadline) => deadline.kind === kind);
const dueOf = (kind: DeadlineKind, billCase: Case, events: BillEvent[] = []) => one(kind, billCase, events)?.due;

describe('debt validation: 30 days after receipt, assumed 5 business days after the notice date', () => {
  // Each expected date is counted by hand on a calendar.
  it.each([
    ['a plain week (Mon 2026-03-02 → received Mon 03-09)', '2026-03-02', '2026-04-08'],
    ['a weekend inside the five days (Fri 2026-03-06 → received Fri 03-13)', '2026-03-06', '2026-04-12'],
    ['Thanksgiving inside the five days (Mon 2026-11-23 → received Tue 12-01)', '2026-11-23', '2026-12-31'],
    ['New Year over a month and year end (Tue 2026-12-29 → received Wed 2027-01-06)', '2026-12-29', '2027-02-05'],
    ['an observed holiday (July 4, 2026 is a Saturday, observed Fri 07-03 → received Thu 07-09)', '2026-07-01', '2026-08-08'],
    ["Presidents' Day and a leap February (Fri 2028-02-18 → received Mon 02-28)", '2028-02-18', '2028-03-29'],
  ])('%s', (_name, noticeDate, due) => {
    expect(dueOf('debt-validation', insuredCase(), [collections(noticeDate)])).toBe(due);
  });

  it('follows the latest notice when the debt is sold on, and is done once proof is asked for', () => {
    const sold = [collections('2026-03-02'), { ...collections('2026-03-06'), agency: 'Second Buyer LLC' }];
    const latest = one('debt-validation', insuredCase(), sold)!;
    expect(latest).toMatchObject({ due: '2026-04-12', role: 'task' });
    expect(latest.title).toContain('Second Buyer LLC');
    expect(latest.done).toBeUndefined();
    const asked = one('debt-validation', insuredCase(), [...sold, { type: 'DEBT_VALIDATION_REQUESTED', at: '2026-03-10' }])!;
    expect(asked.done).toBe('You asked for proof on March 10, 2026.');
  });

  it('does not exist before a collector is involved', () => {
    expect(dueOf('debt-validation', insuredCase(), [{ type: 'PROCEED_ANYWAY', at }])).toBeUndefined();
  });
});

describe("a nonprofit hospital's 120-day and 240-day windows", () => {
  it.each([
    ['a leap year', '2028-01-15', '2028-05-14', '2028-09-11'],
    ['a common year', '2027-01-15', '2027-05-15', '2027-09-12'],
    ['a month end', '2026-01-31', '2026-05-31', '2026-09-28'],
  ])('count calendar days from the first statement in %s', (_name, first, noAction, apply) => {
    expect(dueOf('no-collection-action-before', nonprofit(first))).toBe(noAction);
    expect(dueOf('financial-assistance-application', nonprofit(first))).toBe(apply);
  });

  it('the 120 days are a protection, the 240 days a task done once you apply', () => {
    const first = nonprofit('2026-01-31');
    expect(one('no-collection-action-before', first)!.role).toBe('protection');
    expect(one('financial-assistance-application', first)!.done).toBeUndefined();
    const applied = [{ type: 'PROCEED_ANYWAY', at } as const, { type: 'ASSISTANCE_APPLIED', at: '2026-02-10' } as const];
    expect(one('financial-assistance-application', first, applied)!.done).toBe('You applied on February 10, 2026.');
  });

  it.each([
    ['no first statement date', nonprofit(undefined)],
    ['a for-profit hospital', insuredCase({ provider: { name: 'Metro', kind: 'hospital', nonprofit: false }, firstStatementDate: '2026-01-31' })],
    ['a nonprofit that is not a hospital', insuredCase({ provider: { name: 'Lab', kind: 'lab', nonprofit: true }, firstStatementDate: '2026-01-31' })],
  ])('do not exist with %s', (_name, billCase) => {
    const kinds = of(billCase).map((deadline) => deadline.kind);
    expect(kinds).not.toContain('no-collection-action-before');
    expect(kinds).not.toContain('financial-assistance-application');
  });
});

describe('patient-provider dispute: 120 days after the bill, when it is $400 or more above the estimate', () => {
  it('counts from the first statement date', () => {
    expect(dueOf('patient-provider-dispute', overEstimate({ firstStatementDate: '2026-02-01' }))).toBe('2026-06-01');
  });

  it('else from the day the itemized bill came', () => {
    const lines = [{ id: 'l1', date: '2026-01-05', code: '99213', units: 1, charge: 160_000 }];
    expect(dueOf('patient-provider-dispute', overEstimate(), [{ type: 'ITEMIZED_BILL_RECEIVED', lines, at: '2026-02-28' }]))
      .toBe('2026-06-28');
  });

  it('is done once the dispute is started, not when the provider is only warned by letter', () => {
    const billCase = overEstimate({ firstStatementDate: '2026-02-01' });
    const warned: BillEvent[] = [{ type: 'LETTER_SENT', letter: 'no-surprises-dispute', at: '2026-03-01' }];
    expect(one('patient-provider-dispute', billCase, warned)!.done).toBeUndefined();
    const started: BillEvent[] = [...warned, { type: 'PROVIDER_DISPUTE_STARTED', at: '2026-03-03' }];
    expect(one('patient-provider-dispute', billCase, started)!.done).toBe('You started the dispute on March 3, 2026.');
  });

  it.each([
    ['$399.99 over the estimate', overEstimate({ firstStatementDate: '2026-02-01', statementBalance: 139_999 })],
    ['an insured patient', overEstimate({ firstStatementDate: '2026-02-01', coverage: 'insured' })],
    ['no estimate', overEstimate({ firstStatementDate: '2026-02-01', goodFaithEstimate: undefined })],
    ['no bill date yet', overEstimate()],
  ])('does not exist with %s', (_name, billCase) => {
    expect(dueOf('patient-provider-dispute', billCase)).toBeUndefined();
  });
});

describe('internal appeal: 180 days after a denial', () => {
  it('counts from a denial confirmed by phone, across month ends', () => {
    expect(dueOf('internal-appeal', insuredCase(), [{ type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at: '2026-08-31' }])).toBe('2027-02-27');
  });

  it('counts from a denied EOB', () => {
    const eob: Eob = { status: 'denied', lines: [], patientResponsibility: 100_000 };
    expect(dueOf('internal-appeal', insuredCase(), [{ type: 'EOB_RECEIVED', eob, at: '2026-03-02' }])).toBe('2026-08-29');
  });

  it('is done once the appeal is filed, and gone when the claim is later paid', () => {
    const denied: BillEvent[] = [{ type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at: '2026-03-02' }, { type: 'PROCEED_ANYWAY', at }];
    expect(one('internal-appeal', insuredCase(), [...denied, { type: 'APPEAL_FILED', at: '2026-03-05' }])!.done).toBe('You filed the appeal on March 5, 2026.');
    expect(dueOf('internal-appeal', insuredCase(), [...denied, { type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at }])).toBeUndefined();
  });

  it('does not exist for a processed or pending claim', () => {
    expect(dueOf('internal-appeal', insuredCase(), [{ type: 'CLAIM_STATUS_CONFIRMED', status: 'processed', at }])).toBeUndefined();
    expect(dueOf('internal-appeal', insuredCase(), [{ type: 'CLAIM_STATUS_CONFIRMED', status: 'pending', at }])).toBeUndefined();
  });
});

describe('the hold and follow-ups', () => {
  it('a confirmed hold protects until its date, or until a collector has the account; asking again replaces it', () => {
    const held: BillEvent[] = [{ type: 'HOLD_CONFIRMED', until: '2026-04-01', at }];
    expect(one('hold-expires', insuredCase(), held)).toMatchObject({ due: '2026-04-01', role: 'protection' });
    expect(one('hold-expires', insuredCase(), held)!.done).toBeUndefined();
    expect(one('hold-expires', insuredCase(), [...held, collections('2026-03-20')])!.done).toBe('The account went to a collector.');
    expect(dueOf('hold-expires', insuredCase(), [{ type: 'HOLD_REQUESTED', at }])).toBeUndefined();
    expect(dueOf('hold-expires', insuredCase(), [...held, { type: 'HOLD_REQUESTED', at }])).toBeUndefined();
  });

  it('every call or letter with a follow-up date gives one; a later contact answers the earlier one', () => {
    const contacts: BillEvent[] = [
      { type: 'CALL_LOGGED', with: 'Dana', followUp: '2026-03-09', at: '2026-03-02' },
      { type: 'CALL_LOGGED', with: 'Lee', at: '2026-03-03' },
      { type: 'LETTER_SENT', letter: 'billing-dispute', followUp: '2026-04-01', at: '2026-03-04' },
    ];
    const follow = of(insuredCase(), contacts).filter((deadline) => deadline.kind === 'follow-up');
    expect(follow.map((deadline) => [deadline.due, deadline.title, deadline.done])).toEqual([
      ['2026-03-09', 'Follow up on your call with Dana', 'You were back in touch on March 3, 2026.'],
      ['2026-04-01', 'Follow up on your billing dispute letter', undefined],
    ]);
    expect(new Set(follow.map((deadline) => deadline.id)).size).toBe(2);
  });

  it('a call or letter without a follow-up date gives none', () => {
    expect(of(insuredCase(), [{ type: 'CALL_LOGGED', with: 'Dana', at }, { type: 'LETTER_SENT', letter: 'hold-request', at }])).toEqual([]);
  });
});

describe('every deadline', () => {
  const everything: BillEvent[] = [
    { type: 'HOLD_CONFIRMED', until: '2026-04-01', at },
    { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at },
    { type: 'CALL_LOGGED', with: 'Dana', followUp: '2026-03-09', at },
    collections('2026-03-02'),
  ];
  const all = of(overEstimate({ provider: { name: 'Riverside General', kind: 'hospital', nonprofit: true }, firstStatementDate: '2026-02-01' }), everything);

  it('has a kind from the contract, a real due date, a title, a source and something to do; soonest first', () => {
    expect(new Set(all.map((deadline) => deadline.kind))).toEqual(new Set(deadlineKinds));
    for (const deadline of all) {
      expect(deadline.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(deadline.title.length).toBeGreaterThan(10);
      expect(deadline.source.length).toBeGreaterThan(10);
      expect(deadline.todo.length).toBeGreaterThan(10);
    }
    expect(all.map((deadline) => deadline.due)).toEqual(all.map((deadline) => deadline.due).sort());
  });

  it('is done once the case is settled in writing, and once it is closed', () => {
    const settledEvents: BillEvent[] = [
      { type: 'HOLD_CONFIRMED', until: '2026-04-01', at },
      { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at },
      { type: 'CALL_LOGGED', with: 'Dana', followUp: '2026-03-09', at },
      { type: 'PROCEED_ANYWAY', at }, { type: 'PROCEED_ANYWAY', at },
      { type: 'OFFER_MADE', amount: 50_000, kind: 'lump-sum', at }, { type: 'OFFER_ACCEPTED', amount: 50_000, at },
      { type: 'AGREEMENT_RECEIVED_IN_WRITING', at },
    ];
    const settled = of(nonprofit('2026-02-01'), settledEvents);
    expect(settled.map((deadline) => deadline.kind).sort()).toEqual(
      ['financial-assistance-application', 'follow-up', 'hold-expires', 'internal-appeal', 'no-collection-action-before']);
    expect(settled.filter((deadline) => deadline.done === undefined)).toEqual([]);
    const closed = of(nonprofit('2026-02-01'), [...settledEvents, { type: 'PAYMENT_MADE', amount: 50_000, at }, { type: 'ZERO_BALANCE_CONFIRMED', at }, { type: 'CASE_CLOSED', at }]);
    expect(closed.map((deadline) => deadline.done)).toEqual(closed.map(() => 'The case is closed.'));
  });
});

describe('urgency on a given day', () => {
  const task: Deadline = { id: 'x', kind: 'internal-appeal', due: '2026-03-10', title: 't', source: 's', todo: 'd', role: 'task' };
  it.each([
    ['2026-03-11', 'overdue'],
    ['2026-03-10', 'this-week'],
    ['2026-03-03', 'this-week'],
    ['2026-03-02', 'later'],
  ] as const)('on %s a task due 2026-03-10 is %s', (today, urgency) => {
    expect(urgencyOf(task, today)).toBe(urgency);
  });

  it('a done task, or a protection whose date has passed, is done', () => {
    expect(urgencyOf({ ...task, done: 'Filed.' }, '2026-03-20')).toBe('done');
    expect(urgencyOf({ ...task, role: 'protection' }, '2026-03-11')).toBe('done');
    expect(urgencyOf({ ...task, role: 'protection' }, '2026-03-09')).toBe('this-week');
    expect(urgencyOf({ ...task, role: 'protection' }, '2026-03-02')).toBe('later');
  });
});
