/*
 * Words several screens share, in English: who is on each rung of the
 * escalation ladder (src/domain/escalation.ts), in a sentence ("ask for a
 * supervisor") and as a name on its own ("Supervisor").
 */
import type { EscalationLevel } from '../../domain/escalation';

export const common = {
  escalation: {
    rep: { who: 'a front-line representative', name: 'Front-line representative' },
    'senior-rep': { who: 'a senior representative', name: 'Senior representative' },
    supervisor: { who: 'a supervisor', name: 'Supervisor' },
    'billing-manager': { who: 'the billing manager', name: 'Billing manager' },
    'financial-assistance': { who: 'the financial assistance or account resolution team', name: 'Financial assistance or account resolution team' },
    'patient-advocate': { who: 'a patient advocate', name: 'Patient advocate' },
  } satisfies Record<EscalationLevel, { who: string; name: string }>,
};
