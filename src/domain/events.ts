/*
 * The domain events: every fact a person records about their bill (CONTRACT.md,
 * "Domain events"). Each event may carry `at`, the date it happened.
 * These (valibot) schemas check events read from storage or a backup file; the machine in
 * `machines/` decides what each event means in each phase.
 * Events added beyond the contract: CASE_OPENED (the first journal entry, holding
 * the case as it was created), CASE_DETAILS_UPDATED (bill basics corrected),
 * REVIEW_COMPLETED (the person checked the bill and has nothing more to dispute),
 * PROVIDER_DISPUTE_STARTED (the federal patient-provider dispute was filed) and
 * PAYMENT_PLAN_DECLINED (the person turned down a plan they were offered).
 */
import * as v from 'valibot';
import {
  billLineSchema,
  caseDetailsSchema,
  caseSchema,
  cents,
  claimStatuses,
  eobSchema,
  isoDate,
  someText,
  text,
  wholeNumber,
} from './case';

/** A time of day, 24-hour "HH:MM" (clockTime.ts reads what people type); the message is the format alone, as for dates. */
const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'));

const event = <T extends string, S extends v.ObjectEntries>(type: T, entries: S) =>
  v.object({ type: v.literal(type), at: v.optional(isoDate), ...entries });

export const offerKinds = ['lump-sum', 'prompt-pay', 'self-pay'] as const;
export const letterMethods = ['mail', 'fax', 'portal', 'email', 'in-person'] as const;

const plan = { monthly: cents, months: wholeNumber(1, 600), apr: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))) };

export const billEventSchemas = [
  // the case itself
  event('CASE_OPENED', { case: caseSchema }),
  event('CASE_DETAILS_UPDATED', { details: caseDetailsSchema }),
  // stabilization
  event('ITEMIZED_BILL_REQUESTED', {}),
  event('ITEMIZED_BILL_RECEIVED', { lines: v.array(billLineSchema) }),
  event('EOB_RECEIVED', { eob: eobSchema }),
  event('CLAIM_STATUS_CONFIRMED', { status: v.picklist(claimStatuses) }),
  event('HOLD_REQUESTED', {}),
  event('HOLD_CONFIRMED', { until: isoDate }),
  event('CALL_LOGGED', {
    with: text,
    time: v.optional(clockTime),
    department: v.optional(text),
    reference: v.optional(text),
    notes: v.optional(text),
    promised: v.optional(text),
    followUp: v.optional(isoDate),
  }),
  event('LETTER_SENT', {
    letter: text,
    method: v.optional(v.picklist(letterMethods)),
    followUp: v.optional(isoDate),
  }),
  // validation
  event('FINDING_DISPUTED', { findingId: someText }),
  event('FINDING_RESOLVED', {
    findingId: someText,
    outcome: v.picklist(['corrected', 'upheld']),
    adjustment: v.optional(cents),
  }),
  event('REVIEW_COMPLETED', {}),
  event('CORRECTED_BILL_RECEIVED', { balance: cents }),
  event('APPEAL_FILED', {}),
  event('PROVIDER_DISPUTE_STARTED', {}),
  event('APPEAL_DECIDED', { outcome: v.picklist(['approved', 'denied']) }),
  event('ASSISTANCE_APPLIED', {}),
  event('ASSISTANCE_DECIDED', {
    outcome: v.picklist(['approved', 'partial', 'denied']),
    balance: v.optional(cents),
  }),
  // negotiation
  event('OFFER_MADE', { amount: cents, kind: v.picklist(offerKinds) }),
  event('COUNTEROFFER_RECEIVED', { amount: cents }),
  event('OFFER_ACCEPTED', { amount: cents }),
  event('OFFER_REJECTED', {}),
  event('ESCALATED', { level: v.union([text, wholeNumber(0, 100)]) }),
  event('PAYMENT_PLAN_OFFERED', plan),
  event('PAYMENT_PLAN_ACCEPTED', plan),
  event('PAYMENT_PLAN_DECLINED', {}),
  event('AGREEMENT_RECEIVED_IN_WRITING', {}),
  // collections
  event('SENT_TO_COLLECTIONS', {
    agency: text,
    noticeDate: isoDate,
    amount: v.optional(cents),
    originalCreditor: v.optional(text),
  }),
  event('DEBT_VALIDATION_REQUESTED', {}),
  event('DEBT_VALIDATED', {}),
  event('DEBT_NOT_VALIDATED', {}),
  // closure
  event('PAYMENT_MADE', { amount: cents }),
  event('ZERO_BALANCE_CONFIRMED', {}),
  event('CREDIT_REPORT_CHECKED', {}),
  event('CASE_CLOSED', {}),
  // moving on
  event('PROCEED', {}),
  event('PROCEED_ANYWAY', {}),
] as const;

export const billEventSchema = v.variant('type', [...billEventSchemas]);

export type BillEvent = v.InferOutput<typeof billEventSchema>;
export type BillEventType = BillEvent['type'];
export type EventOf<T extends BillEventType> = Extract<BillEvent, { type: T }>;
export type OfferKind = (typeof offerKinds)[number];

export const billEventTypes: readonly BillEventType[] = billEventSchemas.map(
  (schema) => schema.entries.type.literal,
);
