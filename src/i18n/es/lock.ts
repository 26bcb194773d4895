/*
 * Las palabras del bloqueo opcional, en español (en inglés: ../en/lock.ts): la
 * tarjeta de bloqueo de la pantalla de inicio, su formulario y la pantalla de
 * desbloqueo. Dicen claro que una frase de contraseña olvidada no se puede
 * recuperar y que las copias de seguridad no quedan bloqueadas.
 */
import type { Words } from '../words';

export const lock: Words['lock'] = {
  card: {
    title: 'Bloquear con una frase de contraseña',
    aboutOn: 'Sus casos se guardan bloqueados (cifrados) con su frase de contraseña. Billpath se la pide cada vez que se abre. “Bloquear ahora” bloquea todas las pestañas abiertas de Billpath. Las copias de seguridad no quedan bloqueadas: guárdelas en un lugar seguro.',
    aboutOff: 'Cualquier persona que use este navegador puede abrir Billpath. Una frase de contraseña bloquea sus casos: se guardan cifrados, y Billpath se la pide cada vez que se abre.',
    cannotRecover: 'Si olvida la frase de contraseña, nadie puede recuperar sus casos',
    saveBackupFirst: '; por eso, guarde primero una copia de seguridad y guarde la frase en un lugar seguro.',
    lockNow: 'Bloquear ahora',
    change: 'Cambiar la frase de contraseña',
    turnOff: 'Quitar el bloqueo',
    turnOn: 'Bloquear con una frase de contraseña',
    couldNotLock: 'Billpath no pudo bloquear: todavía se está guardando un paso. Vuelva a intentarlo en un momento.',
  },
  done: {
    'turn-on': 'Billpath está bloqueado con su frase de contraseña. Se la pedirá cada vez que se abra.',
    change: 'La frase de contraseña cambió. Use la nueva desde ahora.',
    'turn-off': 'El bloqueo está quitado. Sus casos se guardan como antes, sin frase de contraseña.',
  },
  form: {
    current: 'Frase de contraseña actual',
    next: 'Nueva frase de contraseña',
    nextHint: (least: number) => `Al menos ${least} caracteres. Nadie puede recuperarla si la olvida.`,
    again: 'La nueva frase de contraseña otra vez',
    show: 'Mostrar lo que escribo',
    submit: { 'turn-on': 'Bloquear con esta frase de contraseña', change: 'Cambiar la frase de contraseña', 'turn-off': 'Quitar el bloqueo' },
    working: 'Trabajando… esto tarda un momento',
    cancel: 'Cancelar',
    enterCurrent: 'Escriba la frase de contraseña que usa ahora.',
    tooShort: (least: number) => `Use al menos ${least} caracteres. Unas palabras que no van juntas, como “tetera río azul lámpara”, son fáciles de recordar y difíciles de adivinar.`,
    notTheSame: 'Las dos frases de contraseña no son iguales. Escríbala otra vez.',
    refusal: {
      'wrong-passphrase': 'Esa no es la frase de contraseña actual. No se cambió nada.',
      'damaged-lock': 'El registro del bloqueo en este dispositivo está dañado. No se cambió nada.',
    },
    anotherTabKeptSaving: 'Otra pestaña siguió guardando, así que el bloqueo no cambió. Vuelva a intentarlo. No se cambió nada.',
    failed: 'No se pudo cambiar el bloqueo. No se cambió nada.',
  },
  unlock: {
    title: 'Billpath está bloqueado',
    changedInAnotherTab: 'En otra pestaña se puso el bloqueo o se cambió su frase de contraseña.',
    intro: 'Sus casos aquí están cerrados con una frase de contraseña. Escríbala para abrirlos.',
    passphrase: 'Frase de contraseña',
    unlock: 'Desbloquear',
    unlocking: 'Desbloqueando…',
    enterPassphrase: 'Escriba su frase de contraseña.',
    refusal: {
      'wrong-passphrase': 'Esa frase de contraseña no abre Billpath. Revise las mayúsculas y vuelva a intentarlo. No se cambió nada.',
      'damaged-lock': 'El registro del bloqueo está dañado, así que ninguna frase puede abrirlo. Si tiene una copia de seguridad, borre abajo los casos bloqueados. Luego restaure la copia.',
    },
    unlocked: 'Desbloqueado. Sus casos están abiertos.',
    storageFailed: 'Billpath no pudo leer lo guardado en este dispositivo. Vuelva a cargar la página e inténtelo de nuevo.',
    forgot: '¿Olvidó su frase de contraseña?',
    cannotRecover: 'Nadie puede recuperarla, ni siquiera Billpath: la frase de contraseña nunca se guarda, y sin ella no se pueden leer los casos bloqueados. Si tiene una copia de seguridad, puede borrar aquí los casos bloqueados y luego restaurar la copia.',
    erase: 'Borrar los casos bloqueados…',
    eraseQuestionName: '¿Borrar todos los casos?',
    eraseQuestion: '¿Borrar para siempre todos los casos de este dispositivo? Esto no se puede deshacer. Si Billpath está abierto y desbloqueado en otra pestaña, use esa pestaña: guarde allí una copia de seguridad o quite el bloqueo.',
    eraseEverything: 'Borrar todo',
    keep: 'Conservarlos',
    eraseFailed: 'No se pudieron borrar los casos. Vuelva a cargar la página e inténtelo de nuevo.',
    erased: 'Se borraron todos los casos de este dispositivo.',
  },
};
