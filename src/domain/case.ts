/*
 * The bill itself: who sent it, what it says is owed, its itemized lines and the
 * insurer's Explanation of Benefits. Shapes follow CONTRACT.md ("Case file").
 * The valibot schemas are the single source of both the TypeScript types and
 * the checks run on anything read back from storage or a file.
 * Money is integer cents; dates are ISO `YYYY-MM-DD` strings.
 */
import * as v from 'valibot';
import { isIsoDate } from './dates';
import { MAX_CENTS } from './money';

/**
 * A calendar date as `YYYY-MM-DD` that exists (no 2025-02-30). The message is
 * the format alone: it reads the same in every language, after the field's path.
 */
export const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'YYYY-MM-DD'));

/** An ISO date, or a full ISO date-time (journal entries record the moment). */
export const isoDateOrDateTime = v.union([isoDate, v.pipe(v.string(), v.isoTimestamp())]);

export { MAX_CENTS };
const wholeNumber = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** Integer cents, never negative, at most MAX_CENTS. */
export const cents = wholeNumber(0, MAX_CENTS);
const text = v.string();
const someText = v.pipe(v.string(), v.minLength(1));

export const providerKinds = ['hospital', 'physician', 'lab', 'imaging', 'ambulance', 'other'] as const;

export const providerSchema = v.object({
  name: text,
  kind: v.picklist(providerKinds),
  nonprofit: v.optional(v.boolean()),
  inNetwork: v.optional(v.boolean()),
});

export const billLineSchema = v.object({
  id: someText,
  date: isoDate,
  code: text,
  modifiers: v.optional(v.array(text)),
  revenueCode: v.optional(text),
  description: v.optional(text),
  units: wholeNumber(0, 100_000),
  charge: wholeNumber(-MAX_CENTS, MAX_CENTS), // credits are negative lines
  diagnoses: v.optional(v.array(text)),
});

export const adjustmentGroups = ['CO', 'PR', 'OA', 'PI'] as const;

export const eobLineSchema = v.object({
  code: text,
  date: isoDate,
  billed: cents,
  allowed: cents,
  planPaid: cents,
  deductible: cents,
  coinsurance: cents,
  copay: cents,
  notCovered: cents,
  adjustments: v.array(v.object({ group: v.picklist(adjustmentGroups), reason: text, amount: cents })),
});

export const claimStatuses = ['processed', 'pending', 'denied'] as const;

export const eobSchema = v.object({
  claimNumber: v.optional(text),
  status: v.picklist(claimStatuses),
  lines: v.array(eobLineSchema),
  patientResponsibility: cents,
  billed: v.optional(cents),
  planPaid: v.optional(cents),
});

export const householdSchema = v.object({
  size: wholeNumber(1, 50),
  annualIncome: cents,
  state: v.pipe(v.string(), v.length(2)),
});

export const caseSchema = v.object({
  id: someText,
  title: text,
  provider: providerSchema,
  facilityInNetwork: v.optional(v.boolean()),
  emergency: v.optional(v.boolean()),
  coverage: v.picklist(['insured', 'uninsured']),
  accountNumber: v.optional(text),
  firstStatementDate: v.optional(isoDate),
  statementBalance: cents,
  goodFaithEstimate: v.optional(cents),
  lines: v.array(billLineSchema),
  eob: v.optional(eobSchema),
  household: v.optional(householdSchema),
});

/** The bill basics a person can correct at any time (everything but lines and EOB). */
export const caseDetailsSchema = v.partial(v.omit(caseSchema, ['id', 'lines', 'eob']));

export { someText, text, wholeNumber };

export type Provider = v.InferOutput<typeof providerSchema>;

/** IRS §501(r) binds nonprofit hospital facilities only (26 CFR 1.501(r)-1), not every nonprofit provider. */
export { isNonprofitHospital } from './provider';
export type ProviderKind = (typeof providerKinds)[number];
export type BillLine = v.InferOutput<typeof billLineSchema>;
export type EobLine = v.InferOutput<typeof eobLineSchema>;
export type Eob = v.InferOutput<typeof eobSchema>;
export type ClaimStatus = (typeof claimStatuses)[number];
export type Household = v.InferOutput<typeof householdSchema>;
export type Case = v.InferOutput<typeof caseSchema>;
export type CaseDetails = v.InferOutput<typeof caseDetailsSchema>;

/** The patient's share of one EOB line: deductible, coinsurance, copay and what the plan doesn't cover. */
export const patientShareOf = (line: EobLine): number => line.deductible + line.coinsurance + line.copay + line.notCovered;
