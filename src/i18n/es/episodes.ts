/*
 * Las visitas con varias facturas, en español (en inglés: ../en/episodes.ts):
 * la lista de la pantalla de inicio, el formulario que agrupa las facturas, la
 * pantalla de la visita, su enlace en una factura, lo que muestran las
 * facturas juntas (src/domain/episodes/crossBill.ts, con las fuentes) y lo que
 * dice cada carta para toda la visita. Las cartas mismas quedan en inglés
 * (src/domain/letters/episodeLetters.ts).
 */
import type { ServicePart } from '../../domain/episodes/serviceParts';
import { formatCents } from '../../domain/money';
import type { Words } from '../words';
import { date } from './format';
import { listOf as listNames } from '../../domain/text';

const partNames: Record<ServicePart, string> = { global: 'el estudio completo', technical: 'la parte técnica (la máquina y el personal)', professional: 'la lectura (el informe del médico)' };

const listOf = (names: readonly string[]) => listNames(names, 'y');

export const episodes: Words['episodes'] = {
  untitled: 'Una visita',
  home: {
    title: 'Visitas con varias facturas',
    lead: 'Una visita a menudo trae varias facturas: el hospital, los médicos, el laboratorio, los rayos X. Agrúpelas para verlas juntas y trabajar con ellas como una sola.',
    group: 'Agrupar las facturas de una visita',
    summary: (bills: number, leftToPay: number) => `${bills === 1 ? 'Una factura' : `${bills} facturas`}, falta pagar ${formatCents(leftToPay)}`,
  },
  form: {
    title: 'Agrupar las facturas de una visita',
    editTitle: 'Cambiar los datos de la visita',
    what: 'Qué pasó',
    whatHint: 'Unas pocas palabras, como “visita a urgencias por dolor de pecho”.',
    date: 'Fecha de la visita (opcional)',
    place: 'Dónde fue (opcional)',
    placeHint: 'El hospital o la clínica.',
    save: 'Agruparlas',
    saveDetails: 'Guardar los datos',
    needWhat: 'Escriba en pocas palabras qué pasó.',
    failed: 'No se pudo guardar la visita, así que no cambió nada. Vuelva a intentarlo.',
  },
  screen: {
    navigation: 'Visitas y facturas',
    back: '← Todas mis facturas',
    heading: (title: string) => `Visita: ${title}`,
    when: (day: string | undefined, place: string | undefined) => [day && date(day), place].filter(Boolean).join(' · '),
    firstTitle: 'Qué hacer primero con esta visita',
    fromBill: (bill: string) => `De la factura: ${bill}`,
    openBill: (bill: string) => `Abrir ${bill}`,
    allClosed: 'Todas las facturas de esta visita están cerradas. Guarde los papeles en un lugar seguro.',
    dueBy: (day: string) => `A más tardar el ${date(day)}`,
    billsTitle: 'Las facturas de esta visita',
    billsLead: 'Las más urgentes primero.',
    noBills: 'Aún no hay facturas en esta visita. Agregue una abajo.',
    columns: { phase: 'Cómo va', next: 'Siguiente paso', left: 'Falta pagar', deadline: 'Próxima fecha límite' },
    noDeadline: 'Ninguna',
    totalsTitle: 'La visita en números',
    totals: { billed: 'Facturado', afterCorrections: 'Después de correcciones y ayuda', paid: 'Pagado', saved: 'Ahorrado', leftToPay: 'Falta pagar' },
    crossTitle: 'Lo que muestran las facturas juntas',
    crossLead: 'Algunos problemas solo se ven al poner las facturas una al lado de la otra.',
    nothingFound: 'Por ahora no se encontró nada al comparar las facturas.',
    atStake: (amount: number) => `Hasta ${formatCents(amount)} en juego`,
    askWho: (offices: string[]) => `Pregunte a ${listOf(offices)}:`,
    asked: 'Ya les pregunté',
    right: 'No hay nada que corregir',
    undo: 'Deshacer',
    answerTakenBack: 'Se quitó su respuesta.',
    answeredAsked: 'Usted preguntó por esto.',
    answeredRight: 'Usted confirmó que aquí no hay nada que corregir.',
    markBill: 'Marcar la factura y abrirla',
    markBillWhy: 'Esto marca la factura como atención en un hospital de su red, o como atención de emergencia. Luego la revisión de esa factura le dice qué preguntar.',
    saveFailed: 'No se pudo guardar. No cambió nada; vuelva a intentarlo.',
  },
  manage: {
    title: 'Cambiar esta visita',
    addTitle: 'Más facturas de esta visita',
    billsTitle: 'Facturas de esta visita',
    visitTitle: 'La visita',
    add: 'Agregar una factura a esta visita',
    addButton: 'Agregarla',
    nothingToAdd: 'Todas las facturas de este dispositivo ya están en esta visita.',
    newBill: 'Empezar una factura nueva para esta visita',
    remove: (bill: string) => `Sacar “${bill}” de esta visita`,
    edit: 'Cambiar los datos de la visita',
    ungroup: 'Separar las facturas de esta visita',
    ungroupWhy: 'Las facturas quedan tal como están. Solo se quita el grupo.',
    ungroupSure: 'Sí, separarlas',
    keep: 'Dejarla así',
    added: (bill: string) => `Se agregó “${bill}” a esta visita.`,
    removed: (bill: string) => `Se sacó “${bill}” de esta visita.`,
    detailsSaved: 'Se guardaron los datos de la visita.',
    ungrouped: (visit: string) => `Se separó la visita “${visit}”. Sus facturas siguen aquí.`,
  },
  onCase: {
    partOf: (visit: string) => `Esta factura es parte de una visita: ${visit}.`,
    openVisit: 'Abrir la visita',
    question: '¿De la misma visita le llegaron otras facturas (de los médicos, el laboratorio, los rayos X)? Agrúpelas para trabajar con ellas como una sola.',
    addTo: 'Agregar esta factura a',
    addButton: 'Agregarla',
    startNew: 'Agruparla con otras facturas',
  },
  findings: {
    sameService: ({ overlap, lines: [a, b], parts, partCode }, names) => {
      const on = `${a.code === b.code ? `con el código ${a.code}` : `con los códigos ${a.code} y ${b.code}`} del ${date(a.date)}`;
      if (overlap === 'same-test') {
        return {
          title: `${names[0]} y ${names[1]} cobran la misma prueba, ${on}`,
          explanation: 'Una prueba que se hace una vez se cobra una vez. Las dos facturas la cobran, así que hay que quitarla de una de ellas.',
          ask: `${names[0]} y ${names[1]} cobraron la prueba ${on}. Se hizo una sola vez. ¿Quién la hizo? Si no fueron ustedes, por favor quítenla de mi factura y envíenme una factura corregida.`,
        };
      }
      if (overlap === 'same-part') {
        const part = partNames[parts[0] ?? 'professional'];
        return {
          title: `${names[0]} y ${names[1]} cobran la misma parte del estudio ${on}`,
          explanation: `Las dos facturas cobran ${part}. Se hace una sola vez, así que hay que quitar ese cargo de una de ellas, a menos que se hiciera dos veces.`,
          ask: `${names[0]} y ${names[1]} cobraron lo mismo del estudio ${on}: ${part}. ¿Se hizo dos veces? Si no, por favor quiten ese cargo de mi factura y envíenme una factura corregida.`,
        };
      }
      const wholeFirst = parts[0] === 'global';
      const [whole, other] = wholeFirst ? names : [names[1], names[0]];
      const otherPart = (wholeFirst ? parts[1] : parts[0]) ?? 'technical';
      const keep = partCode ? `solo el código ${partCode}` : otherPart === 'technical' ? 'solo la lectura (modificador 26)' : 'solo la parte técnica (modificador TC)';
      return {
        title: `El estudio ${on} se cobra dos veces: ${whole} lo cobra completo y ${other} cobra una parte`,
        explanation: `${whole} cobró el estudio completo: la máquina y la lectura. ${other} cobró ${partNames[otherPart]}. Así que esa parte está en dos facturas.`,
        ask: `${other} ya cobró ${partNames[otherPart]} del estudio ${on}. Por favor, cobren ${keep} y envíenme una factura corregida.`,
      };
    },
    outOfNetwork: (bill, facility, emergency) => ({
      title: emergency ? `${bill} está fuera de la red, pero fue atención de emergencia` : `${bill} está fuera de la red, pero usted recibió atención en un hospital de su red`,
      explanation: emergency
        ? `Usted recibió atención de emergencia en ${facility}. La ley No Surprises Act dice que ${bill} solo le puede cobrar su parte dentro de la red, aunque esté fuera de la red de su plan.`
        : `${facility} está en la red de su plan. Un médico, un laboratorio o un servicio de rayos X que trabaja allí puede estar fuera de la red. Aun así, la ley No Surprises Act dice que solo le puede cobrar su parte dentro de la red. Algunos médicos, como un cirujano, pueden cobrar más solo si usted firmó antes un formulario para aceptarlo.`,
      ask: emergency
        ? `Fue atención de emergencia en ${facility}. Según la ley No Surprises Act, solo debo mi parte dentro de la red. Por favor, cobren a mi seguro con las tarifas dentro de la red y corrijan mi factura.`
        : `Me atendieron en ${facility}, que está en la red de mi plan. Según la ley No Surprises Act, solo debo mi parte dentro de la red. Por favor, cobren a mi seguro con las tarifas dentro de la red y corrijan mi factura.`,
    }),
    assistance: (without, askedOn, hospital) => ({
      title: 'Pida ayuda financiera para todas las facturas de la visita',
      explanation: `Usted pidió ayuda a ${listOf(askedOn)}, pero todavía no a ${listOf(without)}. Las dificultades económicas se miden sumando todas las facturas de la visita.${hospital ? ` ${hospital} debe decir cuáles de los médicos que trabajan allí cubre su política.` : ''}`,
      ask: hospital
        ? `Pedí ayuda financiera a ${hospital} por la misma visita. ¿La política de ${hospital} los cubre a ustedes? Si no, ¿tienen una propia? Por favor, envíenme el formulario y pongan mi cuenta en pausa.`
        : 'Pedí ayuda financiera a otro proveedor por la misma visita. ¿Ustedes también tienen una política de ayuda? Por favor, envíenme el formulario y pongan mi cuenta en pausa.',
    }),
  },
  letters: {
    title: 'Cartas para toda la visita',
    intro: 'Una sola carta nombra todas las facturas de la visita. Envíe la misma carta a cada oficina de facturación. Antes, complete los espacios entre [corchetes].',
    which: 'Qué carta',
    labels: {
      'episode-assistance-request': 'Pedir ayuda financiera a cada oficina',
      'episode-hardship': 'Explicar sus problemas de dinero de toda la visita',
      'episode-settlement': 'Ofrecer un pago para cerrar todas las facturas a la vez',
    },
    explanations: {
      'episode-assistance-request': 'Esta carta pide a cada oficina su política de ayuda y su formulario, y una pausa en la cuenta mientras usted hace la solicitud. Si entre ellas hay un hospital sin fines de lucro, pregunta a las demás si la política del hospital las cubre.',
      'episode-hardship': 'Esta carta le dice a cada oficina cuánto le cuesta toda la visita comparado con sus ingresos. Pide que bajen o perdonen lo que usted les debe.',
      'episode-settlement': 'Esta carta ofrece a cada oficina un solo pago para cerrar su cuenta, cerca del 30 % de lo que pide. Antes de pagar, pide que lo acepten por escrito.',
    },
  },
};
