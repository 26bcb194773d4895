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
