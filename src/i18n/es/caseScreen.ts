/*
 * La pantalla del caso abierto, en español (en inglés: ../en/caseScreen.ts):
 * el encabezado, la tarjeta del siguiente paso, los nombres de las cinco fases
 * y a quién se nombra cuando la persona no escribió un nombre.
 */
import type { Words } from '../words';

/** Las cartas por su tipo, para nombrarlas en una frase ("su carta de disputa de la factura"). */
export const letterNames: Record<string, string> = {
  'itemized-bill-request': 'solicitud de factura detallada',
  'hold-request': 'solicitud de pausa',
  'billing-dispute': 'disputa de la factura',
  'financial-assistance-request': 'solicitud de ayuda financiera',
  'settlement-offer': 'oferta de pago',
  'written-agreement-request': 'solicitud del acuerdo por escrito',
  'internal-appeal': 'apelación interna',
  'no-surprises-dispute': 'disputa de la ley No Surprises',
  'debt-validation': 'validación de la deuda',
  'pay-for-delete': 'pago a cambio de borrar el reporte',
  'call-summary': 'resumen de la llamada',
  'zero-balance-request': 'solicitud de saldo cero',
};

export const letterName = (kind: string) => letterNames[kind] ?? kind.replace(/-/g, ' ');

export const caseScreen: Words['caseScreen'] = {
  appTitle: 'Billpath — una factura médica, paso a paso',
  pageTitle: (title: string) => `${title} — Billpath`,
  untitled: 'Factura sin nombre',
  billsNav: 'Facturas',
  allBills: '← Todas mis facturas',
  backToVisit: '← Volver a la visita',
  providerNotNamed: 'Proveedor sin nombre todavía',
  account: (number: string) => `Cuenta ${number}`,
  rebuilt: 'Billpath se actualizó, así que este caso se rehízo a partir de su historial. No se perdió nada.',
  loading: 'Cargando su factura…',
  balanceNow: 'Saldo actual',
  agreed: (amount: string) => `Acordado ${amount}`,
  leftToPay: 'falta pagar',
  nothingLeft: 'no falta nada por pagar',
  phases: {
    stabilization: 'Reunir los papeles',
    validation: 'Revisar la factura',
    negotiation: 'Negociar',
    collections: 'Cobranza',
    closure: 'Cerrar',
  },
  nextStep: {
    eyebrow: 'Su siguiente paso',
    alsoOpen: 'También abierto ahora',
    by: (date: string) => ` · antes del ${date}`,
    why: 'Por qué',
    how: 'Cómo',
    wasDue: 'Venció: ',
    doBy: 'Fecha límite: ',
    when: (days: number) =>
      days < 0 ? `hace ${-days} ${days === -1 ? 'día' : 'días'}` : days === 0 ? 'hoy' : days === 1 ? 'mañana' : `en ${days} días`,
    areYouSure: '¿Está seguro?',
    goOn: 'Seguir de todos modos',
    wait: 'Voy a esperar',
    recordWhat: 'Anotar lo que pasó',
  },
  parties: {
    collector: 'la agencia de cobranza',
    hospital: 'el hospital',
    insurer: 'su aseguradora',
    billingOffice: 'la oficina de facturación',
    call: (who: string) => `su llamada con ${who || 'la oficina de facturación'}`,
    letter: (kind: string) => `su carta de ${letterName(kind)}`,
  },
};
