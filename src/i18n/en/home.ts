/*
 * The home screen's words, in English: the sample and a new case, the list of
 * cases, saved records that could not be read (and why: src/storage/ gives the
 * reason), backups, and the reasons a backup file is refused
 * (src/domain/backup.ts takes them as a parameter). The format checker's own
 * details stay in English in every language, shown as such.
 */
export const home = {
  title: 'Your medical bills',
  lead: 'Billpath walks you through one bill at a time, the way a billing advocate would. Get the papers, check the bill, negotiate, and close it with everything in writing. Everything stays on this device.',
  sample: {
    title: 'New here?',
    body: 'Walk through a made-up emergency-room bill to see how it works.',
    start: 'Try the sample bill',
    /** The sample case's name (its bill stays in English, as a US hospital prints it). */
    caseTitle: 'Sample: ER visit at Riverside General',
  },
  newCase: {
    title: 'Have a bill?',
    body: 'Start a case with the amount and who sent the bill.',
    start: 'Start a new case',
  },
  casesTitle: 'Your cases',
  untitled: 'Untitled bill',
  phaseAndNext: (phase: string, next: string) => `${phase} · Next: ${next}`,
  lastChange: (date: string) => `Last change ${date}`,
  damaged: {
    title: 'Cases that could not be opened',
    intro: "Billpath found saved data it can't read. It has not deleted anything. Save a copy as a file before you remove it.",
    savedCase: (key: string) => `Saved case ${key}`,
    saveCopy: 'Save a copy as a file',
    remove: 'Remove it',
    confirmRemove: 'Remove this damaged case from this device? Save a copy first if you may need it.',
    /** Why a record was set aside (src/storage/caseRecord.ts, DamageCause). */
    cause: {
      'newer-version': 'This case was saved by a newer version of Billpath. Reload the page to get it, then open the case again.',
      'no-starting-point': 'The saved step no longer fits this version of Billpath. Its history has no starting point to rebuild it from.',
      'wrong-shape': 'Its saved data is not in the shape this version of Billpath reads.',
      unreadable: 'Billpath could not read it.',
    },
    details: 'Details:',
  },
  backups: {
    title: 'Backups',
    intro: 'Save all your cases in one file, to keep or to move to another device. Nothing is sent anywhere.',
    mayBeCleared: 'This browser may clear saved data when space runs low. Save a backup from time to time.',
    saveAll: (count: number) => `Save a backup of all ${count === 1 ? 'one case' : `${count} cases`}`,
    restoreFrom: 'Restore cases from a backup file',
    unreadableFile: 'The file could not be read. Try saving it again, then pick it here.',
    couldNotStore: 'This device could not store the cases (it may be out of space). Nothing was changed.',
    refused: (file: string) => `${file} can’t be restored. Nothing was changed.`,
    wrongShape: 'It does not hold what a Billpath backup holds.',
    details: 'Details:',
    moreProblems: (count: number) => (count === 1 ? 'And 1 more problem.' : `And ${count} more problems.`),
    holds: (file: string, count: number) => `${file} holds ${count === 1 ? 'one case' : `${count} cases`}:`,
    alreadyHere: (title: string) => `“${title}” is on this device already.`,
    keepBoth: 'Keep both (the restored one is added as a copy)',
    replace: 'Replace the one on this device',
    restore: (count: number) => `Restore ${count === 1 ? 'this case' : `these ${count} cases`}`,
    cancel: 'Cancel',
    restored: (count: number, file: string) => `Restored ${count === 1 ? 'one case' : `${count} cases`} from ${file}.`,
  },
  /** Why a backup file is refused (src/domain/backup.ts); `where` is the place in the file, like "cases.1.". */
  backupFile: {
    tooBig: 'This file is far too big to be a Billpath backup.',
    notJson: 'This is not a Billpath backup: it is not a JSON file (or it was cut short).',
    noFormat: 'This is not a Billpath backup: it has no "format".',
    otherFormat: (format: string) => `This is not a Billpath backup: its format is "${format}".`,
    newerVersion: (version: number) => `This backup was made by a newer version of Billpath (version ${version}). Update Billpath, then restore it.`,
    noCases: 'The backup holds no cases.',
    sameId: (where: string, id: string, earlier: number) => `${where}case.id: "${id}" is also the id of cases.${earlier}.`,
    reservedId: (where: string, id: string) => `${where}case.id: "${id}" is not a case id Billpath can use.`,
    openedAgain: (where: string, index: number) => `${where}journal.${index}: the case is opened again in the middle of its history.`,
    opensOtherCase: (where: string, opened: string, id: string) => `${where}journal.0: the history opens case "${opened}", not "${id}".`,
    restoredCopy: (title: string) => `${title} (restored copy)`,
  },
};
