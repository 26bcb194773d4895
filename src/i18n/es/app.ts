/*
 * Las palabras del marco de la app, en español (en inglés: ../en/app.ts): el
 * encabezado con el cambio de idioma, el pie, los avisos, la pantalla que no
 * se pudo mostrar, el reloj de prueba y qué corregir en una fecha o un monto.
 */
import type { Words } from '../words';

const HOW_TO_WRITE_A_DATE = 'Escriba la fecha como MM/DD/AAAA (mes, día, año), por ejemplo 03/05/2026.';
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export const app: Words['app'] = {
  skipToContent: 'Ir al contenido',
  brand: 'Billpath',
  tagline: 'Una factura médica, paso a paso.',
  disclaimer: 'Billpath da información, no consejo legal. Sus facturas se quedan en este dispositivo; no se envía nada a ningún lugar.',
  language: {
    switchTo: 'English',
    switched: 'Billpath ahora está en español.',
    couldNotSwitch: 'Billpath no pudo cambiar a inglés. Revise que tenga conexión a internet y vuelva a intentarlo.',
  },
  notices: {
    saveFailed: {
      full: 'Este dispositivo no tiene espacio, así que Billpath no pudo guardar su último cambio. Sus pasos siguen aquí: guarde una copia de seguridad ahora, libere espacio y vuelva a intentarlo. No cierre ni vuelva a cargar la página hasta que se guarde.',
      failed: 'Billpath no pudo guardar su último cambio en este dispositivo. Sus pasos siguen aquí: guarde una copia de seguridad ahora y vuelva a intentarlo. No cierre ni vuelva a cargar la página hasta que se guarde.',
    },
    saveBackupNow: 'Guardar una copia de seguridad ahora',
    tryAgain: 'Intentar otra vez',
    storageUnavailable: 'Este navegador no deja que Billpath guarde nada (quizás es una ventana privada). Los casos se perderán al cerrar la página: antes, guarde una copia de seguridad de cada uno.',
    refreshed: 'Este caso cambió en otra pestaña o ventana. Billpath ahora muestra lo más reciente.',
    merged: 'Este caso también cambió en otra pestaña. Billpath agregó sus pasos a la versión más reciente; no se perdió nada.',
    notFitting: (title: string, lost: number) =>
      `“${title}” cambió en otra pestaña. ${lost === 1 ? 'Un paso que usted anotó aquí ya no encaja con la versión más reciente y no se agregó.' : `${lost} pasos que usted anotó aquí ya no encajan con la versión más reciente y no se agregaron.`}`,
  },
  update: {
    ready: 'Hay una nueva versión de Billpath. Todo lo que anotó está guardado; termine lo que está escribiendo y luego',
    reloadNow: 'Volver a cargar ahora',
  },
  screenFailed: {
    title: 'No se pudo mostrar esta pantalla',
    body: 'Sus casos guardados están a salvo. Vuelva a la lista e inténtelo de nuevo.',
    back: 'Volver a mis facturas',
  },
  demoClock: {
    name: 'Reloj de prueba:',
    today: (date: string) => `Para Billpath, hoy es ${date}.`,
    pretend: 'Hacer como si hoy fuera',
    set: 'Poner la fecha',
    realDate: 'Volver a la fecha real',
  },
  typedDate: {
    empty: `Escriba una fecha. ${HOW_TO_WRITE_A_DATE}`,
    notADate: (typed: string) => `"${typed}" no es una fecha. ${HOW_TO_WRITE_A_DATE}`,
    fourDigitYear: 'Escriba el año con cuatro dígitos, por ejemplo 2026.',
    unlikelyYear: (year: string) => `Revise el año: ${year} no puede ser correcto.`,
    noSuchMonth: (month: number) => `No existe el mes ${month}. ${HOW_TO_WRITE_A_DATE}`,
    noSuchDay: (month: number, year: string, day: number) => `En ${MONTHS[month - 1]} de ${year} no hay día ${day}.`,
  },
  typedAmount: {
    tooLarge: 'Eso es más de $10,000,000. Revise el monto.',
    commas: 'Revise las comas: escriba 1,234.56 o 1234.56.',
    empty: 'Escriba un monto, por ejemplo 1250.00.',
    decimals: 'Use como máximo dos dígitos después del punto decimal.',
    signed: 'Escriba el monto sin signo de menos ni paréntesis, por ejemplo 1250.00.',
    notAnAmount: (typed: string) => `"${typed}" no es un monto. Use números, por ejemplo 1250.00.`,
  },
};
