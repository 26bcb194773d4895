/*
 * El final del camino, en español (en inglés: ../en/closure.ts): lo que
 * valió el trabajo, "Guarde una copia" y el expediente impreso. Las cartas
 * del expediente quedan como se enviaron, en inglés.
 */
import type { Words } from '../words';

export const closure: Words['closure'] = {
  outcome: {
    title: 'El resultado',
    broughtDown: (original: string, owed: string) => `Bajó una factura de ${original} a ${owed}: `,
    saved: (amount: string) => `ahorró ${amount}`,
    standsAt: (owed: string) => `La factura queda en ${owed}. Guarde el expediente: muestra que revisó cada cargo.`,
    caption: 'El resultado en cifras',
    rows: {
      original: 'La factura',
      corrections: 'Menos por correcciones',
      assistance: 'Menos por ayuda financiera',
      settlement: 'Menos por el acuerdo',
      owed: 'Lo que debe al final',
      paid: 'Pagado hasta ahora',
      saved: 'Ahorrado',
    },
  },
  keepACopy: {
    title: 'Guarde una copia',
    intro: 'Guarde este caso y todo su historial como un archivo en su dispositivo, o imprímalo con cada carta y llamada. No se envía nada.',
    saveBackup: 'Guardar una copia de seguridad de este caso',
  },
  print: {
    button: 'Imprimir el expediente',
    heading: (title: string) => `Expediente: ${title}`,
    untitled: 'Factura sin nombre',
    providerNotNamed: 'Proveedor sin nombre',
    printed: (provider: string, account: string | undefined, date: string) =>
      `${provider}${account ? `, cuenta ${account}` : ''}. Impreso el ${date} desde Billpath.`,
    paperTrail: 'Registro de todo lo que pasó',
    call: {
      time: 'Hora',
      with: 'Habló con',
      department: 'Departamento',
      reference: 'Referencia',
      promised: 'Lo que prometieron',
      notes: 'Notas',
      followUp: 'Seguimiento antes del',
    },
  },
};
