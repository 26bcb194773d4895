/*
 * The optional lock's words, in English: the home screen's lock card and its
 * form, and the unlock screen. They say plainly that a forgotten passphrase
 * cannot be recovered and that backup files are not locked.
 */
export const lock = {
  card: {
    title: 'Lock with a passphrase',
    aboutOn: 'Your cases are stored locked (encrypted) with your passphrase. Billpath asks for it each time it opens. “Lock now” locks every open Billpath tab. Backup files are not locked: keep them somewhere safe.',
    aboutOff: 'Anyone who uses this browser can open Billpath. A passphrase locks your cases: they are stored encrypted, and Billpath asks for it each time it opens.',
    cannotRecover: 'If you forget the passphrase, nobody can get your cases back',
    /** Follows `cannotRecover` (shown in bold) in the same sentence. */
    saveBackupFirst: ', so save a backup first and keep the passphrase somewhere safe.',
    lockNow: 'Lock now',
    change: 'Change the passphrase',
    turnOff: 'Take the lock off',
    turnOn: 'Lock with a passphrase',
    couldNotLock: 'Billpath could not lock: a step is still being saved. Try again in a moment.',
  },
  done: {
    'turn-on': 'Billpath is locked with your passphrase. It will ask for it each time it opens.',
    change: 'The passphrase is changed. Use the new one from now on.',
    'turn-off': 'The lock is off. Your cases are stored as before, without a passphrase.',
  },
  form: {
    current: 'Current passphrase',
    next: 'New passphrase',
    nextHint: (least: number) => `At least ${least} characters. Nobody can recover it if you forget it.`,
    again: 'The new passphrase again',
    show: 'Show what I type',
    submit: { 'turn-on': 'Lock with this passphrase', change: 'Change the passphrase', 'turn-off': 'Take the lock off' },
    working: 'Working… this takes a moment',
    cancel: 'Cancel',
    enterCurrent: 'Enter the passphrase you use now.',
    tooShort: (least: number) => `Use at least ${least} characters. A few words that don’t go together, like “kettle river blue lamp”, are easy to remember and hard to guess.`,
    notTheSame: 'The two passphrases are not the same. Type it again.',
    refusal: {
      'wrong-passphrase': 'That is not the current passphrase. Nothing was changed.',
      'damaged-lock': 'The lock’s record on this device is damaged. Nothing was changed.',
    },
    anotherTabKeptSaving: 'Another tab kept saving, so the lock was not changed. Try again. Nothing was changed.',
    failed: 'The lock could not be changed. Nothing was changed.',
  },
  unlock: {
    title: 'Billpath is locked',
    changedInAnotherTab: 'The lock was turned on or its passphrase changed in another tab.',
    intro: 'Your cases on this device are locked with a passphrase. Enter it to open them.',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    enterPassphrase: 'Enter your passphrase.',
    refusal: {
      'wrong-passphrase': 'That passphrase does not open Billpath. Check for capital letters and try again. Nothing was changed.',
      'damaged-lock': 'The lock’s record on this device is damaged, so no passphrase can open it. If you have a backup file, erase the locked cases below, then restore the backup.',
    },
    unlocked: 'Unlocked. Your cases are open.',
    storageFailed: 'Billpath could not read this device’s storage. Reload the page and try again.',
    forgot: 'Forgot your passphrase?',
    cannotRecover: 'Nobody can get it back, not even Billpath. The passphrase is never stored, and without it the locked cases can’t be read. If you have a backup file, you can erase the locked cases here. Then restore the backup.',
    erase: 'Erase the locked cases…',
    eraseQuestionName: 'Erase every case?',
    eraseQuestion: 'Erase every case on this device for good? This can’t be undone. If Billpath is open and unlocked in another tab, use that tab instead: save a backup or take the lock off there.',
    eraseEverything: 'Erase everything',
    keep: 'Keep them',
    eraseFailed: 'The cases could not be erased. Reload the page and try again.',
    erased: 'Every case on this device was erased.',
  },
};
