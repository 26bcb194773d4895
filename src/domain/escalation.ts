/*
 * The escalation ladder from the playbook: when the person on the phone cannot
 * help, ask for the next person up. Level 0 is the first person you reach.
 */
export const escalationLadder = [
  { id: 'rep', who: 'a front-line representative' },
  { id: 'senior-rep', who: 'a senior representative' },
  { id: 'supervisor', who: 'a supervisor' },
  { id: 'billing-manager', who: 'the billing manager' },
  { id: 'financial-assistance', who: 'the financial assistance or account resolution team' },
  { id: 'patient-advocate', who: 'a patient advocate' },
] as const;

export const TOP_ESCALATION_LEVEL = escalationLadder.length - 1;

/**
 * The ladder position an ESCALATED event names: a ladder id, a level number, or
 * anything else meaning "one step up from where you are".
 */
export function escalationLevelOf(level: unknown, current: number): number {
  const byId = escalationLadder.findIndex((step) => step.id === level);
  if (byId >= 0) return byId;
  if (typeof level === 'number' && Number.isInteger(level)) {
    return Math.min(Math.max(level, 0), TOP_ESCALATION_LEVEL);
  }
  return Math.min(current + 1, TOP_ESCALATION_LEVEL);
}
