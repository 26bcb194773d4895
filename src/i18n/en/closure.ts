/*
 * The end of the road, in English: what the work on the bill was worth (the
 * outcome and its figures), "Keep a copy", and the printed case file. The
 * letters in the printed file stay as they were sent, in English.
 */
import type { Outcome } from '../../domain/outcome';

export const closure = {
  outcome: {
    title: 'The outcome',
    broughtDown: (original: string, owed: string) => `You brought a bill of ${original} down to ${owed}: `,
    saved: (amount: string) => `${amount} saved`,
    standsAt: (owed: string) => `The bill stands at ${owed}. Keep the file: it shows you checked every charge.`,
    caption: 'The outcome in figures',
    rows: {
      original: 'The bill',
      corrections: 'Taken off by corrections',
      assistance: 'Taken off by financial assistance',
      settlement: 'Taken off by the settlement',
      owed: 'What you owe in the end',
      paid: 'Paid so far',
      saved: 'Saved',
    } satisfies Record<keyof Outcome, string>,
  },
  keepACopy: {
    title: 'Keep a copy',
    intro: 'Save this case and its whole history as a file on your device, or print it with every letter and call. Nothing is sent anywhere.',
    saveBackup: 'Save a backup of this case',
  },
  print: {
    button: 'Print the case file',
    heading: (title: string) => `Case file: ${title}`,
    untitled: 'Untitled bill',
    providerNotNamed: 'Provider not named',
    /** "Riverside General, account 123. Printed March 2, 2026 from Billpath." */
    printed: (provider: string, account: string | undefined, date: string) =>
      `${provider}${account ? `, account ${account}` : ''}. Printed ${date} from Billpath.`,
    paperTrail: 'Paper trail',
    call: {
      time: 'Time',
      with: 'Spoke to',
      department: 'Department',
      reference: 'Reference',
      promised: 'They promised',
      notes: 'Notes',
      followUp: 'Follow up by',
    },
  },
};
