/*
 * The letters (CONTRACT.md): `letterKinds` and `renderLetter(kind, caseFile,
 * today)`, plain text with the case's names, account number and amounts. One
 * template per file; the shared frame is frame.ts, the case's facts facts.ts.
 */
import type { BillContext } from '../../../machines/context';
import type { CaseFile } from '../caseFile';
import { billingDispute } from './billingDispute';
import { callSummary } from './callSummary';
import { debtValidation } from './debtValidation';
import { letterFacts, letterFactsOf, type LetterFacts } from './facts';
import { financialAssistanceRequest } from './financialAssistanceRequest';
import type { Letter } from './frame';
import { holdRequest } from './holdRequest';
import { internalAppeal } from './internalAppeal';
import { itemizedBillRequest } from './itemizedBillRequest';
import { noSurprisesDispute } from './noSurprisesDispute';
import { payForDelete } from './payForDelete';
import { settlementOffer } from './settlementOffer';
import { writtenAgreementRequest } from './writtenAgreementRequest';
import { zeroBalanceRequest } from './zeroBalanceRequest';

const templates = {
  'itemized-bill-request': itemizedBillRequest,
  'hold-request': holdRequest,
  'billing-dispute': billingDispute,
  'financial-assistance-request': financialAssistanceRequest,
  'settlement-offer': settlementOffer,
  'written-agreement-request': writtenAgreementRequest,
  'internal-appeal': internalAppeal,
  'no-surprises-dispute': noSurprisesDispute,
  'debt-validation': debtValidation,
  'pay-for-delete': payForDelete,
  'call-summary': callSummary,
  'zero-balance-request': zeroBalanceRequest,
} satisfies Record<string, (facts: LetterFacts) => Letter>;

export type LetterKind = keyof typeof templates;
export const letterKinds = Object.keys(templates) as LetterKind[];
export type { Letter };

export const isLetterKind = (kind: string): kind is LetterKind => Object.hasOwn(templates, kind);

/** The letter of `kind` for the case, as plain text; an unknown kind is an error the caller made. */
export function renderLetter(kind: string, caseFile: CaseFile, today: string): Letter {
  if (!isLetterKind(kind)) throw new Error(`No letter of kind "${kind}". Known kinds: ${letterKinds.join(', ')}.`);
  return templates[kind](letterFacts(caseFile, today));
}

/** The same letter for the open case, from its live context (the screen needs no replay on every step). */
export function renderLetterFor(kind: LetterKind, context: BillContext, journal: CaseFile['journal'], today: string): Letter {
  return templates[kind](letterFactsOf(context, journal, today));
}
