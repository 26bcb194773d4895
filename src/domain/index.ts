/*
 * The public face of the domain (CONTRACT.md): pure TypeScript, importable from
 * Node. Later work adds the audit, the FHIR importer, poverty screening,
 * deadlines and letters here.
 */
export type { BillLine, Case, CaseDetails, ClaimStatus, Eob, EobLine, Household, Provider, ProviderKind } from './case';
export { parseCaseFile, type CaseFile, type JournalEntry, type Parsed } from './caseFile';
export { billEventTypes, type BillEvent, type BillEventType } from './events';
export { addBusinessDays, addCalendarDays, daysBetween, isBusinessDay, isFederalHoliday, isIsoDate } from './dates';
export { formatCents, parseDollars } from './money';
export { sampleCase } from './sampleBill';
