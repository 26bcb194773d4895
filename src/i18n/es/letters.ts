/*
 * Las palabras de la sección de cartas, en español (en inglés: ../en/letters.ts).
 * Las cartas mismas quedan en inglés, porque las oficinas leen inglés: aquí
 * se explica en español lo que dice y pide cada una.
 */
import type { Words } from '../words';

export const letters: Words['letters'] = {
  title: 'Cartas',
  intro: 'Cada carta se llena con los datos de su caso. Complete los espacios entre [corchetes], cambie lo que quiera y envíela por correo, fax, el portal de facturación o email. Guarde una copia.',
  which: 'Qué carta',
  forNextStep: ' (para su próximo paso)',
  inEnglish: 'La carta está en inglés porque la oficina lee inglés. Envíela así, en inglés.',
  offersClosed: 'Usted aceptó un plan de pagos. Un plan termina la negociación: ofrecer menos ahora iría en contra del plan. Siga pagando el plan y pídalo por escrito.',
  stale: 'Su caso cambió después de que usted editó esta carta. "Empezar de nuevo con el modelo" trae los datos nuevos.',
  copy: 'Copiar la carta',
  print: 'Imprimirla',
  save: 'Guardarla como archivo de texto',
  startAgain: 'Empezar de nuevo con el modelo',
  markSent: 'Marcar como enviada',
  copied: 'Copiada. Péguela en un email, un mensaje del portal o un documento.',
  copyBlocked: 'Aquí no se puede copiar: seleccione el texto del cuadro y cópielo.',
  recorded: (label) => `Anotado: ${label.charAt(0).toLowerCase()}${label.slice(1)}, enviada.`,
  labels: {
    'itemized-bill-request': 'Pedir la factura detallada',
    'hold-request': 'Pedir una pausa en la cuenta',
    'billing-dispute': 'Disputar los cargos',
    'financial-assistance-request': 'Pedir ayuda financiera',
    'settlement-offer': 'Ofrecer un pago para cerrar la cuenta',
    'written-agreement-request': 'Pedir el acuerdo por escrito',
    'internal-appeal': 'Apelar un reclamo negado',
    'no-surprises-dispute': 'Disputar una factura sorpresa',
    'debt-validation': 'Pedir al cobrador que pruebe la deuda',
    'pay-for-delete': 'Ofrecer al cobrador un pago a cambio de borrar la deuda',
    'call-summary': 'Resumir una llamada por escrito',
    'zero-balance-request': 'Pedir prueba de saldo cero',
  },
  explain: {
    'itemized-bill-request': 'Esta carta pide una lista de cada cargo, con su código, su fecha y su monto. También pide una pausa en la cuenta mientras usted la revisa.',
    'hold-request': 'Esta carta dice que usted está revisando la factura. Pide una pausa en la cuenta, y que mientras tanto no la envíen a cobranza ni a las agencias de crédito.',
    'billing-dispute': 'Esta carta nombra los cargos que usted cuestiona y lo que pregunta de cada uno. Pide que los corrijan o que muestren los registros, y una pausa en la cuenta.',
    'financial-assistance-request': 'Esta carta pide las reglas de ayuda financiera del hospital y el formulario para pedirla. Pide una pausa en la cuenta mientras ven su caso.',
    'settlement-offer': 'Esta carta ofrece un solo pago para cerrar toda la cuenta. Usted paga solo después de que acepten por escrito que el saldo quedará en cero.',
    'written-agreement-request': 'Esta carta dice lo que usted acordó con ellos. Pide que le envíen ese acuerdo por escrito antes de pagar.',
    'internal-appeal': 'Esta carta pide a su plan de salud que revise otra vez un reclamo negado. Dice que la atención era necesaria y pide los papeles que usaron para decidir.',
    'no-surprises-dispute': 'Esta carta dice que la ley No Surprises Act limita lo que esta factura le puede cobrar. Pide que bajen la factura.',
    'debt-validation': 'Esta carta le dice al cobrador que usted disputa la deuda. Pide que la pruebe y que deje de cobrar hasta hacerlo.',
    'pay-for-delete': 'Esta carta ofrece al cobrador un pago para cerrar la deuda, si la borra de sus informes de crédito. Usted paga solo después de que acepten por escrito.',
    'call-summary': 'Esta carta resume una llamada: con quién habló, cuándo y qué le dijeron. Pide que le digan por escrito si algo no es correcto.',
    'zero-balance-request': 'Esta carta dice por qué usted ya no debe nada. Pide que confirmen por escrito que el saldo es cero.',
  },
  sent: {
    title: (label) => `Enviada: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    submit: 'Guardar',
    at: { label: 'Fecha de envío' },
    method: { label: 'Cómo la envió' },
    followUp: { label: 'Fecha para volver a preguntar si no responden', hint: 'Llame o escriba otra vez en esta fecha.' },
    methods: {
      mail: 'Correo', fax: 'Fax', portal: 'Portal de facturación', email: 'Email', 'in-person': 'En persona',
    },
  },
};
