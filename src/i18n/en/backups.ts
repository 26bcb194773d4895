/*
 * Backups' words, in English: saving every case in one file, restoring one,
 * and the reasons a backup file is refused (`file`: src/domain/backup.ts takes
 * them as a parameter). The format checker's own details stay in English in
 * every language, shown as such. Loaded with the backups section, not the first screen.
 */
export const backups = {
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
  holdsVisits: (count: number) => `It also groups them by visit (${count === 1 ? 'one visit' : `${count} visits`}); the visits come back with them.`,
  alreadyHere: (title: string) => `“${title}” is on this device already.`,
  keepBoth: 'Keep both (the restored one is added as a copy)',
  replace: 'Replace the one on this device',
  restore: (count: number) => `Restore ${count === 1 ? 'this case' : `these ${count} cases`}`,
  cancel: 'Cancel',
  restored: (count: number, file: string) => `Restored ${count === 1 ? 'one case' : `${count} cases`} from ${file}.`,
  /** Why a backup file is refused (src/domain/backup.ts); `where` is the place in the file, like "cases.1.". */
  file: {
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
    sameEpisodeId: (where: string, id: string) => `${where}id: "${id}" is the id of another episode in this file.`,
    episodeCaseMissing: (where: string, id: string) => `${where}caseIds: the file holds no case "${id}".`,
  },
};
