/*
 * Las palabras de la pantalla de inicio, en español (en inglés: ../en/home.ts):
 * el ejemplo y un caso nuevo, la lista de casos, los datos guardados que no se
 * pudieron leer, las copias de seguridad y por qué se rechaza un archivo. Los
 * detalles técnicos del formato se quedan en inglés, y se dice así.
 */
import type { Words } from '../words';

export const home: Words['home'] = {
  title: 'Sus facturas médicas',
  lead: 'Billpath le ayuda con una factura a la vez, como lo haría un defensor de facturas médicas: conseguir los papeles, revisar la factura, negociar y cerrar el caso con todo por escrito. Todo se queda en este dispositivo.',
  sample: {
    title: '¿Es su primera vez?',
    body: 'Pruebe con una factura de urgencias inventada y vea cómo funciona.',
    start: 'Probar la factura de ejemplo',
    caseTitle: 'Ejemplo: visita a urgencias en Riverside General',
  },
  newCase: {
    title: '¿Tiene una factura?',
    body: 'Empiece un caso con el monto y quién le envió la factura.',
    start: 'Empezar un caso nuevo',
  },
  casesTitle: 'Sus casos',
  untitled: 'Factura sin nombre',
  phaseAndNext: (phase: string, next: string) => `${phase} · Siguiente: ${next}`,
  lastChange: (date: string) => `Último cambio: ${date}`,
  damaged: {
    title: 'Casos que no se pudieron abrir',
    intro: 'Billpath encontró datos guardados que no puede leer. No borró nada. Guarde una copia en un archivo antes de quitarlos.',
    savedCase: (key: string) => `Caso guardado ${key}`,
    saveCopy: 'Guardar una copia en un archivo',
    remove: 'Quitarlo',
    confirmRemove: '¿Quitar de aquí este caso dañado? Si lo puede necesitar, guarde antes una copia.',
    cause: {
      'newer-version': 'Este caso se guardó con una versión más nueva de Billpath. Vuelva a cargar la página para tenerla y abra el caso otra vez.',
      'no-starting-point': 'El paso guardado ya no encaja con esta versión de Billpath, y el historial no tiene un punto de partida para rehacerlo.',
      'wrong-shape': 'Sus datos guardados no tienen la forma que lee esta versión de Billpath.',
      unreadable: 'Billpath no pudo leerlo.',
    },
    details: 'Detalles (en inglés):',
  },
  backups: {
    title: 'Copias de seguridad',
    intro: 'Guarde todos sus casos en un archivo, para conservarlos o pasarlos a otro dispositivo. No se envía nada a ningún lugar.',
    mayBeCleared: 'Este navegador puede borrar los datos guardados cuando le falta espacio. Guarde una copia de seguridad de vez en cuando.',
    saveAll: (count: number) => `Guardar una copia de seguridad de ${count === 1 ? 'su único caso' : `sus ${count} casos`}`,
    restoreFrom: 'Restaurar casos desde un archivo de copia de seguridad',
    unreadableFile: 'No se pudo leer el archivo. Guárdelo otra vez y elíjalo aquí.',
    couldNotStore: 'Este dispositivo no pudo guardar los casos (quizás no tiene espacio). No se cambió nada.',
    refused: (file: string) => `No se puede restaurar ${file}. No se cambió nada.`,
    wrongShape: 'No contiene lo que contiene una copia de seguridad de Billpath.',
    details: 'Detalles (en inglés):',
    moreProblems: (count: number) => (count === 1 ? 'Y 1 problema más.' : `Y ${count} problemas más.`),
    holds: (file: string, count: number) => `${file} contiene ${count === 1 ? 'un caso' : `${count} casos`}:`,
    alreadyHere: (title: string) => `“${title}” ya está en este dispositivo.`,
    keepBoth: 'Conservar los dos (el restaurado se agrega como copia)',
    replace: 'Reemplazar el que está en este dispositivo',
    restore: (count: number) => `Restaurar ${count === 1 ? 'este caso' : `estos ${count} casos`}`,
    cancel: 'Cancelar',
    restored: (count: number, file: string) => `Se ${count === 1 ? 'restauró un caso' : `restauraron ${count} casos`} desde ${file}.`,
  },
  backupFile: {
    tooBig: 'Este archivo es demasiado grande para ser una copia de seguridad de Billpath.',
    notJson: 'Esto no es una copia de seguridad de Billpath: no es un archivo JSON (o está cortado).',
    noFormat: 'Esto no es una copia de seguridad de Billpath: no tiene "format".',
    otherFormat: (format: string) => `Esto no es una copia de seguridad de Billpath: su formato es "${format}".`,
    newerVersion: (version: number) => `Esta copia de seguridad se hizo con una versión más nueva de Billpath (versión ${version}). Actualice Billpath y luego restáurela.`,
    noCases: 'La copia de seguridad no contiene casos.',
    sameId: (where: string, id: string, earlier: number) => `${where}case.id: "${id}" también es el id de cases.${earlier}.`,
    reservedId: (where: string, id: string) => `${where}case.id: "${id}" no es un id de caso que Billpath pueda usar.`,
    openedAgain: (where: string, index: number) => `${where}journal.${index}: el caso se abre otra vez en medio de su historial.`,
    opensOtherCase: (where: string, opened: string, id: string) => `${where}journal.0: el historial abre el caso "${opened}", no "${id}".`,
    restoredCopy: (title: string) => `${title} (copia restaurada)`,
  },
};
