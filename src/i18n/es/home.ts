/*
 * Las palabras de la pantalla de inicio, en español (en inglés: ../en/home.ts):
 * el ejemplo y un caso nuevo, la lista de casos, los datos guardados que no se
 * pudieron leer. Las copias de seguridad tienen sus propias palabras (backups.ts).
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
  inVisit: (visit: string) => `Parte de la visita: ${visit}`,
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
};
