/*
 * The words for financial-assistance-likely (the rule and its source: ../rules/financialAssistanceLikely.ts).
 */
import type { Facts } from '../rules/financialAssistanceLikely';
import type { Wording } from '../finding';

export const financialAssistanceLikelyWords: Wording<Facts> = ({ nonprofitHospital, percent }) => {
  const reasons = [
    ...(nonprofitHospital ? ['Nonprofit hospitals must have a financial assistance policy and accept applications for 240 days after the first bill.'] : []),
    ...(percent !== undefined ? [`Your household income is about ${Math.round(percent!)} % of the federal poverty guideline; many hospitals forgive or cut bills for households under 300–400 %.`] : []),
  ];
  return {
    title: 'You may qualify for financial assistance',
    explanation: `${reasons.join(' ')} Help can lower or erase the bill, even after it was sent.`,
    ask: "I'm evaluating financial assistance options. Please send me your financial assistance policy and application, and hold my account while I apply.",
  };
};
