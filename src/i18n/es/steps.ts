/*
 * Lo que aconseja Billpath en cada paso, en español (en inglés: ../en/steps.ts,
 * con las fuentes de cada regla). Frases cortas y palabras de todos los días.
 * Las cifras de la práctica se dicen como tales, no como ley.
 */
import type { AdviceFacts, StepText } from '../../../machines/steps/shared';
import { formatCents } from '../../domain/money';
import type { Words } from '../words';
import { caseScreen } from './caseScreen';
import { common } from './common';
import { date } from './format';

const accountOf = (facts: AdviceFacts) => (facts.account ? `la cuenta ${facts.account}` : 'mi cuenta');
/** "de" and "a" before a name, joined as Spanish joins them with "el" ("del proveedor", "al cobrador"). */
const de = (name: string) => (name.startsWith('el ') ? `del ${name.slice(3)}` : `de ${name}`);
const a = (name: string) => (name.startsWith('el ') ? `al ${name.slice(3)}` : `a ${name}`);
const interpreter = ' Puede pedir un intérprete gratis.';

const advice: Words['steps']['advice'] = {
  requestItemizedBill: (facts: AdviceFacts): StepText => ({
    title: 'Pida la factura detallada',
    why: 'No puede revisar una factura que no ve. La factura detallada muestra cada cargo con su código, su fecha y sus unidades. No pague ni acepte un plan de pagos hasta tenerla: un plan fija una factura que nadie ha revisado.',
    how: `Llame a la oficina de facturación ${de(facts.provider)}. Diga: "Pido una factura detallada con los códigos CPT y HCPCS, los códigos de ingresos, las unidades y las fechas de servicio de ${accountOf(facts)}". Después pídala otra vez por escrito y guarde una copia.${interpreter}`,
  }),
  waitForItemizedBill: (): StepText => ({
    title: 'Espere la factura detallada',
    why: 'Los registros de facturación son parte de su historial médico. El proveedor debe enviarlos en 30 días desde que usted los pide.',
    how: 'Si no ha llegado en la fecha de abajo, llame otra vez: "Pedí una factura detallada. ¿Cuándo la van a enviar?" Anote con quién habló.',
  }),
  confirmClaimStatus: (facts: AdviceFacts): StepText => ({
    title: 'Pregunte a su seguro por el reclamo',
    why: 'Puede que la factura llegara antes de que su seguro terminara el reclamo. La Explicación de Beneficios (EOB) muestra lo que de verdad debe.',
    how: `Llame al número de su tarjeta del seguro y pregunte: "¿Ya procesaron el reclamo ${de(facts.provider)} por esta visita? Por favor, envíenme la Explicación de Beneficios".${interpreter}`,
  }),
  claimStillPending: (): StepText => ({
    title: 'Siga el reclamo pendiente',
    why: 'Su seguro aún no ha decidido. Lo que usted debe puede cambiar cuando decida, así que no le pague al proveedor todavía.',
    how: 'Llame a su seguro: "¿Cuándo van a decidir este reclamo? ¿Falta algo?" Después dígale al proveedor que el reclamo sigue abierto.',
  }),
  requestHold: (facts: AdviceFacts): StepText => ({
    title: 'Pida una pausa en la cuenta',
    why: 'Una pausa evita que la cuenta pase a cobranza mientras usted la revisa. Las oficinas de facturación suelen aceptar si usted lo pide con calma y claridad.',
    how: `Diga: "Estoy disputando estos cargos hasta recibir los documentos. Por favor, pongan ${accountOf(facts)} en pausa administrativa mientras reviso la factura detallada y el reclamo del seguro". Pregunte cuánto dura la pausa. Anote el nombre y un número de referencia.`,
  }),
  startValidation: (): StepText => ({
    title: 'Empiece a revisar la factura',
    why: 'Ya tiene la factura detallada y la decisión de su seguro. Ahora puede revisar cada cargo.',
    how: 'Pase a la siguiente etapa. Va a comparar la factura con la EOB línea por línea.',
  }),
  reviewBill: (): StepText => ({
    title: 'Revise la factura línea por línea',
    why: 'Los errores en las facturas son comunes. Busque cargos que aparecen dos veces, atención que no recibió y códigos de más atención de la que tuvo. Compare cada línea con la EOB.',
    how: 'Por cada cargo que cuestione, pregunte a la oficina de facturación: "¿Me pueden dar los documentos que respaldan este cargo?" Anote cada problema que encuentre. Si no encuentra ninguno, dígalo aquí.',
  }),
  reviewFindings: (count: number, inQuestion: string): StepText => ({
    title: count === 1 ? 'Revise el hallazgo en su factura' : `Revise los ${count} hallazgos en su factura`,
    why: `Billpath revisó las líneas y los códigos de la factura (y su EOB, si la tiene) y encontró ${count === 1 ? 'una cosa' : `${count} cosas`} que la oficina de facturación debe explicar, por hasta ${inQuestion} en duda. Los errores en las facturas son comunes; cada respuesta puede bajar lo que debe.`,
    how: 'Lea cada hallazgo en "Su factura": cada uno dice la pregunta exacta que debe hacer. Dispute los que parezcan errores. Marque un hallazgo como correcto si sabe que el cargo está bien.',
  }),
  noFindings: (): StepText => ({
    title: 'No se encontraron problemas: revise la factura usted una vez',
    why: 'Billpath comparó las líneas con sus reglas y con su EOB y no encontró nada que preguntar. No puede saber qué atención recibió usted de verdad.',
    how: 'Busque algo que no recuerde haber recibido. Si lo encuentra, anótelo; si no, siga adelante.',
  }),
  disputeInWriting: (): StepText => ({
    title: 'Envíe su disputa por escrito',
    why: 'Una disputa por escrito deja una constancia que la oficina de facturación tiene que responder. Las llamadas solas se pierden fácilmente.',
    how: 'Envíe una carta que liste cada cargo que disputa, con su código, fecha y monto. Billpath la escribe en inglés por usted, en la sección Cartas. Guarde una copia.',
  }),
  waitForDisputeAnswer: (): StepText => ({
    title: 'Espere la respuesta a su disputa',
    why: 'La oficina de facturación necesita tiempo para revisar. La cuenta debe seguir en pausa mientras tanto.',
    how: 'Si no responden para la fecha de seguimiento, llame y pida hablar con un supervisor. Cuando respondan, anote lo que corrigieron.',
  }),
  fileAppeal: (): StepText => ({
    title: 'Apele el reclamo negado',
    why: 'Una negación no es la última palabra: cerca de 4 de cada 10 apelaciones tienen éxito (KFF). La mayoría de los planes le dan 180 días desde la negación. Medicare da 120 días y Medicare Advantage, 60. La fecha que cuenta es la de su carta de negación.',
    how: 'Pida a su seguro la carta de negación y su código de motivo. Después escriba: "Apelo la negación de este reclamo. Por favor, revísenlo otra vez con los registros que adjunto". Pida al consultorio de su médico una carta de apoyo.',
  }),
  waitForAppeal: (): StepText => ({
    title: 'Espere la decisión de la apelación',
    why: 'Para atención que ya recibió, el plan debe decidir en 60 días.',
    how: 'Pida al proveedor que mantenga la cuenta en pausa hasta que se decida la apelación.',
  }),
  applyForAssistance: (facts: AdviceFacts): StepText => ({
    title: 'Pida ayuda financiera',
    why: facts.nonprofit
      ? 'Los hospitales sin fines de lucro deben tener un plan para ayudar a pagar. Deben aceptar solicitudes durante 240 días después de la primera factura. La ayuda puede bajar o borrar lo que debe.'
      : 'Muchos hospitales y algunos médicos bajan o perdonan facturas a personas de ingresos bajos o medios. Vale la pena preguntar.',
    how: 'Diga: "Quiero pedir ayuda financiera. Por favor, envíenme su política y el formulario para pedirla". Pida que pongan la cuenta en pausa mientras la revisan. Anote los ingresos de cada adulto en el formulario.',
  }),
  waitForAssistance: (): StepText => ({
    title: 'Espere la decisión sobre la ayuda',
    why: 'Una decisión puede bajar o borrar la factura. Ofrecer dinero antes podría hacerle pagar más de lo necesario.',
    how: 'Pregunte: "¿Está completa mi solicitud? ¿Cuándo tendré una decisión?" Asegúrese de que la cuenta siga en pausa.',
  }),
  startNegotiation: (): StepText => ({
    title: 'Empiece a negociar',
    why: 'La factura ya está revisada y sus disputas tienen respuesta. Ahora puede trabajar en el saldo que queda.',
    how: 'Pase a la negociación. Va a hacer una oferta y a conseguir cualquier acuerdo por escrito.',
  }),
  makeOffer: (facts: AdviceFacts, offer: number): StepText => ({
    title: 'Haga una oferta de pago único',
    why: 'Los proveedores cobran solo del 20 al 40 % de lo que deben los pacientes (cifra de la práctica). Dinero ahora y en un solo pago vale mucho para ellos, así que a menudo aceptan mucho menos.',
    how: `Diga: "Dadas las circunstancias, ¿qué opciones hay para cerrar esta cuenta? Puedo pagar ${formatCents(offer)} en un solo pago para saldarla por completo". Eso es cerca del 30 % de ${formatCents(facts.balance)}. No acepte un plan de pagos todavía.`,
  }),
  waitForOfferAnswer: (offer: number): StepText => ({
    title: 'Espere la respuesta a su oferta',
    why: 'Deles tiempo para revisarla, pero no para siempre. Haga seguimiento para la fecha de abajo.',
    how: `Si no responden, llame y pregunte: "¿Ya revisaron mi oferta de ${formatCents(offer)}? ¿Quién puede aprobarla?"`,
  }),
  answerCounteroffer: (counter: number, middle: number): StepText => ({
    title: 'Responda a su contraoferta',
    why: 'Si le hacen una contraoferta, es que quieren un acuerdo. Puede aceptarla u ofrecer algo en medio.',
    how: `Pidieron ${formatCents(counter)}. Si puede pagar eso, acepte y pídalo por escrito. Si no, diga: "Puedo pagar ${formatCents(middle)}. ¿Lo aceptan para saldar la cuenta?"`,
  }),
  weighPaymentPlan: (monthly: number, months: number): StepText => ({
    title: 'Piénselo antes de aceptar el plan de pagos',
    why: 'Un plan de pagos congela el saldo y termina la negociación. Pregunte antes por la ayuda financiera y por un descuento por pago único.',
    how: `Le ofrecieron ${formatCents(monthly)} al mes durante ${months} ${months === 1 ? 'mes' : 'meses'}. Diga: "Antes de aceptar un plan, quiero saber de la ayuda financiera y de cualquier descuento por pronto pago". Si acepta el plan, consígalo por escrito y sin intereses.`,
  }),
  escalate: (who: string): StepText => ({
    title: `Pida hablar con ${who}`,
    why: 'La primera persona con quien habla muchas veces no puede aprobar un descuento. Alguien de más arriba sí puede.',
    how: `Diga con amabilidad: "Entiendo que usted no puede aprobar esto. ¿Puedo hablar con ${who}?" Anote cada nombre y un número de referencia. Después haga su oferta otra vez.`,
  }),
  getAgreementInWriting: (facts: AdviceFacts, agreed: number, what: 'offer' | 'plan' | 'assistance' | 'collector'): StepText => ({
    title: 'Consiga el acuerdo por escrito',
    why: {
      offer: 'Una promesa por teléfono no es prueba. No pague hasta tener una carta con el monto y las palabras "pagado en su totalidad" ("paid in full").',
      collector: 'La promesa de un cobrador por teléfono no es prueba. No pague hasta tener una carta con el monto, "pagado en su totalidad" ("paid in full") y la promesa de borrar la cuenta de sus informes de crédito.',
      plan: 'Una promesa por teléfono no es prueba. No haga el primer pago hasta tener por escrito las condiciones del plan.',
      assistance: 'Una decisión por teléfono no es prueba. La decisión por escrito muestra el nuevo saldo y le protege si la factura vuelve.',
    }[what],
    how: {
      offer: `Pida: "Por favor, envíenme una carta que diga que aceptarán ${formatCents(agreed)} como pago total de ${accountOf(facts)}". Pague solo cuando llegue.`,
      collector: `Pida: "Por favor, envíenme una carta que diga que aceptarán ${formatCents(agreed)} como pago total y que borrarán esta cuenta de mis informes de crédito". Pague solo cuando llegue.`,
      plan: `Pida: "Por favor, confirmen el plan de ${accountOf(facts)} en una carta. Pongan el monto de cada mes y cuántos meses. Digan que no hay intereses ni reportes de crédito mientras pago".`,
      assistance: `Pida: "Por favor, envíenme por escrito la decisión de ayuda financiera, con el nuevo saldo de ${accountOf(facts)}".`,
    }[what],
  }),
  requestDebtValidation: (agency: string, tooEarly?: { hospital: string; allowedFrom: string }): StepText => ({
    title: 'Pida al cobrador que pruebe la deuda',
    why: 'Pídalo por escrito, antes de la fecha indicada. Así el cobrador debe dejar de cobrar hasta que pruebe la deuda.'
      + (tooEarly ? ` Además: ${tooEarly.hospital} pasó esta cuenta a un cobrador antes del ${date(tooEarly.allowedFrom)}. Hasta esa fecha, un hospital sin fines de lucro no puede vender la deuda, reportarla a las agencias de crédito ni demandar, y debe avisarle por escrito 30 días antes. Si vendieron la deuda o aparece en su informe de crédito, pida por escrito al hospital que la recupere y que revise si usted califica para ayuda financiera. También puede avisar al IRS con el formulario 13909.` : ''),
    how: `Envíe una carta ${a(agency || 'el cobrador')} por correo certificado y guarde el recibo. Billpath la escribe en inglés por usted: dice que usted disputa la deuda y pide prueba del monto, el nombre del acreedor original y su derecho a cobrarla.`,
  }),
  waitForValidation: (): StepText => ({
    title: 'Espere la prueba del cobrador',
    why: 'Hasta que envíen la prueba, deben dejar de cobrar. No pague ni acepte nada todavía.',
    how: 'Si un cobrador llama antes de enviar la prueba, diga: "Ya disputé esta deuda por escrito. Por favor, envíen la verificación".',
  }),
  confirmDebtOwner: (agency: string, creditor: string): StepText => ({
    title: 'Averigüe quién es el dueño de la deuda',
    why: `Antes de ofrecer algo, asegúrese de que ${agency || 'el cobrador'} es dueño de esta deuda o puede cerrarla en nombre ${de(creditor || 'el acreedor original')}. Un acuerdo con alguien que no puede cerrarla no termina la deuda.`,
    how: 'Pregunte: "¿Ustedes son dueños de esta deuda o la cobran para otra persona? ¿Pueden cerrarla y borrarla de mis informes de crédito? Por favor, confírmenlo por escrito".',
  }),
  checkCreditReporting: (rules: { underThreshold: boolean; notBefore?: string }): StepText => ({
    title: 'Vea cómo puede aparecer esta deuda en su informe de crédito',
    why: (rules.underThreshold
      ? 'Por sus propias reglas (no por ley), las tres agencias de crédito no incluyen deudas médicas en cobranza de menos de $500. Así que esta no debería aparecer.'
      : `Por sus propias reglas (no por ley), las tres agencias de crédito esperan un año antes de incluir una deuda médica sin pagar en cobranza${rules.notBefore ? ` (cerca del ${date(rules.notBefore)} para esta factura)` : ''}. La quitan cuando se paga.`)
      + ' Una regla federal de 2025 que habría sacado las deudas médicas de los informes de crédito fue anulada por un tribunal en julio de 2025, así que no le protege. Su estado puede protegerle.',
    how: 'Pida sus informes gratis en AnnualCreditReport.com. Si esta deuda aparece demasiado pronto, o por menos de $500, dispútela con la agencia y guarde una copia.',
  }),
  extendHold: (until: string): StepText => ({
    title: 'Pida más tiempo de pausa',
    why: `Su pausa termina el ${date(until)}. Después, la factura puede pasar a cobranza aunque sus preguntas sigan abiertas.`,
    how: 'Llame a la oficina de facturación: "Mis preguntas sobre esta factura siguen abiertas. Por favor, alarguen la pausa de mi cuenta 30 días y envíenme la nueva fecha por escrito".',
  }),
  followUp: (title: string, due: string): StepText => ({
    title,
    why: `Usted puso el ${date(due)} para hacer seguimiento. Cuando no cumplen una promesa, una llamada a tiempo mantiene su caso en marcha y sus notas completas.`,
    how: 'Llame o escriba: "Hago seguimiento de nuestro último contacto. ¿Cómo va esto y cuándo tendré una respuesta?" Después anote la llamada aquí.',
  }),
  startProviderDispute: (due: string): StepText => ({
    title: 'Empiece la disputa entre paciente y proveedor',
    why: `La factura es $400 o más por encima de su estimado de buena fe. Puede empezar una disputa federal hasta el ${date(due)}; después, pierde el derecho.`,
    how: 'Llame a la línea de ayuda No Surprises al 1-800-985-3059 para empezarla (hay un pequeño cargo). Después envíe al proveedor la carta de disputa "no surprises" de la sección Cartas.',
  }),
  negotiateWithCollector: (offer: number): StepText => ({
    title: 'Negocie con el cobrador',
    why: 'Los cobradores a menudo aceptan del 30 al 50 % del saldo (cifra de la práctica). Pídales que borren la cuenta de sus informes de crédito cuando pague.',
    how: `Diga: "Puedo pagar ${formatCents(offer)} para saldar esta cuenta por completo si aceptan borrarla de mis informes de crédito. Por favor, pónganlo por escrito".`,
  }),
  makePayment: (left: number): StepText => ({
    title: `Pague exactamente ${formatCents(left)}`,
    why: 'Pague solo el monto del acuerdo escrito y guarde prueba de que pagó.',
    how: 'Pague con cheque o tarjeta por ese monto exacto. Ponga el número de cuenta en el pago. Guarde el recibo. Nunca les dé acceso a su cuenta de banco.',
  }),
  confirmZeroBalance: (facts: AdviceFacts): StepText => ({
    title: 'Consiga una carta de saldo cero',
    why: 'Una carta que dice que usted no debe nada le protege si la factura vuelve a aparecer.',
    how: `Pida: "Por favor, envíenme una carta que confirme que ${accountOf(facts)} tiene saldo cero".`,
  }),
  checkCreditReport: (history: 'not-validated' | 'collections' | 'none', window?: { from: string; to: string }): StepText => ({
    title: 'Revise su informe de crédito',
    why: {
      'not-validated': 'El cobrador no pudo probar la deuda. Asegúrese de que no está en su informe de crédito.',
      collections: 'Las deudas médicas en cobranza ya pagadas no deben estar en su informe de crédito. Revise que esta ya no está.',
      none: 'Una factura médica que usted cerró nunca debe aparecer en su informe de crédito. Una revisión rápida lo confirma.',
    }[history],
    how: (window ? `Revíselo entre el ${date(window.from)} y el ${date(window.to)}: los informes tardan unas semanas en mostrar un pago. ` : '')
      + 'Pida sus informes gratis en AnnualCreditReport.com. Si esta factura aparece, dispútela con la agencia de crédito y envíe una copia de sus cartas.',
  }),
  closeCase: (): StepText => ({
    title: 'Cierre el caso',
    why: 'Todo está hecho. Al cerrarlo, su expediente queda tal como está.',
    how: 'Guarde sus cartas y registros al menos 7 años. Una deuda puede quedar en un informe de crédito ese tiempo.',
  }),
  keepRecords: (): StepText => ({
    title: 'Esta factura está cerrada',
    why: 'Terminó. Guarde el expediente por si la factura vuelve a aparecer.',
    how: 'Guarde este caso y sus cartas. Es buena idea hacer una copia de seguridad del caso.',
  }),
};

export const steps: Words['steps'] = {
  advice,
  escalation: common.escalation,
  actions: {
    askedForIt: 'La pedí',
    alreadyHaveIt: 'Ya la tengo',
    claimProcessed: 'Lo procesaron',
    claimPending: 'Sigue pendiente',
    claimDenied: 'Lo negaron',
    haveEob: 'Tengo la EOB',
    askedForHold: 'Pedí una pausa',
    holdConfirmed: 'Confirmaron una pausa',
    goOnWithout: 'Seguir sin ella',
    billCame: 'Llegó la factura detallada',
    startChecking: 'Empezar a revisar la factura',
    foundProblem: 'Encontré un problema',
    foundNothing: 'No encontré nada que disputar',
    disputeAll: (count: number) => (count === 1 ? 'Disputarlo' : `Disputar los ${count}`),
    noneAProblem: 'Ninguno es un problema',
    haveItInWriting: 'Lo tengo por escrito',
    theyAnswered: 'Respondieron',
    theyAlreadyAnswered: 'Ya respondieron',
    sentLetter: 'Envié la carta',
    filedAppeal: 'Presenté la apelación',
    applied: 'La pedí',
    negotiateAnyway: 'Negociar ahora de todos modos',
    appealApproved: 'Aprobaron la apelación',
    appealDenied: 'Negaron la apelación',
    recordDecision: 'Anotar la decisión',
    startNegotiating: 'Empezar a negociar',
    backedOut: 'Se echaron atrás',
    acceptedIt: 'La acepté',
    madeNewOffer: 'Hice una nueva oferta',
    saidNo: 'Dije que no',
    theyAccepted: 'La aceptaron',
    theyCountered: 'Hicieron una contraoferta',
    theySaidNo: 'Dijeron que no',
    offeredLumpSum: 'Ofrecí un pago único',
    acceptedPlan: 'Acepté el plan',
    turnedDown: 'Lo rechacé',
    madeOffer: 'Hice una oferta',
    planOffered: 'Me ofrecieron un plan de pagos',
    reached: (who: string) => `Hablé con ${who}`,
    madeAnotherOffer: 'Hice otra oferta',
    checkedReports: 'Revisé mis informes',
    negotiateWithout: 'Negociar sin ella',
    sentProof: 'Enviaron la prueba',
    couldNotProve: 'No pudieron probarla',
    ownsAndCanSettle: 'Son dueños y pueden cerrarla',
    paid: 'Pagué',
    haveLetter: 'Tengo la carta',
    closeCase: 'Cerrar el caso',
    askedForMoreTime: 'Pedí más tiempo',
    gotNewDate: 'Me dieron una nueva fecha',
    logCall: 'Anotar la llamada',
    startedDispute: 'Empecé la disputa',
  },
  waitFirst: {
    papers: 'Es mejor esperar: sin la factura detallada y la decisión del seguro, no puede saber cuánto debe de verdad.',
    decisions: 'Es mejor esperar: la decisión de la apelación o de la ayuda puede bajar lo que debe antes de que ofrezca algo.',
    findings: 'Cada hallazgo es una pregunta que la oficina de facturación debe responder. Si los salta, puede pagar errores. Siga solo si ya los revisó.',
    proof: 'Es mejor pedir la prueba primero: cuando se cierra el plazo de validación, pierde el derecho a que dejen de cobrar hasta que prueben la deuda.',
  },
  unnamed: { provider: 'el proveedor', hospital: 'el hospital' },
  parties: caseScreen.parties,
  followUpOn: (party: string) => `Haga seguimiento de ${party}`,
  recorded: 'Anotado.',
  nextStep: (title: string) => `Siguiente paso: ${title}.`,
  cannotRecord: 'Esto no se puede anotar en este paso.',
  openToSee: 'Abra el caso para ver el siguiente paso',
};
