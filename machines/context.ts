/*
 * What the bill machine remembers: the case itself (bill basics, lines, EOB) and
 * the facts of the workflow (dates, offers, decisions). The phase and step live
 * in the state value, not here; context holds what the steps need to know.
 * Everything is plain JSON so `getPersistedSnapshot()` stores it as it is.
 */
import type { Case } from '../src/domain/case';
import type { OfferKind } from '../src/domain/events';

export type ClaimTrack = { status: 'unknown' | 'pending' | 'processed' | 'denied'; deniedAt?: string };
export type Decision<S extends string> = { status: S; since?: string; decidedAt?: string };
export type PaymentPlan = { monthly: number; months: number; apr?: number; status: 'offered' | 'accepted'; at: string };
export type FindingStatus = { status: 'disputed' | 'corrected' | 'upheld'; adjustment?: number; at: string };
export type Offer = { amount: number; kind: OfferKind | 'counteroffer'; at: string };
/** The collector now holding the debt; `reportCheckedAt` once the person checked their credit reports for it. */
export type Collector = { agency: string; noticeDate: string; amount?: number; originalCreditor?: string; reportCheckedAt?: string };
export type Contact = { kind: 'call' | 'letter'; what: string; at: string; followUp?: string };

export type BillContext = {
  case: Case;
  itemizedRequestedAt?: string;
  itemizedReceivedAt?: string;
  claim: ClaimTrack;
  hold: { status: 'none' | 'requested' | 'confirmed'; requestedAt?: string; until?: string };
  findings: Record<string, FindingStatus>;
  reviewCompletedAt?: string;
  disputeLetterSentAt?: string;
  /** The federal patient-provider dispute was filed (a bill $400 or more above its good faith estimate). */
  providerDisputeStartedAt?: string;
  correctedBalance?: number;
  appeal: Decision<'none' | 'filed' | 'approved' | 'denied'>;
  assistance: Decision<'none' | 'applied' | 'approved' | 'partial' | 'denied'> & { balance?: number };
  escalationLevel: number;
  offers: Offer[];
  refusals: number;
  accepted?: { amount: number; at: string };
  paymentPlan?: PaymentPlan;
  agreementInWritingAt?: string;
  collector?: Collector;
  debtValidationRequestedAt?: string;
  debtValidatedAt?: string;
  closureReason?: 'agreement' | 'zero-balance' | 'not-validated';
  payments: { amount: number; at: string }[];
  zeroBalanceConfirmedAt?: string;
  creditReportCheckedAt?: string;
  closedAt?: string;
  lastContact?: Contact;
};

export type BillInput = { case: Case };

export function initialContext({ case: billCase }: BillInput): BillContext {
  return {
    case: billCase,
    claim: { status: 'unknown' },
    hold: { status: 'none' },
    findings: {},
    appeal: { status: 'none' },
    assistance: { status: 'none' },
    escalationLevel: 0,
    offers: [],
    refusals: 0,
    payments: [],
  };
}
