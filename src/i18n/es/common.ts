/*
 * Palabras que comparten varias pantallas (en inglés: ../en/common.ts).
 */
import type { Words } from '../words';

export const common: Words['common'] = {
  escalation: {
    rep: { who: 'un representante de primera línea', name: 'Representante de primera línea' },
    'senior-rep': { who: 'un representante con más experiencia', name: 'Representante con más experiencia' },
    supervisor: { who: 'un supervisor', name: 'Supervisor' },
    'billing-manager': { who: 'el gerente de facturación', name: 'Gerente de facturación' },
    'financial-assistance': { who: 'el equipo de ayuda financiera o de resolución de cuentas', name: 'Equipo de ayuda financiera o de resolución de cuentas' },
    'patient-advocate': { who: 'un defensor del paciente', name: 'Defensor del paciente' },
  },
};
