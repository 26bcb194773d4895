/*
 * Which letter fits the step the person is on (the letters' names and
 * explanations are in the letters catalog, src/i18n/<language>/letters.ts).
 */
import type { RecommendationId } from '../../../machines/workflow';
import type { LetterKind } from '../../domain/letters';

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
