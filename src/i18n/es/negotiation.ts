/*
 * Las herramientas para negociar, en español (en inglés: ../en/negotiation.ts):
 * la ayuda financiera, la calculadora de acuerdos, la gráfica de ofertas y a
 * quién pedir después. Las cifras de la práctica se dicen como tales, no como ley.
 */
import { formatCents } from '../../domain/money';
import type { Words } from '../words';
import { date } from './format';

const until = (on?: string) => (on ? ` (hasta el ${date(on)})` : '');

export const negotiation: Words['negotiation'] = {
  title: 'Herramientas para negociar',
  closureTitle: 'Cómo fue la negociación',
  assistance: {
    summaries: {
      'free-care-likely': 'Muchos hospitales dan atención gratis con este ingreso. Solicítela: puede que no deba nada.',
      'discount-likely': 'Muchos hospitales bajan mucho la factura con este ingreso. Solicite el descuento.',
      possible: 'Algunos hospitales ayudan con este ingreso, y en algunos estados es la ley. Vale la pena pedirla.',
      'ask-anyway': 'Esto está por encima de la mayoría de las políticas, pero algunos hospitales ayudan con facturas grandes. Pregunte de todos modos.',
    },
    rights: {
      policy: 'El hospital debe tener por escrito sus reglas de ayuda financiera, un resumen fácil de leer y un formulario. Puede pedirlos gratis.',
      agb: 'Si usted califica, no le pueden cobrar más de lo que suelen cobrar a los pacientes con seguro (el límite "AGB").',
      noCollection: (days, endDate) =>
        `Durante ${days} días después de la primera factura${until(endDate)}, no pueden tomar medidas duras de cobro: vender la deuda, reportarla al crédito o demandarlo.`,
      apply: (days, endDate) =>
        `Puede solicitar la ayuda durante ${days} días después de la primera factura${until(endDate)}. Pida una pausa en la cuenta mientras revisan su solicitud.`,
    },
    documents: [
      'Prueba de ingresos de cada adulto del hogar (talones de pago recientes, cartas de beneficios o la declaración de impuestos del año pasado)',
      'Prueba del tamaño del hogar (una declaración de impuestos o una lista sencilla de quién vive con usted)',
      'La factura, con su número de cuenta',
      'Lo que muestre que pasa por un mal momento (perdió el trabajo, tiene otras facturas médicas)',
    ],
  },
  screener: {
    title: '¿Le podría ayudar la ayuda financiera?',
    form: {
      title: 'Su hogar',
      intro: 'Cuente a todas las personas que usted mantiene. Dé el ingreso anual de cada adulto antes de impuestos: olvidar a uno es la razón más común por la que se niegan las solicitudes.',
      submit: 'Calcular',
      size: { label: 'Personas en su hogar' },
      state: { label: 'Estado', hint: 'Dos letras, como OH. Alaska y Hawái tienen sus propias tablas.' },
      income: (adult) => `Adulto ${adult}: ingreso anual`,
      stateError: 'Escriba el estado con dos letras, como OH.',
    },
    percentBefore: 'El ingreso de su hogar es el ',
    percentAfter: (year) => ` de la guía federal de pobreza de ${year}`,
    noTable: (year, used) => ` (Billpath no tiene la tabla de ${year}, así que usa la de ${used})`,
    typical: (freeCareUnder, discountUnder) =>
      `Cada hospital pone sus propios límites. En promedio, las políticas de los hospitales dan atención gratis por debajo de un ${freeCareUnder} % y descuentos por debajo de un ${discountUnder} %; algunos estados exigen más.`,
    source: 'Fuente de la guía (en inglés):',
    announce: (percent, summary) => `El ingreso de su hogar es el ${percent} % de la guía de pobreza. ${summary}`,
    rightsTitle: 'Sus derechos en un hospital sin fines de lucro',
    documentsTitle: 'Qué adjuntar a la solicitud',
    save: 'Guardar este hogar en el caso',
    savedAnnounce: 'Hogar guardado en el caso.',
    saved: 'Guardado en el caso: la revisión de la factura lo usa.',
  },
  calculator: {
    title: 'Calculadora de acuerdos',
    form: {
      title: 'Lo que puede pagar',
      submit: 'Calcular',
      canPayNow: { label: 'Lo máximo que podría pagar de una vez', hint: 'Ahorros que puede usar sin dejar de pagar la renta o la comida. Este es su límite: nunca ofrezca más.' },
      monthlyBudget: { label: 'Lo que podría pagar cada mes' },
    },
    owedByBill: 'Lo que pide la factura ahora',
    owedByCollector: 'Lo que pide el cobrador ahora',
    owedNoAmount: 'El saldo del proveedor (el aviso del cobrador no dio un monto)',
    collectorRange: (low, high, suggested) =>
      `Los cobradores a menudo aceptan del ${low} al ${high} % de la deuda. Es razonable empezar ofreciendo un ${suggested} % (según la experiencia, no es una regla).`,
    providerRange: (low, high) =>
      `Los hospitales cobran solo del 20 al 40 % de lo que les deben los pacientes. Es razonable empezar ofreciendo un pago único del ${low} al ${high} % (según la experiencia, no es una regla).`,
    offersClosed: 'Las ofertas están cerradas: usted aceptó un plan de pagos, y después de eso no puede ofrecer menos.',
    announce: (opening, target, walkAway) =>
      `Oferta inicial ${formatCents(opening)}, meta ${formatCents(target)}, límite ${formatCents(walkAway)}.`,
    numbers: 'Sus números',
    opening: 'Oferta inicial',
    target: 'Meta',
    walkAway: 'Límite (lo máximo que puede pagar)',
    sideBySide: 'Pago único o plan de pagos',
    lumpSum: 'Pago único en la meta',
    plan: 'Plan de pagos al 0 %',
    total: 'Paga en total',
    months: 'Meses',
    eachMonth: 'Cada mes',
    lastOne: (amount) => ` (el último, ${formatCents(amount)})`,
    fits: 'Cabe en su presupuesto',
    yes: 'Sí',
    no: 'No',
    planTooLong: 'No: pida un plan más largo o ayuda financiera',
    lumpSumSaves: (saves) =>
      `Un pago único le ahorra ${formatCents(saves)}. Un plan cuesta el monto completo y, una vez aceptado, termina la negociación: ya no puede ofrecer menos. Acuerde lo que acuerde, pídalo por escrito antes de pagar.`,
    offered: (amount) => `Usted ofreció ${formatCents(amount)}. Anote su respuesta en su próximo paso.`,
    iOffered: (amount) => `Ofrecí ${formatCents(amount)}`,
  },
  chart: {
    picture: 'Ofertas a lo largo del tiempo; la tabla de abajo tiene las cifras',
    balance: 'saldo',
    yours: 'Sus ofertas',
    theirs: 'Contraofertas de ellos',
    owed: 'Lo que se debe',
    caption: 'Ofertas hasta ahora',
    date: 'Fecha',
    who: 'Quién',
    amount: 'Monto',
    them: 'Ellos',
    you: 'Usted',
  },
  ladder: {
    title: 'A quién pedir después',
    intro: 'Si la persona con quien habla no puede ayudar, pida con amabilidad hablar con alguien de más arriba. Anote cada nombre.',
    here: ' (donde está ahora)',
    done: ' (hecho)',
    reached: (who) => `Hablé con ${who}`,
  },
};
