/*
 * The home screen's words, in English: the sample and a new case, the list of
 * cases, and saved records that could not be read (and why: src/storage/ gives
 * the reason). Backups have their own words (backups.ts).
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
  inVisit: (visit: string) => `Part of the visit: ${visit}`,
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
};
