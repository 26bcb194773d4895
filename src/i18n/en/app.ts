/*
 * The app shell's words, in English: the header (with the language switch),
 * the footer, the notices (a save that failed, storage, another tab, a new
 * version), a screen that could not be drawn, the demo clock, and what to fix
 * in a typed date or amount (src/domain/typedDates.ts, typedMoney.ts: the
 * forms and the pasted bill lines pass these words in).
 */
const HOW_TO_WRITE_A_DATE = 'Write the date as MM/DD/YYYY, like 03/05/2026.';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const app = {
  skipToContent: 'Skip to content',
  brand: 'Billpath',
  tagline: 'One medical bill, step by step.',
  disclaimer: 'Billpath gives information, not legal advice. Your bills stay on this device; nothing is sent anywhere.',
  language: {
    /** The switch, named in the other language (it carries that language's `lang`). */
    switchTo: 'Español',
    /** Said in the new language once the page has switched to it. */
    switched: 'Billpath is now in English.',
    /** Said in this language when the other one could not be loaded (offline before it was saved). */
    couldNotSwitch: 'Billpath could not switch to Spanish. Check that you are online, then try again.',
  },
  notices: {
    saveFailed: {
      full: 'This device is out of space, so Billpath could not save your last change. Your steps are still here: save a backup now, free some space, then try again. Don’t close or reload the page until it is saved.',
      failed: 'Billpath could not save your last change on this device. Your steps are still here: save a backup now, then try again. Don’t close or reload the page until it is saved.',
    },
    saveBackupNow: 'Save a backup now',
    tryAgain: 'Try again',
    storageUnavailable: 'This browser does not let Billpath save anything (a private window, perhaps). Cases will be lost when you close the page: save a backup of each one before you do.',
    refreshed: 'This case was changed in another tab or window. Billpath now shows the latest.',
    merged: 'This case was also changed in another tab. Billpath added your steps to the latest version; nothing was lost.',
    notFitting: (title: string, lost: number) =>
      `“${title}” was changed in another tab. ${lost === 1 ? 'One step you recorded here no longer fits the latest version and was not added.' : `${lost} steps you recorded here no longer fit the latest version and were not added.`}`,
  },
  update: {
    ready: 'A new version of Billpath is ready. Everything you recorded is saved; finish what you are typing, then',
    reloadNow: 'Reload now',
  },
  screenFailed: {
    title: 'This screen could not be shown',
    body: 'Your saved cases are safe. Go back to the list and try again.',
    back: 'Back to my bills',
  },
  demoClock: {
    name: 'Demo clock:',
    today: (date: string) => `Billpath thinks today is ${date}.`,
    pretend: 'Pretend today is',
    set: 'Set the date',
    realDate: 'Back to the real date',
  },
  typedDate: {
    empty: `Enter a date. ${HOW_TO_WRITE_A_DATE}`,
    notADate: (typed: string) => `"${typed}" is not a date. ${HOW_TO_WRITE_A_DATE}`,
    fourDigitYear: 'Write the year with four digits, like 2026.',
    unlikelyYear: (year: string) => `Check the year: ${year} can't be right.`,
    noSuchMonth: (month: number) => `There is no month ${month}. ${HOW_TO_WRITE_A_DATE}`,
    noSuchDay: (month: number, year: string, day: number) => `${MONTHS[month - 1]} ${year} has no day ${day}.`,
  },
  typedAmount: {
    tooLarge: 'That is more than $10,000,000. Check the amount.',
    commas: 'Check the commas: write 1,234.56 or 1234.56.',
    empty: 'Enter an amount, like 1250.00.',
    decimals: 'Use at most two digits after the decimal point.',
    signed: 'Enter the amount without a minus sign or brackets, like 1250.00.',
    notAnAmount: (typed: string) => `"${typed}" is not an amount. Use digits, like 1250.00.`,
  },
};
