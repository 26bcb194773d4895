/*
 * Lo que encontró la revisión de la factura, en español (en inglés, con la
 * fuente de cada regla: ../en/findings.ts): el título, qué significa y la
 * pregunta para la oficina de facturación; los nombres de los códigos; y la
 * lista de hallazgos en pantalla. Las cartas usan las palabras en inglés.
 */
import type { BillLine } from '../../domain/case';
import { formatCents } from '../../domain/money';
import type { FindingText } from '../../domain/audit/finding';
import type { Words } from '../words';
import { date } from './format';


/** "el código 36415 del 5 de marzo de 2026 ($68.00)": cómo un hallazgo nombra una línea. */
const describeLine = (line: BillLine) => `el código ${line.code} del ${date(line.date)} (${formatCents(line.charge)})`;

const visitKinds = { office: 'consulta en el consultorio', emergency: 'visita a la sala de emergencias', hospital: 'visita en el hospital' };

const rules: Words['findings']['rules'] = {
  billedBeforeAdjudication: ({ pending }): FindingText => ({
    title: pending ? 'Le cobran mientras su reclamo sigue pendiente' : 'Le cobran antes de que su seguro decida el reclamo',
    explanation: pending
      ? 'Su seguro aún no ha decidido este reclamo, así que nadie sabe cuánto debe usted. Hasta que decida, esta factura puede ser demasiado alta.'
      : 'Todavía no hay una Explicación de Beneficios (EOB) para esta factura, así que no puede saber cuánto debe. Hasta que su seguro decida el reclamo, esta factura puede ser demasiado alta. Si ya lo decidió, anote la EOB.',
    ask: '¿Ya enviaron este reclamo a mi seguro y lo procesaron? Por favor, pongan mi cuenta en pausa hasta entonces y envíenme una factura que coincida con la EOB.',
  }),
  eobMismatch: ({ owed, balance, difference }): FindingText => ({
    title: 'La factura pide más de lo que su EOB dice que usted debe',
    explanation: `La EOB de su seguro dice que usted debe ${formatCents(owed)}. La factura pide ${formatCents(balance)}, o sea ${formatCents(difference)} más.`,
    ask: `Mi EOB muestra que mi parte es ${formatCents(owed)}. ¿Me pueden explicar la diferencia de ${formatCents(difference)}, o corregir la factura para que coincida con la EOB?`,
  }),
  contractualAdjustmentBilled: ({ coTotal, above }): FindingText => ({
    title: 'Puede que le cobren montos que su plan dice cancelar',
    explanation: `Su EOB marca ${formatCents(coTotal)} como ajuste por contrato (código de grupo CO): el proveedor acordó con su plan no cobrarlo. La factura está ${formatCents(above)} por encima de su parte, así que una parte de eso puede estar en lo que le piden pagar.`,
    ask: `Mi EOB muestra ${formatCents(coTotal)} como ajuste por contrato (CO), que no me pueden cobrar, y mi factura es ${formatCents(above)} más que mi parte. Por favor, quiten ese monto de mi saldo y envíenme una factura corregida.`,
  }),
  surpriseBilling: ({ care, share, balance, above }): FindingText => {
    const covered = care === 'emergency' ? 'la atención de emergencia' : 'la atención de un proveedor fuera de su red en un hospital de su red';
    const rule = `La ley No Surprises Act protege ${covered}. En ese caso, usted no debe más de lo que pagaría dentro de la red.`;
    const title = care === 'emergency' ? 'Atención de emergencia: usted solo debe lo que pagaría dentro de la red' : 'Proveedor fuera de la red en un hospital de su red';
    const mine = care === 'emergency' ? 'Fue atención de emergencia' : 'Fue atención de un proveedor fuera de mi red en un hospital de mi red';
    if (share === undefined) {
      return {
        title,
        explanation: `${rule} Esta factura pide ${formatCents(balance)} antes de que su plan diga cuál es su parte dentro de la red.`,
        ask: `${mine}. La ley No Surprises Act la protege. Por favor, envíen primero el reclamo a mi plan y cóbrenme solo mi parte dentro de la red.`,
      };
    }
    return {
      title,
      explanation: `${rule} La factura pide ${formatCents(above)} más que su parte dentro de la red, que es ${formatCents(share)}.`,
      ask: `${mine}. La ley No Surprises Act la protege. Por favor, no me cobren más que mi parte dentro de la red, que es ${formatCents(share)}, y corrijan el saldo.`,
    };
  },
  gfeExceeded: ({ estimate, billed, over, disputeDays, disputeEnds }, windowClosed): FindingText => {
    const window = !disputeEnds
      ? `Tiene ${disputeDays} días desde la fecha de la factura para empezar.`
      : windowClosed
        ? `El plazo de ${disputeDays} días pudo haber terminado el ${date(disputeEnds)}; pregunte de todos modos.`
        : `Empiece la disputa a más tardar el ${date(disputeEnds)}.`;
    return {
      title: 'La factura está muy por encima de su estimado de buena fe',
      explanation: `Le dijeron que esperara ${formatCents(estimate)}; la factura es de ${formatCents(billed)}, ${formatCents(over)} más. Si una factura pasa el estimado por $400 o más, puede pedir una disputa federal por una tarifa pequeña. La línea de ayuda No Surprises Help Desk (1-800-985-3059) le dice cuánto cuesta hoy y cómo empezar. ${window}`,
      ask: `Mi factura está ${formatCents(over)} por encima del estimado de buena fe de ${formatCents(estimate)}. Por favor, cóbrenme lo del estimado o voy a pedir una disputa entre paciente y proveedor. Mientras siga abierta, por favor no envíen la factura a cobranza.`,
    };
  },
  duplicateCharge: ({ first, extras }): FindingText => {
    const times = extras.length + 1;
    const howOften = times === 2 ? 'dos veces' : `${times} veces`;
    return {
      title: `Cargo cobrado ${howOften}: código ${first.code}`,
      explanation: `El código ${first.code} aparece ${howOften} el ${date(first.date)}, cada vez por ${formatCents(first.charge)}, y nada muestra que se hiciera más de una vez. ${extras.length === 1 ? 'La línea de más es' : 'Las líneas de más son'} seguramente un error de facturación.`,
      ask: `La factura muestra ${describeLine(first)} ${howOften}. Por favor, quiten el cargo repetido o envíenme los documentos de cada servicio.`,
    };
  },
  excessUnits: ({ code, date: day, units, limit }): FindingText => ({
    title: `Más unidades de las que permite un día: código ${code}`,
    explanation: `La factura muestra ${units} unidades del código ${code} el ${date(day)}. Un proveedor casi nunca cobra más de ${limit} al día por eso.`,
    ask: `La factura muestra ${units} unidades del código ${code} el ${date(day)}. ¿Me pueden dar los documentos que respaldan cada unidad, o corregir la cantidad?`,
  }),
  unbundledPanel: ({ panel, panelLine, parts, charged }, panelName): FindingText => {
    if (!panelLine) {
      return {
        title: `Pruebas cobradas una por una en vez del panel ${panel.code}`,
        explanation: `Juntas, estas ${parts.length} pruebas forman el panel ${panel.code} (${panelName}), que se cobra como un solo cargo. Cobrarlas una por una cuesta ${formatCents(charged)}.`,
        ask: `Estas pruebas forman el panel ${panel.code}. Por favor, vuelvan a cobrarlas como el panel y bajen mi factura por la diferencia.`,
      };
    }
    const codes = [...new Set(parts.map((line) => line.code))].join(', ');
    return {
      title: `Pruebas cobradas otra vez junto a su panel (${panel.code})`,
      explanation: `El panel ${panel.code} es un grupo de pruebas que se cobra como una sola (${panelName}). Ya incluye ${codes}. Cobrarlas otra vez el ${date(panelLine.date)} cobra ${formatCents(charged)} dos veces por las mismas pruebas.`,
      ask: `El código ${panel.code} incluye ${codes}. Por favor, quiten las pruebas cobradas aparte, o muéstrenme por qué fueron servicios separados.`,
    };
  },
  highLevelEm: ({ line, kind }): FindingText => ({
    title: kind === 'critical-care' ? `Cuidados críticos cobrados: código ${line.code}` : `El nivel más alto de ${visitKinds[kind]}: código ${line.code}`,
    explanation: kind === 'critical-care'
      ? 'Los cuidados críticos son para un problema que pone la vida en peligro, y piden al menos 30 minutos de atención anotada. Si no fue eso lo que pasó, el código es demasiado alto.'
      : `El código ${line.code} es el nivel más alto de ${visitKinds[kind]}, para los casos más complejos. Si su visita fue más sencilla, el nivel puede ser demasiado alto (a esto se le llama upcoding).`,
    ask: `Por favor, envíenme los registros que muestran que esta visita necesitó el nivel más alto: ${describeLine(line)}. Quiero las notas de la visita y las razones de este código.`,
  }),
  modifierReview: ({ line, flagged }): FindingText => {
    const named = flagged.map((modifier) => `-${modifier}`).join(' y ');
    return {
      title: `Modificador ${named} en el código ${line.code}`,
      explanation: flagged.includes('25')
        ? 'El modificador -25 cobra una consulta además de un procedimiento el mismo día. Solo se permite por un problema aparte y real. Si no lo hubo, la consulta es parte del procedimiento.'
        : `El modificador ${named} cobra este servicio como separado de los demás de ese día, y así evita las reglas que los cobran juntos. Eso necesita una razón real en los registros.`,
      ask: `¿Qué hizo que ${describeLine(line)} fuera separado de los otros servicios de ese día? Por favor, envíenme los documentos que respaldan el modificador ${named}.`,
    };
  },
  facilityFee: (line): FindingText => ({
    title: `Cargo por instalaciones: código ${line.code}${line.revenueCode ? `, código de ingresos ${line.revenueCode}` : ''}`,
    explanation: 'Es lo que cobra el hospital por la sala y el personal, además de lo que cobra el médico. A menudo es la línea más alta, y se puede preguntar por ella.',
    ask: `¿Qué cubre el cargo por instalaciones (${describeLine(line)}) que los otros cargos no cubren? Por favor, envíenme el desglose y cómo eligieron su nivel.`,
  }),
  unspecifiedDiagnosis: ({ line, diagnoses }, names): FindingText => ({
    title: `Atención costosa con solo un diagnóstico vago: código ${line.code}`,
    explanation: `La única razón que dan para este cargo es ${diagnoses.map((code, index) => `${code} (${names[index]})`).join(', ')}. Un diagnóstico vago respalda poco una atención costosa.`,
    ask: `La factura muestra ${describeLine(line)} con solo el diagnóstico ${diagnoses.join(', ')}. Por favor, envíenme los registros que muestran por qué se necesitó esta atención, y a este nivel.`,
  }),
  financialAssistanceLikely: ({ nonprofitHospital, percent }): FindingText => {
    const reasons = [
      ...(nonprofitHospital ? ['Los hospitales sin fines de lucro deben tener un plan para ayudar a pagar, y aceptar solicitudes hasta 240 días después de la primera factura.'] : []),
      ...(percent !== undefined ? [`Los ingresos de su hogar son cerca del ${Math.round(percent)} % de la línea federal de pobreza. Muchos hospitales perdonan o bajan las facturas de hogares por debajo del 300–400 % de esa línea.`] : []),
    ];
    return {
      title: 'Puede que usted califique para ayuda financiera',
      explanation: `${reasons.join(' ')} La ayuda puede bajar o borrar la factura, aun después de enviada.`,
      ask: 'Quiero pedir ayuda financiera. Envíenme la política y el formulario, por favor. Y pongan mi cuenta en pausa mientras tanto.',
    };
  },
};

const on = (at: string | undefined) => (at ? ` el ${date(at)}` : '');

export const findings: Words['findings'] = {
  rules,
  panelNames: {
    '80053': 'un panel metabólico completo',
    '80048': 'un panel metabólico básico',
    '80061': 'un panel de lípidos',
    '85025': 'un conteo sanguíneo con diferencial',
  },
  diagnosisNames: {
    R079: 'dolor de pecho, sin especificar',
    R109: 'dolor abdominal, sin especificar',
    R519: 'dolor de cabeza, sin especificar',
    R509: 'fiebre, sin especificar',
    R0600: 'falta de aire, sin especificar',
    R52: 'dolor, sin especificar',
    R69: 'enfermedad, sin especificar',
    M549: 'dolor de espalda, sin especificar',
    M79609: 'dolor en una extremidad sin especificar',
    J189: 'neumonía, organismo sin especificar',
    N390: 'infección urinaria, lugar sin especificar',
    R197: 'diarrea, sin especificar',
    R1110: 'vómitos, sin especificar',
    K929: 'enfermedad digestiva, sin especificar',
    T1490: 'lesión, sin especificar',
    S0990XA: 'lesión en la cabeza, sin especificar',
    I999: 'trastorno circulatorio, sin especificar',
  },
  heading: (count, open) =>
    count === 0 ? 'Lo que encontró Billpath' : `Lo que encontró Billpath: ${count === 1 ? '1 hallazgo' : `${count} hallazgos`}${open < count ? `, ${open === 1 ? '1 sigue abierto' : `${open} siguen abiertos`}` : ''}`,
  noProblems: 'Las revisiones no encontraron problemas. Mire usted también las líneas.',
  nothingToCheck: 'Anote abajo las líneas de la factura detallada y la EOB, y Billpath las revisará.',
  upTo: 'Hasta ',
  stillInQuestion: ' de lo que pide la factura sigue en duda (sin contar ningún cargo dos veces). ',
  allAnswered: 'Todos los hallazgos tienen respuesta. ',
  notProof: 'Son preguntas para la oficina de facturación, no la prueba de un error.',
  whatToAsk: 'Qué preguntar: ',
  askInEnglish: 'La misma pregunta en inglés, para leerla a la oficina de facturación',
  atStake: 'En juego: ',
  amountNotKnown: 'Aún no se sabe el monto en juego',
  disputed: (at) => `En disputa${on(at)}: esperando su respuesta.`,
  corrected: (at, amountOff) => `Corregido${on(at)}${amountOff ? `: ${formatCents(amountOff)} menos en la factura` : ''}.`,
  markedRight: (at) => `Marcado como correcto${on(at)}.`,
  answer: (title) => `Responder: ${title}`,
  dispute: 'Disputarlo',
  theyCorrected: 'Lo corrigieron',
  itsRight: 'Es correcto',
  correction: {
    title: 'Lo que corrigieron',
    submit: 'Guardar la corrección',
    amount: 'Monto que quitaron de su factura',
    hint: 'En dólares, como dice la factura corregida.',
  },
  saidDisputed: 'Marcado como en disputa.',
  saidCorrected: 'Corrección guardada.',
  saidRight: 'Marcado como correcto.',
};
