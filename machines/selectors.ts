/*
 * What the screens read from a snapshot, derived rather than stored: the phase,
 * the step inside it and, for the phases that run tracks side by side, where
 * each track stands. Works on live and on persisted snapshots (it only reads
 * `value`), so lists can show a case's phase without starting an actor.
 */
import type { StateValue } from 'xstate';

export const phases = ['stabilization', 'validation', 'negotiation', 'collections', 'closure'] as const;
export type Phase = (typeof phases)[number];

export function phaseOf(value: StateValue): Phase {
  const key = typeof value === 'string' ? value : Object.keys(value)[0];
  return (phases as readonly string[]).includes(key ?? '') ? (key as Phase) : 'stabilization';
}

/** The state of one child region as a dotted path: `{ paymentPlan: 'offered' }` → `paymentPlan.offered`. */
function pathOf(value: StateValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => (child ? `${key}.${pathOf(child as StateValue)}` : key))
    .join(',');
}

/** The step inside the phase, e.g. `offerOut` or `paymentPlan.accepted`; empty for a parallel phase. */
export function stepOf(value: StateValue): string {
  if (typeof value === 'string') return '';
  const inner = value[phaseOf(value)];
  return typeof inner === 'string' ? inner : isParallel(phaseOf(value)) ? '' : pathOf(inner);
}

export function isParallel(phase: Phase): boolean {
  return phase === 'stabilization' || phase === 'validation';
}

/** For a parallel phase, each track and the state it is in, e.g. `{ audit: 'reviewing', appeal: 'needed' }`. */
export function tracksOf(value: StateValue): Record<string, string> {
  if (typeof value === 'string') return {};
  const phase = phaseOf(value);
  const inner = value[phase];
  if (!isParallel(phase) || typeof inner !== 'object' || inner === null) return {};
  return Object.fromEntries(Object.entries(inner).map(([track, state]) => [track, pathOf(state as StateValue)]));
}
