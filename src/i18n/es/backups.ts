/*
 * Las palabras de las copias de seguridad, en español (en inglés: ../en/backups.ts):
 * guardar todos los casos en un archivo, restaurarlo, y por qué se rechaza un archivo.
 */
import type { Words } from '../words';

export const backups: Words['backups'] = {
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
  holdsVisits: (count: number) => `También los agrupa por visita (${count === 1 ? 'una visita' : `${count} visitas`}); también se restauran las visitas.`,
  alreadyHere: (title: string) => `“${title}” ya está en este dispositivo.`,
  keepBoth: 'Conservar los dos (el restaurado se agrega como copia)',
  replace: 'Reemplazar el que está en este dispositivo',
  restore: (count: number) => `Restaurar ${count === 1 ? 'este caso' : `estos ${count} casos`}`,
  cancel: 'Cancelar',
  restored: (count: number, file: string) => `Se ${count === 1 ? 'restauró un caso' : `restauraron ${count} casos`} desde ${file}.`,
  file: {
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
    sameEpisodeId: (where: string, id: string) => `${where}id: "${id}" es el id de otra visita en este archivo.`,
    episodeCaseMissing: (where: string, id: string) => `${where}caseIds: el archivo no tiene ningún caso "${id}".`,
  },
};
