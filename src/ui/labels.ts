/*
 * What the screens call the machine's phases, tracks and steps, in plain words.
 */
import type { Phase } from '../../machines';
import { phaseTitles } from './phaseLabels';

const phaseGoals: Record<Phase, string> = {
  stabilization: 'Get the itemized bill and the EOB. Ask for a hold. Don\'t pay yet.',
  validation: 'Find and dispute errors. Appeal denials. Apply for assistance.',
  negotiation: 'Lower what you owe and get the deal in writing.',
  collections: 'Make the collector prove the debt, then settle in writing.',
  closure: 'Pay what was agreed, get proof, check your credit.',
};

export const phaseLabels = Object.fromEntries(
  Object.entries(phaseTitles).map(([phase, title]) => [phase, { title, goal: phaseGoals[phase as Phase] }]),
) as Record<Phase, { title: string; goal: string }>;

export const trackLabels: Record<string, string> = {
  itemizedBill: 'Itemized bill',
  insurance: 'Insurance claim',
  hold: 'Hold on the account',
  audit: 'Bill check',
  appeal: 'Appeal',
  assistance: 'Financial assistance',
};

/** Each track state as text, and whether it counts as finished. */
export const trackStateLabels: Record<string, { label: string; done: boolean }> = {
  notRequested: { label: 'not asked for yet', done: false },
  requested: { label: 'asked for', done: false },
  received: { label: 'received', done: true },
  unknown: { label: 'not checked yet', done: false },
  pending: { label: 'pending', done: false },
  processed: { label: 'processed', done: true },
  denied: { label: 'denied', done: true },
  uninsured: { label: 'no insurance', done: true },
  none: { label: 'not asked for yet', done: false },
  confirmed: { label: 'confirmed', done: true },
  reviewing: { label: 'checking', done: false },
  disputing: { label: 'waiting for answers', done: false },
  resolved: { label: 'done', done: true },
  notNeeded: { label: 'not needed', done: true },
  needed: { label: 'needed', done: false },
  filed: { label: 'waiting for a decision', done: false },
  approved: { label: 'approved', done: true },
  notApplied: { label: 'not applied yet', done: false },
  applied: { label: 'waiting for a decision', done: false },
  partial: { label: 'partly approved', done: true },
};

/** Track states that read differently on a particular track. */
export function trackStateLabel(track: string, state: string): { label: string; done: boolean } {
  if (track === 'appeal' && state === 'denied') return { label: 'denied', done: false };
  if (track === 'assistance' && state === 'denied') return { label: 'denied', done: true };
  return trackStateLabels[state] ?? { label: state, done: false };
}
