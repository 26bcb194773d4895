/*
 * Qué decir por teléfono en cada paso, en español (en inglés, con las fuentes
 * del consejo: ../en/scripts.ts). La mayoría de las oficinas de facturación
 * contestan en inglés: la pantalla muestra cada frase en español y, debajo, la
 * misma frase en inglés. Por eso cada guion tiene las mismas frases, en el
 * mismo orden, que el guion en inglés.
 */
import type { CallScript, ScriptFacts, Unsaid } from '../../domain/scripts';
import type { Words } from '../words';

const never = {
  payToEndIt: { words: 'Lo pago y ya, para terminar con esto.', because: 'Pagar antes de revisar la factura es aceptar todos sus errores, y termina la negociación.' },
  paymentPlan: { words: '¿Puedo hacer un plan de pagos y ya?', because: 'Un plan congela el saldo y muestra que usted lo acepta: después ya no puede ofrecer menos.' },
  creditCard: { words: 'Lo pago con mi tarjeta de crédito.', because: 'Convierte una factura médica, con sus protecciones y sin intereses, en una deuda de tarjeta con intereses.' },
  angry: { words: 'Esto es una estafa. Ustedes me están robando.', because: 'El enojo pone a la otra persona a la defensiva. Los pedidos claros y con calma consiguen resultados.' },
  goodFaith: { words: 'Les mando algo ahora como pago de buena fe.', because: 'Un pago parcial debilita su posición y, en algunos estados, reinicia el plazo para demandarle por una deuda vieja.' },
  admitDebt: { words: 'Sí, esa deuda es mía, la voy a pagar.', because: 'Hasta que el cobrador pruebe la deuda, no acepte nada. En algunos estados, una promesa de pago reinicia el plazo para demandarle.' },
  bankAccess: { words: 'Sáquenlo de mi cuenta de banco.', because: 'Nunca le dé a un cobrador acceso a su cuenta. Pague el monto acordado una sola vez, de una forma que deje constancia.' },
  verbalDeal: { words: 'Está bien, pago ahora y ustedes me mandan la carta después.', because: 'Una promesa por teléfono se pierde fácilmente. Consiga cada acuerdo por escrito antes de pagar.' },
  revealLimit: { words: 'Tengo ahorros que podría usar.', because: 'Les dice cuánto puede pagar como máximo. Ofrezca poco y deje que ellos se acerquen a usted.' },
} satisfies Record<string, Unsaid>;

const forTheRecord = '¿Cómo se llama usted? ¿Hay un número de referencia para esta llamada?';
const yourAccount = (facts: ScriptFacts) => (facts.account ? `la cuenta ${facts.account}` : 'mi cuenta');

const steps: Words['scripts']['steps'] = {
  'request-itemized-bill': (facts: ScriptFacts): CallScript => ({
    say: [`Pido una factura detallada con los códigos CPT y HCPCS, los códigos de ingresos, las unidades y las fechas de servicio de ${yourAccount(facts)}.`],
    ask: ['¿La van a enviar por correo o por el portal? ¿Para qué fecha?', '¿Pueden anotar en la cuenta que la pedí hoy?', forTheRecord],
    neverSay: [never.payToEndIt, never.paymentPlan],
  }),
  'confirm-claim-status': (): CallScript => ({
    say: ['Llamo para confirmar cómo se procesó el reclamo de esta visita.'],
    ask: ['¿El reclamo se pagó, se negó o sigue pendiente?', '¿Cuál es mi parte, y por qué?', 'Si se negó, ¿cuál es el código de motivo y la fecha límite para apelar?', '¿El proveedor estaba dentro de mi red?', forTheRecord],
    neverSay: [{ words: 'Entonces supongo que no está cubierto.', because: 'Una negación es una decisión que usted puede apelar: cerca de 4 de cada 10 apelaciones tienen éxito (KFF).' }],
  }),
  'request-hold': (facts: ScriptFacts): CallScript => ({
    say: [`Estoy disputando estos cargos hasta recibir los documentos. Por favor, pongan ${yourAccount(facts)} en pausa administrativa mientras la reviso.`],
    ask: ['¿Cuánto va a durar la pausa?', '¿Pueden confirmar la pausa por escrito?', '¿La cuenta va a quedar fuera de cobranza mientras dure la pausa?', forTheRecord],
    neverSay: [never.payToEndIt, never.goodFaith, never.paymentPlan],
  }),
  'review-findings': (): CallScript => ({
    say: ['Comparé la factura detallada con mi Explicación de Beneficios y encontré cargos que necesito que me expliquen.'],
    ask: ['¿Me pueden enviar los documentos que respaldan estos cargos?', '¿Quién revisa las preguntas sobre facturas, y cuánto tarda?', forTheRecord],
    neverSay: [never.angry, never.payToEndIt],
  }),
  'dispute-findings': (): CallScript => ({
    say: ['Estoy disputando estos cargos hasta recibir los documentos. Les envío la lista por escrito, con cada código y cada monto.'],
    ask: ['¿Me van a enviar una factura corregida o los registros que respaldan cada cargo?', '¿La cuenta va a seguir en pausa durante la revisión?', forTheRecord],
    neverSay: [never.angry, never.goodFaith],
  }),
  'file-appeal': (): CallScript => ({
    say: ['Presento una apelación interna por la negación de este reclamo.'],
    ask: ['¿Qué debe incluir la apelación, y adónde la envío?', '¿Cuál es la fecha límite, y cuándo van a decidir?', 'Si es atención urgente, ¿puede ser una apelación acelerada?', forTheRecord],
    neverSay: [{ words: 'Le pago al proveedor y me olvido de la apelación.', because: 'Cuando usted paga, la aseguradora tiene poca razón para revisar otra vez, y el plazo de la apelación sigue corriendo.' }],
  }),
  'apply-financial-assistance': (): CallScript => ({
    say: ['Estoy viendo mis opciones de ayuda financiera. Por favor, envíenme su política de ayuda financiera y la solicitud.'],
    ask: ['¿Qué límites de ingresos usan, y qué descuento corresponde a cada uno?', '¿Van a poner la cuenta en pausa mientras revisan mi solicitud?', '¿La ayuda también cubre facturas que ya pagué?', forTheRecord],
    neverSay: [{ words: 'Seguro que no califico.', because: 'Muchos hospitales ayudan a familias con ingresos muy por encima del nivel de pobreza. Pida la ayuda y deje que ellos decidan.' }, never.paymentPlan],
  }),
  'make-offer': (): CallScript => ({
    say: ['Dadas las circunstancias, ¿qué opciones hay para cerrar esta cuenta?', 'Puedo hacer ahora un pago único para saldar la cuenta por completo, si lo confirman por escrito.'],
    ask: ['¿Hay un descuento por pronto pago o por pagar sin seguro?', 'Si usted no puede aprobar un acuerdo, ¿quién puede?'],
    neverSay: [never.revealLimit, never.paymentPlan, never.creditCard],
  }),
  'respond-to-counteroffer': (): CallScript => ({
    say: ['Gracias. Puedo hacer un pago único en los 10 días después de recibir el acuerdo por escrito.'],
    ask: ['¿Me pueden enviar ese monto por escrito, diciendo que salda la cuenta por completo?', '¿Es lo mejor que puede aprobar, o un supervisor puede mejorarlo?'],
    neverSay: [{ words: 'Está bien, pago lo que ustedes digan.', because: 'Usted ya sabe cuánto puede pagar como máximo. Nunca acepte más de eso.' }, never.paymentPlan],
  }),
  escalate: (): CallScript => ({
    say: ['Entiendo que esto es más de lo que usted puede aprobar. ¿Quién puede? Por favor, transfiérame, o pida que esa persona me llame.'],
    ask: ['¿Cuál es el nombre y el puesto de la persona a quien me transfiere?', forTheRecord],
    neverSay: [never.angry],
  }),
  'wait-for-response': (): CallScript => ({
    say: ['Llamo para hacer seguimiento de mi carta. Quisiera saber cómo va.'],
    ask: ['¿Cuándo van a tomar una decisión?', '¿La cuenta sigue en pausa?', forTheRecord],
    neverSay: [never.goodFaith],
  }),
  'get-agreement-in-writing': (): CallScript => ({
    say: ['Por favor, envíenme nuestro acuerdo por escrito: el monto, que salda la cuenta por completo y cómo pago.'],
    ask: ['¿Cuándo lo voy a recibir?', 'Cuando pague, ¿me van a enviar una carta que muestre saldo cero?', forTheRecord],
    neverSay: [never.verbalDeal],
  }),
  'make-payment': (): CallScript => ({
    say: ['Estoy pagando el monto de nuestro acuerdo por escrito.'],
    ask: ['Por favor, confirmen que recibieron el pago.', '¿Cuándo van a enviar la carta de saldo cero?', forTheRecord],
    neverSay: [never.bankAccess],
  }),
  'request-debt-validation': (): CallScript => ({
    say: ['Pido la validación de esta deuda, y hoy envío mi disputa por escrito.'],
    ask: ['¿A qué dirección envío mi disputa por escrito?', '¿Quién es el acreedor original, y cómo calcularon el monto?', '¿Esta cuenta está reportada a las agencias de crédito?', forTheRecord],
    neverSay: [never.admitDebt, never.goodFaith, never.bankAccess, { words: 'Entonces la disputo por teléfono.', because: 'Solo una disputa por escrito, enviada dentro del plazo de validación, hace que el cobrador deje de cobrar hasta que pruebe la deuda.' }],
  }),
  'negotiate-with-collector': (): CallScript => ({
    say: ['Puedo ofrecer un pago único para saldar la cuenta por completo, si aceptan por escrito borrar esta cuenta de mis informes de crédito.'],
    ask: ['¿Ustedes son dueños de esta deuda, o la cobran para otra persona? ¿Pueden cerrarla?', '¿Van a poner el acuerdo y el borrado por escrito antes de que yo pague?', forTheRecord],
    neverSay: [never.bankAccess, never.verbalDeal, never.goodFaith],
  }),
  'confirm-zero-balance': (): CallScript => ({
    say: ['Por favor, envíenme una carta que confirme que esta cuenta tiene saldo cero.'],
    ask: ['¿Cuándo la van a enviar?', forTheRecord],
    neverSay: [{ words: 'Está bien, confío en su palabra.', because: 'Si la cuenta vuelve a aparecer, la carta es su prueba de que se saldó.' }],
  }),
  'check-credit-report': (): CallScript => ({
    say: ['Disputo esta cuenta médica en cobranza que aparece en mi informe de crédito. Ya se pagó o se saldó, y tengo la carta que lo muestra.'],
    ask: ['Las agencias de crédito dicen que quitan las cuentas médicas en cobranza ya pagadas. ¿Van a quitar esta, y cuándo?', '¿Cuánto va a tardar la investigación? ¿Me van a enviar el resultado por escrito?'],
    neverSay: [never.goodFaith],
  }),
};

export const scripts: Words['scripts'] = {
  steps,
  summary: 'Qué decir por teléfono',
  say: 'Diga',
  ask: 'Pregunte',
  neverSay: 'Nunca diga',
  logIt: 'Anote la fecha, la hora, el nombre y el número de referencia de cada llamada. Después regístrela abajo.',
  inOtherLanguages: {
    interpreter: 'Puede pedir un intérprete gratis: los hospitales que reciben dinero federal deben ofrecérselo (sección 1557 de la Ley de Cuidado de Salud a Bajo Precio, 45 CFR 92.201). Muchas oficinas contestan en inglés, así que cada frase está también en inglés.',
    inEnglish: 'En inglés:',
  },
};
