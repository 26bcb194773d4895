/*
 * The contract's entry points load in plain Node and work together: a case
 * file replays to a snapshot that nextAction reads.
 */
import { describe, expect, it } from 'vitest';
import * as machines from '../../machines';
import * as domain from '../../src/domain';
import { caseFileOf, TODAY, uninsuredCase } from '../fixtures/cases';

describe('the contract entry points', () => {
  it('export the fixed names', () => {
    expect(typeof machines.billMachine.transition).toBe('function');
    expect(typeof machines.nextAction).toBe('function');
    expect(typeof machines.replay).toBe('function');
    expect(typeof domain.parseCaseFile).toBe('function');
    expect(typeof domain.auditCase).toBe('function');
    expect(typeof domain.importFhirEob).toBe('function');
    expect(typeof domain.povertyPercent).toBe('function');
    expect(typeof domain.deadlines).toBe('function');
    expect(typeof domain.renderLetter).toBe('function');
  });

  it('list deadlines of the contract\'s shape and kinds, from a plain case file', () => {
    const file = caseFileOf(uninsuredCase(), [
      { type: 'SENT_TO_COLLECTIONS', agency: 'Acme', noticeDate: '2026-03-02', at: TODAY },
      { type: 'CLAIM_STATUS_CONFIRMED', status: 'denied', at: TODAY },
    ]);
    const found = domain.deadlines(file, TODAY);
    expect(found.map((deadline) => [deadline.kind, deadline.due])).toEqual([['debt-validation', '2026-04-08'], ['internal-appeal', '2026-08-29']]);
    for (const deadline of found) {
      expect(deadline).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), source: expect.any(String) }));
    }
    expect([...domain.deadlineKinds].sort()).toEqual(['debt-validation', 'financial-assistance-application', 'follow-up', 'hold-expires',
      'internal-appeal', 'no-collection-action-before', 'patient-provider-dispute']);
  });

  it('audit a case into findings of the contract\'s shape and rules', () => {
    const findings = domain.auditCase(domain.sampleCase('s', '2026-03-02'), '2026-03-02');
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(['amount', 'ask', 'explanation', 'id', 'lineIds', 'rule', 'title']);
      expect(domain.findingRules).toContain(finding.rule);
    }
    expect(domain.findingRules).toHaveLength(13);
  });

  it('put a household against the poverty guideline', () => {
    // 2026, 48 states: $15,960 for one person + $5,680 for each more; a household of 4 at $33,000 is at 100 %.
    expect(domain.povertyPercent({ size: 4, annualIncome: 3_300_000, state: 'OH' }, 2026)).toBe(100);
    expect(domain.povertyPercent({ size: 1, annualIncome: 3_990_000, state: 'AK' }, 2026)).toBe(200);
    expect(domain.povertyPercent({ size: 2, annualIncome: 2_115_000, state: 'CA' }, 2025)).toBe(100);
  });

  it('replay a parsed case file into the step nextAction recommends', () => {
    const file = caseFileOf(uninsuredCase(), [
      { type: 'ITEMIZED_BILL_REQUESTED', at: TODAY },
      { type: 'ITEMIZED_BILL_RECEIVED', lines: [], at: TODAY },
      { type: 'PROCEED', at: TODAY },
    ]);
    const parsed = domain.parseCaseFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const snapshot = machines.replay(parsed.value);
    expect(Object.keys(snapshot.value as object)).toEqual(['validation']);
    expect(machines.nextAction(snapshot, TODAY).id).toBe('review-findings');
  });
});
