/*
 * El camino del caso, en español (en inglés: ../en/history.ts): dónde está
 * (el mapa de las fases), lo que pasó (una frase por cada hecho anotado) y los
 * formularios para anotar algo que pasó.
 */
import { escalationLadder, escalationLevelOf } from '../../domain/escalation';
import { formatCents } from '../../domain/money';
import type { EventWords } from '../en/history';
import type { Words } from '../words';
import { letterName } from './caseScreen';
import { common } from './common';
import { claimStatus, date } from './format';

const lines = (count: number) => `${count} ${count === 1 ? 'línea' : 'líneas'}`;
const months = (count: number) => `${count} ${count === 1 ? 'mes' : 'meses'}`;
const offerKinds = { 'lump-sum': 'pago único', 'prompt-pay': 'descuento por pago rápido', 'self-pay': 'descuento por pagar sin seguro' } as const;

const events: EventWords = {
  CASE_OPENED: (event) => `Empezó este caso por ${formatCents(event.case.statementBalance)}.`,
  CASE_DETAILS_UPDATED: () => 'Corrigió los datos básicos de la factura.',
  ITEMIZED_BILL_REQUESTED: () => 'Pidió la factura detallada.',
  ITEMIZED_BILL_RECEIVED: (event) => `Llegó la factura detallada (${lines(event.lines.length)}).`,
  EOB_RECEIVED: (event) =>
    `Llegó la Explicación de Beneficios (EOB) de su seguro: reclamo ${claimStatus[event.eob.status]}, usted debe ${formatCents(event.eob.patientResponsibility)}.`,
  CLAIM_STATUS_CONFIRMED: (event) => `Su seguro dijo que el reclamo está ${claimStatus[event.status]}.`,
  HOLD_REQUESTED: () => 'Pidió una pausa en la cuenta.',
  HOLD_CONFIRMED: (event) => `Pusieron la cuenta en pausa hasta el ${date(event.until)}.`,
  CALL_LOGGED: (event) => `Llamó y habló con ${event.with || 'alguien'}${event.reference ? ` (referencia ${event.reference})` : ''}.`,
  LETTER_SENT: (event) => `Envió una carta: ${letterName(event.letter)}.`,
  FINDING_DISPUTED: () => 'Disputó un cargo.',
  FINDING_RESOLVED: (event) => event.outcome === 'corrected'
    ? `Corrigieron un cargo${event.adjustment ? ` (${formatCents(event.adjustment)} menos)` : ''}.`
    : 'Mantuvieron un cargo que usted disputó.',
  REVIEW_COMPLETED: () => 'Revisó la factura y no encontró nada más que disputar.',
  CORRECTED_BILL_RECEIVED: (event) => `Llegó una factura corregida por ${formatCents(event.balance)}.`,
  PROVIDER_DISPUTE_STARTED: () => 'Empezó la disputa entre paciente y proveedor por el estimado de buena fe.',
  APPEAL_FILED: () => 'Apeló el reclamo negado.',
  APPEAL_DECIDED: (event) => (event.outcome === 'approved' ? 'Aprobaron su apelación.' : 'Negaron su apelación.'),
  ASSISTANCE_APPLIED: () => 'Pidió ayuda financiera.',
  ASSISTANCE_DECIDED: (event) =>
    `Ayuda financiera: ${{ approved: 'aprobada', partial: 'un descuento parcial', denied: 'negada' }[event.outcome]}${event.balance !== undefined ? `, nuevo saldo ${formatCents(event.balance)}` : ''}.`,
  OFFER_MADE: (event) => `Ofreció ${formatCents(event.amount)} (${offerKinds[event.kind]}).`,
  COUNTEROFFER_RECEIVED: (event) => `Le pidieron ${formatCents(event.amount)} en su lugar.`,
  OFFER_ACCEPTED: (event) => `Se aceptó una oferta de ${formatCents(event.amount)}.`,
  OFFER_REJECTED: () => 'Rechazaron la oferta.',
  ESCALATED: (event) => `Habló con ${common.escalation[escalationLadder[escalationLevelOf(event.level, 0)]!].who}.`,
  PAYMENT_PLAN_OFFERED: (event) => `Le ofrecieron un plan: ${formatCents(event.monthly)} al mes durante ${months(event.months)}.`,
  PAYMENT_PLAN_ACCEPTED: (event) => `Aceptó un plan: ${formatCents(event.monthly)} al mes durante ${months(event.months)}.`,
  PAYMENT_PLAN_DECLINED: () => 'Rechazó el plan de pagos.',
  AGREEMENT_RECEIVED_IN_WRITING: () => 'Recibió el acuerdo por escrito.',
  SENT_TO_COLLECTIONS: (event) => `La cuenta pasó a ${event.agency || 'una agencia de cobranza'} (aviso del ${date(event.noticeDate)}).`,
  DEBT_VALIDATION_REQUESTED: () => 'Le pidió a la agencia de cobranza que pruebe la deuda.',
  DEBT_VALIDATED: () => 'La agencia de cobranza envió la prueba de la deuda.',
  DEBT_NOT_VALIDATED: () => 'La agencia de cobranza no pudo probar la deuda.',
  PAYMENT_MADE: (event) => `Pagó ${formatCents(event.amount)}.`,
  ZERO_BALANCE_CONFIRMED: () => 'Confirmaron por escrito que el saldo es cero.',
  CREDIT_REPORT_CHECKED: () => 'Revisó sus informes de crédito.',
  CASE_CLOSED: () => 'Cerró el caso.',
  PROCEED: () => 'Pasó a la siguiente fase.',
  PROCEED_ANYWAY: () => 'Decidió seguir sin esperar.',
};

export const history: Words['history'] = {
  title: 'Historial',
  events,
  journey: {
    stepOf: (step: number, of: number) => `Paso ${step} de ${of}:`,
    pictureTitle: 'Su avance por las cinco fases',
    described: (step: number, phase: string, status: string, alongside: string) => `Paso ${step}, ${phase}: ${status}.${alongside}`,
    alongside: (tracks: string) => ` Estas partes van al mismo tiempo: ${tracks}.`,
    sideBySide: 'Al mismo tiempo:',
    status: {
      done: 'Hecho',
      current: 'Usted está aquí',
      next: 'Por venir',
      skipped: 'Se saltó',
      optional: 'Solo si la factura pasa a una agencia de cobranza',
    },
    goals: {
      stabilization: 'Consiga la factura detallada y la EOB. Pida una pausa. No pague todavía.',
      validation: 'Busque errores y dispútelos. Apele lo que le negaron. Pida ayuda para pagar.',
      negotiation: 'Baje lo que debe y consiga el acuerdo por escrito.',
      collections: 'Haga que la agencia de cobranza pruebe la deuda. Luego llegue a un acuerdo por escrito.',
      closure: 'Pague lo acordado, consiga una prueba y revise su crédito.',
    },
    tracks: {
      itemizedBill: 'Factura detallada',
      insurance: 'Reclamo al seguro',
      hold: 'Pausa en la cuenta',
      audit: 'Revisión de la factura',
      appeal: 'Apelación',
      assistance: 'Ayuda financiera',
    },
    trackStates: {
      notRequested: 'aún no la pidió',
      requested: 'pedida',
      received: 'recibida',
      unknown: 'aún sin revisar',
      pending: 'pendiente',
      processed: 'procesado',
      denied: 'dijeron que no',
      uninsured: 'sin seguro',
      none: 'aún no la pidió',
      confirmed: 'confirmada',
      reviewing: 'revisando',
      disputing: 'esperando respuestas',
      resolved: 'lista',
      notNeeded: 'no hace falta',
      needed: 'hace falta',
      filed: 'esperando una decisión',
      approved: 'aprobada',
      notApplied: 'aún no la pidió',
      applied: 'esperando una decisión',
      partial: 'aprobada en parte',
    },
  },
  record: {
    title: 'Anotar algo que pasó',
    forms: {
      call: 'Anotar una llamada',
      details: 'Corregir los datos de la factura',
      'corrected-bill': 'Llegó una factura corregida',
      offer: 'Hice una oferta',
      counteroffer: 'Me hicieron una contraoferta',
      'payment-plan': 'Me ofrecieron un plan de pagos',
      'payment-plan-accepted': 'Acepté un plan de pagos',
      'collections-notice': 'Pasó a cobranza',
      payment: 'Hice un pago',
    },
    offersClosed: 'Ya no hay ofertas: usted aceptó un plan de pagos, y un plan congela el saldo. Consiga el plan por escrito.',
    callSaved: 'Llamada guardada.',
    summaryAdvice: 'Llamada guardada. Un resumen por escrito convierte lo que le dijeron en una prueba.',
    writeSummary: 'Escribir la carta de resumen',
  },
};
