/*
 * "Your bill" in English: the itemized lines (typed, pasted or copied out as
 * CSV), the Explanation of Benefits (typed or imported from a FHIR file), and
 * what to fix when a paste or a file can't be read. The findings have their
 * own words (./findings.ts), and so do the EOB's adjustment codes (./carc.ts).
 */
import type { LineField } from '../../domain/intake/lineColumns';
import { formatLongDate } from '../../domain/dates';
import { formatCents } from '../../domain/money';

const lines = (count: number) => (count === 1 ? 'line' : 'lines');

/** How a line's column is named in a CSV header (read back by src/domain/intake/lineColumns.ts) and in messages. */
const columns: Record<LineField, string> = {
  date: 'Date', code: 'Code', modifiers: 'Modifiers', revenueCode: 'Revenue code', description: 'Description',
  units: 'Units', charge: 'Charge', diagnoses: 'Diagnoses',
};

/** Reading pasted lines (src/domain/intake/readBillLines.ts). */
const intake = {
  columns,
  notACode: (text: string) => `"${text}" is not a code. Codes look like 99285 or J1100.`,
  notAModifier: (text: string) => `"${text}" is not a modifier. Modifiers have two characters, like 25 or XU.`,
  badRevenueCode: 'Revenue codes are 3 or 4 digits, like 0450.',
  badUnits: 'Units must be a whole number from 0 to 100000, like 1.',
  notADiagnosis: (text: string) => `"${text}" is not an ICD-10 code. They look like R07.9.`,
  needsACode: 'Enter the CPT or HCPCS code (or the revenue code). If the bill shows neither, ask for an itemized bill with codes.',
  nothingPasted: 'Paste the lines of your itemized bill, with their header row.',
  noHeader: 'No header row found. The first row should name the columns, with at least Date, Code and Charge.',
  addColumns: (names: string[]) => `Add a ${names.join(' and ')} column to the header row.`,
  tooMany: (most: number) => `Paste at most ${most} lines at a time.`,
  noLines: 'No lines under the header. Paste the rows of the bill too.',
  /** "Row 4, Charge: Use at most two digits after the decimal point." */
  atRow: (row: number, column: string, message: string) => (column ? `Row ${row}, ${column}: ${message}` : `Row ${row}: ${message}`),
};

/** What the FHIR importer says about a file it can't use (src/domain/fhir/). */
const fhir = {
  kind: {
    nothing: 'nothing',
    null: 'empty (null)',
    list: 'a list',
    text: (text: string) => `text ("${text}")`,
    number: (value: number) => `the number ${value}`,
    word: (value: boolean) => `the word ${value}`,
    object: 'an object',
    other: (type: string) => `a ${type} value`,
  },
  notAResource: (kind: string) => `This file is not a FHIR resource: it holds ${kind} where a JSON object was expected.`,
  resourceTypeNotText: (kind: string) => `This file's "resourceType" should be text but is ${kind}.`,
  noResourceType: 'This is not an EOB file from an insurer: it has no "resourceType".',
  otherResource: (type: string) => `This file is ${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type} resource, not an Explanation of Benefits.`,
  entryNotAList: (kind: string) => `This bundle's list of resources ("entry") should be a list but is ${kind}.`,
  noEobInBundle: (types: string[]) => `This bundle has no Explanation of Benefits in it: it ${types.length === 0 ? 'is empty' : `holds only ${types.join(', ')}`}.`,
  unnamed: 'unnamed',
  /** "The Explanation of Benefits (claim 123)" or "Explanation of Benefits 2 of 5 (claim 123)". */
  label: (index: number, count: number, claim?: string) =>
    `${count === 1 ? 'The Explanation of Benefits' : `Explanation of Benefits ${index + 1} of ${count}`}${claim === undefined ? '' : ` (claim ${claim})`}`,
  cannotKeep: (label: string, detail: string) => `${label} has a value Billpath cannot keep: ${detail}`,
  moreProblems: (count: number) => `… and ${count} more problems.`,
  onLine: (line: number, problem: string) => `line ${line}: ${problem}`,
  notAList: (what: string, key: string, kind: string) => `${what} ("${key}") should be a list but is ${kind}.`,
  entryNotAnObject: (what: string, key: string, entry: number, kind: string) => `${what} ("${key}") entry ${entry} should be an object but is ${kind}.`,
  notMoney: (what: string, kind: string) => `${what} should be an amount of money but is ${kind}.`,
  notDollars: (what: string, kind: string) => `${what} is written as ${kind} instead of a number of dollars.`,
  tooLarge: (what: string, most: number) => `${what} is over ${formatCents(most)}, the most Billpath can hold.`,
  noServiceDate: 'it has no date of care that Billpath can read.',
  services: 'the list of services',
  lineAmounts: 'the list of amounts',
  netAmount: 'the net amount',
  unitPrice: 'the unit price',
  claimTotals: 'the claim totals',
  claimAmounts: 'the claim amounts',
  payment: 'the payment',
  /** An amount in a line's list, the claim's totals or the claim's own list, by its place and code. */
  amount: (place: 'line' | 'claim-total' | 'claim', index: number, code?: string) =>
    `${{ line: 'the', 'claim-total': 'the claim total', claim: 'the claim' }[place]} amount ${index}${code === undefined ? '' : ` ("${code}")`}`,
  claimAmount: (code: string) => `the claim amount "${code}"`,
};

const claimStatus = { processed: 'processed', pending: 'pending', denied: 'denied' };

export const bill = {
  title: 'Your bill',
  intake,
  fhir,
  lines: {
    heading: (count: number, total: number) => `Itemized lines${count ? ` (${count}, ${formatCents(total)})` : ''}`,
    none: 'No lines yet. Enter them from the itemized bill, so Billpath can check each charge.',
    table: 'Table of itemized lines',
    remove: 'Remove',
    removeLine: (code: string, date: string, charge: number) => `Remove ${code} on ${formatLongDate(date)}, ${formatCents(charge)}`,
    revenueCode: (code: string) => `rev ${code}`,
    showingFirst: (shown: number, count: number) => `Showing the first ${shown} of ${count} lines. Download them as a CSV file to see all.`,
    addLine: 'Add a line',
    paste: 'Paste lines from a spreadsheet',
    download: 'Download the lines as a CSV file',
    saidAdded: 'Line added.',
    saidAddedMany: (count: number) => `Added ${count} ${lines(count)}.`,
    saidRemoved: (code: string) => `Removed the line for ${code}.`,
  },
  lineForm: {
    title: 'Add a line from the itemized bill',
    submit: 'Add the line',
    date: 'Date of service',
    code: 'Code (CPT or HCPCS)',
    codeHint: 'Five characters, like 99285 or J1100. Needed unless the line shows only a revenue code.',
    charge: 'Charge',
    chargeHint: 'In dollars, like 125.00. Write a credit as (12.00).',
    units: 'Units',
    unitsHint: 'Leave empty for 1.',
    modifiers: 'Modifiers',
    modifiersHint: 'Like 25 or 59 XU.',
    revenueCode: 'Revenue code',
    revenueCodeHint: 'Four digits on hospital bills, like 0450.',
    description: 'Description',
    diagnoses: 'Diagnosis codes',
    diagnosesHint: 'ICD-10, like R07.9.',
  },
  paste: {
    title: 'Paste lines from a spreadsheet or CSV',
    how: 'Copy the rows with their header row, then paste them here. The header needs Date, Code and Charge. It may also have Units, Modifiers, Revenue code, Description or Diagnosis.',
    check: 'Check the lines',
    cancel: 'Cancel',
    nothingAdded: (count: number) => `Nothing was added. Fix ${count === 1 ? 'this' : `these ${count}`} in the text above, then check again:`,
    moreErrors: (count: number) => `… and ${count} more.`,
    read: (count: number, total: number, skipped: number) =>
      `Read ${count} ${lines(count)}, ${formatCents(total)} in all${skipped ? ` (${skipped} total or blank ${skipped === 1 ? 'row' : 'rows'} left out)` : ''}.`,
    add: (count: number) => `Add ${count} ${lines(count)} to the bill`,
    preview: 'The first lines read',
    moreLines: (count: number) => `and ${count} more`,
  },
  eob: {
    title: 'Explanation of Benefits (EOB)',
    claim: (claimNumber: string) => `Claim ${claimNumber}: `,
    status: { processed: 'processed', denied: 'denied', pending: 'still pending' },
    /** "The EOB says you owe <amount>.": the words before and after the amount. */
    youOwe: ' The EOB says you owe ',
    youOweEnd: '.',
    none: 'No EOB yet. Your insurer sends it after deciding the claim; it says what you really owe.',
    import: 'Import an EOB file',
    enterByHand: 'Enter the EOB by hand',
    correctClaim: 'Correct the claim',
    addLine: 'Add an EOB line',
    saidSaved: 'EOB saved.',
    saidLineAdded: 'EOB line added.',
    saidImported: 'EOB imported.',
    table: 'EOB lines',
    service: 'Service',
    billed: 'Billed',
    allowed: 'Allowed',
    planPaid: 'Plan paid',
    yourShare: 'Your share',
    adjustments: 'Adjustments: what they mean for you',
    noCode: 'No code',
    noAdjustments: 'None',
    showingFirst: (shown: number, count: number) => `Showing the first ${shown} of ${count} EOB lines.`,
  },
  eobForms: {
    claimTitle: 'The claim on your EOB',
    claimSubmit: 'Save the claim',
    status: 'What did the insurer decide?',
    statuses: { processed: 'Processed (paid in part or in full)', pending: 'Still pending', denied: 'Denied' },
    claimNumber: 'Claim number',
    youOwe: 'What the EOB says you owe',
    youOweHint: 'Often called "patient responsibility" or "you may owe". Enter 0 if it says you owe nothing.',
    lineTitle: 'Add a line from the EOB',
    lineSubmit: 'Add the EOB line',
    code: 'Code',
    codeHint: 'The CPT or HCPCS code, like 99285.',
    date: 'Date of service',
    billed: 'Billed',
    billedHint: 'What the provider charged.',
    allowed: 'Allowed',
    allowedHint: 'What your plan allows for it.',
    planPaid: 'Plan paid',
    deductible: 'Deductible',
    coinsurance: 'Coinsurance',
    copay: 'Copay',
    notCovered: 'Not covered',
    group: (n: number) => `Adjustment ${n}: group code`,
    groupHint: 'CO, PR, OA or PI, printed next to the amount.',
    reason: (n: number) => `Adjustment ${n}: reason code`,
    reasonHint: 'The number after the group, like 45 in CO-45.',
    amount: (n: number) => `Adjustment ${n}: amount`,
    needsGroup: 'Choose the group code for this amount.',
    needsAmount: 'Enter the amount of this adjustment.',
  },
  importEob: {
    title: 'Import an EOB file',
    pick: "Pick the EOB file (FHIR JSON) from your insurer's app or from Medicare. It stays on this device.",
    tooLarge: 'This file is larger than 20 MB. Pick the EOB file for this one claim.',
    notJson: (name: string) => `"${name}" isn't a FHIR JSON file. Download the EOB from your insurer's app as JSON (FHIR), then pick it here.`,
    cantUse: "This file can't be used:",
    found: (count: number) => (count === 1 ? 'Found one EOB' : `Found ${count} EOBs: choose the one for this bill`),
    /** One EOB found in the file: "Claim 123, March 5, 2026: processed, 2 lines, you owe $40.00". */
    choice: (claim: string | undefined, index: number, date: string | undefined, status: keyof typeof claimStatus, count: number, owed: number) =>
      `${claim ? `Claim ${claim}` : `EOB ${index + 1}`}${date ? `, ${formatLongDate(date)}` : ''}: ${claimStatus[status]}, ${count} ${lines(count)}, you owe ${formatCents(owed)}`,
    use: 'Use this EOB',
    cancel: 'Cancel',
  },
};
