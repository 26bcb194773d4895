/*
 * The shape of the bill machine's context, for checking a snapshot read back
 * from storage. A snapshot can restore as "active" and still carry a context an
 * older version wrote differently; such a snapshot is rebuilt from its journal
 * instead of being trusted. The type check at the bottom keeps this schema and
 * `BillContext` from drifting apart.
 */
import * as v from 'valibot';
import type { BillContext } from '../../machines/workflow';
import { caseSchema, cents, wholeNumber } from '../domain/case';
import { offerKinds } from '../domain/events';

const text = v.string();
const maybe = v.optional(text);
const decision = <S extends string>(statuses: readonly [S, ...S[]]) =>
  ({ status: v.picklist(statuses), since: maybe, decidedAt: maybe }) as const;

export const billContextSchema = v.object({
  case: caseSchema,
  itemizedRequestedAt: maybe,
  itemizedReceivedAt: maybe,
  claim: v.object({ status: v.picklist(['unknown', 'pending', 'processed', 'denied']), deniedAt: maybe }),
  hold: v.object({ status: v.picklist(['none', 'requested', 'confirmed']), requestedAt: maybe, until: maybe }),
  findings: v.record(text, v.object({ status: v.picklist(['disputed', 'corrected', 'upheld']), adjustment: v.optional(cents), at: text })),
  reviewCompletedAt: maybe,
  disputeLetterSentAt: maybe,
  providerDisputeStartedAt: maybe,
  correctedBalance: v.optional(cents),
  appeal: v.object(decision(['none', 'filed', 'approved', 'denied'])),
  assistance: v.object({ ...decision(['none', 'applied', 'approved', 'partial', 'denied']), balance: v.optional(cents) }),
  escalationLevel: wholeNumber(0, 10),
  offers: v.array(v.object({ amount: cents, kind: v.picklist([...offerKinds, 'counteroffer']), at: text })),
  refusals: wholeNumber(0, 1_000_000),
  accepted: v.optional(v.object({ amount: cents, at: text })),
  paymentPlan: v.optional(
    v.object({ monthly: cents, months: wholeNumber(1, 600), apr: v.optional(v.number()), status: v.picklist(['offered', 'accepted']), at: text }),
  ),
  agreementInWritingAt: maybe,
  collector: v.optional(v.object({ agency: text, noticeDate: text, amount: v.optional(cents), originalCreditor: maybe, reportCheckedAt: maybe })),
  debtValidationRequestedAt: maybe,
  debtValidatedAt: maybe,
  closureReason: v.optional(v.picklist(['agreement', 'zero-balance', 'not-validated'])),
  payments: v.array(v.object({ amount: cents, at: text })),
  zeroBalanceConfirmedAt: maybe,
  creditReportCheckedAt: maybe,
  closedAt: maybe,
  lastContact: v.optional(v.object({ kind: v.picklist(['call', 'letter']), what: text, at: text, followUp: maybe })),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Fails to compile when BillContext changes and this schema does not.
export const contextSchemaMatchesTheMachine: Same<v.InferOutput<typeof billContextSchema>, BillContext> = true;
