/*
 * The public face of the domain (CONTRACT.md): pure TypeScript, importable from
 * Node. The app itself imports the
 * modules directly, so the FHIR importer loads only when a file is picked.
 */
export type { BillLine, Case, CaseDetails, ClaimStatus, Eob, EobLine, Household, Provider, ProviderKind } from './case';
export { parseCaseFile, type CaseFile, type JournalEntry, type Parsed } from './caseFile';
export { billEventTypes, type BillEvent, type BillEventType } from './events';
export { addBusinessDays, addCalendarDays, daysBetween, isBusinessDay, isFederalHoliday, isIsoDate } from './dates';
export { formatCents } from './money';
export { parseDollars } from './typedMoney';
export { sampleCase } from './sampleBill';
export { amountInQuestion, auditCase, findingRules, type Finding, type FindingRule } from './audit';
export { explainAdjustment } from './carc';
export { importFhirEob } from './fhir';
export { povertyGuideline, povertyPercent } from './poverty';
export { describeRowError, readBillLines } from './intake/readBillLines';
export { billLinesToCsv } from './intake/writeBillLines';
export { parseTypedDate } from './typedDates';
export { isLetterKind, letterKinds, renderLetter, type Letter, type LetterKind } from './letters';
export { deadlineKinds, deadlines, urgencyOf, type Deadline, type DeadlineKind, type Urgency } from './deadlines';
