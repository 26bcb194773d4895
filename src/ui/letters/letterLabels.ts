/*
 * The letters in the person's words, and which one fits the step they are on.
 */
import type { RecommendationId } from '../../../machines';
import type { LetterKind } from '../../domain/letters';

export const letterLabels: Record<LetterKind, string> = {
  'itemized-bill-request': 'Ask for the itemized bill',
  'hold-request': 'Ask for a hold on the account',
  'billing-dispute': 'Dispute the charges',
  'financial-assistance-request': 'Ask for financial assistance',
  'settlement-offer': 'Offer to settle the account',
  'written-agreement-request': 'Ask for the agreement in writing',
  'internal-appeal': 'Appeal a denied claim',
  'no-surprises-dispute': 'Dispute a surprise bill',
  'debt-validation': 'Ask the collector to prove the debt',
  'pay-for-delete': 'Offer a collector payment for deletion',
  'call-summary': 'Sum up a phone call in writing',
  'zero-balance-request': 'Ask for proof of a zero balance',
};

const letterForStep: Partial<Record<RecommendationId, LetterKind>> = {
  'request-itemized-bill': 'itemized-bill-request',
  'request-hold': 'hold-request',
  'review-findings': 'billing-dispute',
  'dispute-findings': 'billing-dispute',
  'start-provider-dispute': 'no-surprises-dispute',
  'apply-financial-assistance': 'financial-assistance-request',
  'file-appeal': 'internal-appeal',
  'make-offer': 'settlement-offer',
  'respond-to-counteroffer': 'settlement-offer',
  'get-agreement-in-writing': 'written-agreement-request',
  'request-debt-validation': 'debt-validation',
  'negotiate-with-collector': 'pay-for-delete',
  'confirm-zero-balance': 'zero-balance-request',
};

export const suggestedLetter = (step: RecommendationId): LetterKind => letterForStep[step] ?? 'call-summary';
