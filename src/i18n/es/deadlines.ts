/*
 * Las fechas límite, en español (en inglés: ../en/deadlines.ts): qué es cada
 * una y qué hacer antes, lo que ya se hizo, la sección del caso, "Lo más
 * próximo" de la pantalla de inicio y el archivo de calendario (.ics).
 */
import type { Done } from '../../domain/deadlines/engine';
import type { Words } from '../words';
import { caseScreen } from './caseScreen';
import { date } from './format';

/** A name at the start of a sentence ("el hospital" → "El hospital"). */
const first = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const deadlines: Words['deadlines'] = {
  parties: caseScreen.parties,
  kinds: {
    'debt-validation': {
      title: (agency: string) => `Último día para pedirle a ${agency} que pruebe la deuda`,
      todo: 'Envíe la carta de validación de la deuda por correo certificado a más tardar en esta fecha. Hasta que envíen la prueba, deben dejar de cobrarle.',
    },
    'no-collection-action-before': {
      title: (hospital: string) => `${first(hospital)} no puede vender la deuda, reportarla a las agencias de crédito ni demandarle antes de esta fecha`,
      todo: 'Un hospital sin fines de lucro también debe avisarle por escrito 30 días antes de hacer algo así. Si lo hace antes, anote la fecha: puede avisar al IRS con el Formulario 13909.',
    },
    'financial-assistance-application': {
      title: (hospital: string) => `Último día para pedir ayuda en ${hospital}`,
      todo: 'Envíe el formulario de ayuda financiera a más tardar en esta fecha. Mientras deciden, el hospital no puede vender la deuda, reportarla ni demandarle.',
    },
    'patient-provider-dispute': {
      title: () => 'Último día para disputar una factura muy por encima de su estimado de buena fe',
      todo: 'Empiece la disputa entre paciente y proveedor con la línea federal de ayuda No Surprises (1-800-985-3059) a más tardar en esta fecha. Se paga una tarifa pequeña.',
    },
    'internal-appeal': {
      title: () => 'Último día para apelar el reclamo negado',
      todo: 'Presente la apelación a su seguro por escrito a más tardar en esta fecha, con la carta de la sección Cartas.',
    },
    'hold-expires': {
      title: (provider: string) => `Termina la pausa de su factura en ${provider}`,
      todo: 'Antes de que termine, llame y pida más tiempo mientras sus preguntas siguen abiertas. Pida la nueva fecha por escrito.',
    },
    'follow-up': {
      title: (contact: string) => `Haga seguimiento de ${contact}`,
      todo: 'Si no le han respondido, llame o escriba otra vez y anótelo en Billpath.',
    },
  },
  sources: {
    hold: 'La pausa que la oficina de facturación le confirmó',
    followUp: 'La fecha de seguimiento que usted puso al anotarlo',
  },
  done: (done: Done, party: string): string => {
    switch (done.reason) {
      case 'proof-asked': return `Pidió la prueba el ${date(done.on)}.`;
      case 'proof-sent': return `${first(party)} envió la prueba el ${date(done.on)}.`;
      case 'applied': return `Hizo la solicitud el ${date(done.on)}.`;
      case 'dispute-started': return `Empezó la disputa el ${date(done.on)}.`;
      case 'appeal-filed': return `Presentó la apelación el ${date(done.on)}.`;
      case 'back-in-touch': return `Volvió a comunicarse el ${date(done.on)}.`;
      case 'collector': return 'La cuenta pasó a una agencia de cobranza.';
      case 'settled': return 'La factura está resuelta, así que esto ya no importa.';
      case 'closed': return 'El caso está cerrado.';
    }
  },
  when: (days: number) =>
    days === 0 ? 'hoy' : days === 1 ? 'mañana' : days === -1 ? 'ayer' : days > 0 ? `en ${days} días` : `hace ${-days} días`,
  section: {
    title: 'Sus fechas límite',
    none: 'Todavía no hay fechas que vigilar. Aparecen aquí en cuanto la factura, una negación, una pausa o una agencia de cobranza ponen una.',
    groups: { overdue: 'Vencidas', 'this-week': 'Esta semana', later: 'Más adelante', done: 'Hechas o pasadas' },
    rule: 'Regla (en inglés):',
    addOne: 'Agregar a mi calendario',
    addAllOpen: (count: number) => `Agregar las ${count} fechas abiertas a mi calendario`,
    reminders: 'Los archivos de calendario le avisan una semana y un día antes de cada fecha. Se guardan en su dispositivo; no se envía nada.',
  },
  dueSoon: {
    title: 'Lo más próximo',
    overdue: 'Vencida: ',
    open: (bill: string) => `Abrir ${bill}`,
    toSeeIt: ' para ver esta fecha',
    more: (count: number) => `${count} más en sus casos.`,
    addAll: (count: number) => (count === 1 ? 'Agregarla a mi calendario' : `Agregar las ${count} a mi calendario`),
  },
  untitled: 'Factura sin nombre',
  calendarFailed: 'No se pudo crear el archivo de calendario. Por favor, inténtelo otra vez.',
  calendar: {
    name: 'Fechas límite de Billpath',
    language: 'ES',
    details: (todo: string, bill: string, rule: string) => `${todo}\n\nFactura: ${bill}\nRegla: ${rule}`,
    reminder: (days: number, title: string) => `${days === 1 ? 'Mañana' : `En ${days} días`}: ${title}`,
  },
};
