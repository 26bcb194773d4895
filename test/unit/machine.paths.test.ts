/*
 * Generated paths (xstate/graph): every phase and every child state of the
 * bill machine can be reached from a new case with the contract's events,
 * and collections can be entered from each phase before it.
 */
import { describe, expect, it } from 'vitest';
import { pathToStateValue, transition } from 'xstate';
import { billMachine, phaseOf, phases } from '../../machines';
import { billEventTypes } from '../../src/domain/events';
import { exampleEvents } from '../fixtures/events';
import { reachableSnapshots } from '../fixtures/reachable';

type ChartNode = { path: string[]; states: Record<string, ChartNode> };

function allStateNodes(node: ChartNode = billMachine.root): ChartNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...allStateNodes(child)]);
}

const reached = reachableSnapshots();

describe('the example events', () => {
  it('include every kind of domain event, so none drops out of the generated paths', () => {
    const covered = new Set(exampleEvents.map((event) => event.type));
    expect(billEventTypes.filter((type) => type !== 'CASE_OPENED' && !covered.has(type))).toEqual([]);
  });
});

describe('every state of the bill machine is reachable', () => {
  it.each(phases.map((phase) => [phase]))('reaches the %s phase', (phase) => {
    expect(reached.some((snapshot) => phaseOf(snapshot.value) === phase)).toBe(true);
  });

  const nodes = allStateNodes().map((node) => [node.path.join('.'), node] as const);
  it.each(nodes)('reaches %s', (_path, node) => {
    const value = pathToStateValue(node.path);
    expect(reached.some((snapshot) => snapshot.matches(value as never))).toBe(true);
  });

  it('never leaves the five phases on any generated path', () => {
    for (const snapshot of reached) expect(phases).toContain(phaseOf(snapshot.value));
  });
});

describe('collections', () => {
  const notice = { type: 'SENT_TO_COLLECTIONS', agency: 'Acme Recovery', noticeDate: '2026-02-20' } as const;

  it.each([['stabilization'], ['validation'], ['negotiation']] as const)(
    'is entered from every reachable state of %s',
    (phase) => {
      const states = reached.filter((snapshot) => phaseOf(snapshot.value) === phase);
      expect(states.length).toBeGreaterThan(0);
      for (const snapshot of states) {
        const [next] = transition(billMachine, snapshot, notice);
        expect(next.value).toEqual({ collections: 'validationWindow' });
      }
    },
  );

  it('is never entered from closure', () => {
    for (const snapshot of reached.filter((s) => phaseOf(s.value) === 'closure')) {
      expect(phaseOf(transition(billMachine, snapshot, notice)[0].value)).toBe('closure');
    }
  });
});
