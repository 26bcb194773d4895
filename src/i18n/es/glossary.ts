/*
 * Las palabras de facturación que Billpath explica, en español (en inglés,
 * con las fuentes de cada definición: ../en/glossary.ts). Cada término lista
 * las formas que toma en un texto en español, en singular y en plural; los
 * códigos (CPT, HCPCS, CARC) y las siglas en inglés (EOB, ECA) quedan como son.
 */
import type { Words } from '../words';

export const glossary: Words['glossary'] = {
  terms: {
    eob: {
      term: 'EOB (Explicación de Beneficios)',
      forms: ['Explicación de Beneficios', 'EOB'],
      definition: 'Un aviso de su aseguradora que llega después de que decide un reclamo. Muestra lo que cobró el proveedor, lo que pagó el plan y lo que usted debe. No es una factura.',
    },
    'itemized-bill': {
      term: 'Factura detallada',
      forms: ['facturas detalladas', 'factura detallada'],
      definition: 'Una factura que muestra cada cargo en su propia línea, con su fecha, su código y su precio. Puede pedirla gratis.',
    },
    cpt: {
      term: 'Código CPT',
      forms: ['CPT'],
      definition: 'Un código de cinco dígitos para una prueba, una visita o un procedimiento, como 99213 para una visita al consultorio. Las facturas y los reclamos lo usan para decir qué se hizo.',
    },
    hcpcs: {
      term: 'Código HCPCS',
      forms: ['HCPCS'],
      definition: 'Un código que Medicare y las aseguradoras usan para lo que un código CPT no cubre, como medicinas, materiales y viajes en ambulancia. Empieza con una letra, como J2405.',
    },
    'revenue-code': {
      term: 'Código de ingresos',
      forms: ['códigos de ingresos', 'código de ingresos'],
      definition: 'Un código de cuatro dígitos en una factura de hospital que dice de qué departamento es el cargo. Por ejemplo, 0450 es la sala de emergencias.',
    },
    modifier: {
      term: 'Modificador',
      forms: ['modificadores', 'modificador'],
      definition: 'Dos caracteres que se agregan a un código, como -25 o -59. Un modificador cambia cómo se paga un cargo, así que necesita una razón real en sus registros.',
    },
    carc: {
      term: 'CARC (código de motivo de ajuste del reclamo)',
      forms: ['códigos de motivo de ajuste', 'código de motivo de ajuste', 'CARC'],
      definition: 'Un código en la EOB que dice por qué su plan cambió un monto o no lo pagó. CO-45 es un descuento que usted no debe. PR-1 es su deducible.',
    },
    'allowed-amount': {
      term: 'Monto permitido',
      forms: ['montos permitidos', 'monto permitido'],
      definition: 'El precio que su plan acordó para un servicio. Lo que paga el plan más lo que paga usted suman ese monto. Dentro de la red, el proveedor no puede cobrarle más.',
    },
    deductible: {
      term: 'Deducible',
      forms: ['deducibles', 'deducible'],
      definition: 'Lo que usted paga cada año por la atención cubierta antes de que su plan empiece a pagar. Alguna atención, como los chequeos, el plan la paga desde antes.',
    },
    coinsurance: {
      term: 'Coseguro',
      forms: ['coseguro'],
      definition: 'Su parte del costo después del deducible, en porcentaje. Con un coseguro del 20 %, usted paga $20 de un monto permitido de $100.',
    },
    copay: {
      term: 'Copago',
      forms: ['copagos', 'copago'],
      definition: 'Una cantidad fija que usted paga por una visita o una medicina, como $30.',
    },
    'in-network': {
      term: 'Dentro y fuera de la red',
      forms: ['fuera de la red', 'dentro de la red', 'fuera de su red', 'dentro de su red'],
      definition: 'Dentro de la red quiere decir que el proveedor tiene un acuerdo de precios con su plan. Fuera de la red quiere decir que no hay acuerdo, así que la factura puede ser más alta.',
    },
    'no-surprises-act': {
      term: 'No Surprises Act (Ley Sin Sorpresas)',
      forms: ['No Surprises Act', 'Ley Sin Sorpresas'],
      definition: 'Una ley federal vigente desde 2022. Si tiene seguro, le protege de facturas sorpresa por atención de emergencia y por ambulancias aéreas. También cubre la atención de un proveedor fuera de su red en un hospital de su red. Si paga por su cuenta, recibe un estimado de buena fe.',
    },
    'good-faith-estimate': {
      term: 'Estimado de buena fe',
      forms: ['estimados de buena fe', 'estimado de buena fe'],
      definition: 'Un cálculo del costo por escrito. Si paga por su cuenta, el proveedor debe dárselo cuando usted pide una cita con al menos 3 días hábiles de anticipación, o cuando usted lo pide. Si le cobra $400 o más por encima del estimado, puede disputar la factura en un plazo de 120 días.',
    },
    'financial-assistance': {
      term: 'Ayuda financiera (atención caritativa)',
      forms: ['política de ayuda financiera', 'ayuda financiera', 'atención caritativa', 'ayuda para pagar'],
      definition: 'Ayuda de un hospital para bajar o borrar una factura, según sus ingresos. Los hospitales sin fines de lucro deben tener una política escrita y aceptar solicitudes.',
    },
    eca: {
      term: 'ECA (acción extraordinaria de cobro)',
      forms: ['acciones extraordinarias de cobro', 'acción extraordinaria de cobro', 'ECA'],
      definition: 'Un paso duro para cobrar una deuda, como venderla, reportarla a las agencias de crédito, demandar o poner un gravamen. Un hospital sin fines de lucro no puede tomar uno hasta 120 días después de la primera factura. También debe avisarle por escrito 30 días antes.',
    },
    'debt-validation': {
      term: 'Validación de la deuda',
      forms: ['plazo de validación', 'validación de la deuda', 'aviso de validación'],
      definition: 'Su derecho a pedir que un cobrador pruebe una deuda. Pídalo por escrito dentro del plazo que dice su aviso, y el cobrador debe dejar de cobrar hasta que envíe la prueba.',
    },
    'original-creditor': {
      term: 'Acreedor original',
      forms: ['acreedor original'],
      definition: 'A quien usted le debía el dinero primero, como el hospital, antes de que un cobrador tomara la cuenta.',
    },
    'credit-bureau': {
      term: 'Agencia de crédito',
      forms: ['agencias de crédito', 'agencia de crédito', 'burós de crédito', 'buró de crédito'],
      definition: 'Las tres empresas que guardan los informes de crédito: Equifax, Experian y TransUnion. Por sus propias reglas, no por ley, no incluyen deudas médicas ya pagadas, de menos de $500 o de menos de un año.',
    },
    'credit-report': {
      term: 'Informe de crédito',
      forms: ['informes de crédito', 'informe de crédito', 'reportes de crédito', 'reporte de crédito'],
      definition: 'El registro de sus deudas y pagos que leen los que prestan dinero. Puede ver el suyo gratis en AnnualCreditReport.com.',
    },
    'pay-for-delete': {
      term: 'Pagar para borrar (pay for delete)',
      forms: ['pagar para borrar', 'pay-for-delete', 'pay for delete'],
      definition: 'Un acuerdo en el que usted paga y el cobrador pide a las agencias de crédito que borren la cuenta. Consígalo por escrito antes de pagar.',
    },
    appeal: {
      term: 'Apelación interna',
      forms: ['apelaciones internas', 'apelación interna'],
      definition: 'Pedirle a su aseguradora que revise otra vez un reclamo que negó. La mayoría de los planes le dan 180 días desde la negación. Medicare y otros planes dan menos, así que revise la fecha en la negación.',
    },
  },
  listTitle: (count: number) => `Palabras de facturación explicadas (${count})`,
  hint: 'Muestra qué quiere decir esta palabra',
};
