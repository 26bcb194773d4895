/*
 * What the screens call the machine's five phases (the case list needs only
 * these names; the goals and the other labels load with the journey map).
 */
import type { Phase } from '../../machines';

export const phaseTitles: Record<Phase, string> = {
  stabilization: 'Get the papers',
  validation: 'Check the bill',
  negotiation: 'Negotiate',
  collections: 'Collections',
  closure: 'Close',
};
