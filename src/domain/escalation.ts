/*
 * The escalation ladder from the playbook: when the person on the phone cannot
 * help, ask for the next person up. Level 0 is the first person you reach.
 */
export const escalationLadder = ['rep', 'senior-rep', 'supervisor', 'billing-manager', 'financial-assistance', 'patient-advocate'] as const;

/** A rung of the ladder (what each is called, in each language: src/i18n/<language>/common.ts). */
export type EscalationLevel = (typeof escalationLadder)[number];

export const TOP_ESCALATION_LEVEL = escalationLadder.length - 1;

/**
 * The ladder position an ESCALATED event names: a ladder id, a level number, or
 * anything else meaning "one step up from where you are".
 */
export function escalationLevelOf(level: unknown, current: number): number {
  const byId = escalationLadder.findIndex((id) => id === level);
  if (byId >= 0) return byId;
  if (typeof level === 'number' && Number.isInteger(level)) {
    return Math.min(Math.max(level, 0), TOP_ESCALATION_LEVEL);
  }
  return Math.min(current + 1, TOP_ESCALATION_LEVEL);
}
