/*
 * The words for financial-assistance-likely (the rule and its source: ../rules/financialAssistanceLikely.ts).
 */
import type { Facts } from '../rules/financialAssistanceLikely';
import type { Wording } from '../finding';

export const financialAssistanceLikelyWords: Wording<Facts> = ({ nonprofitHospital, percent }) => {
  const reasons = [
    ...(nonprofitHospital ? ['Nonprofit hospitals must have a plan to help people pay, and take requests for 240 days after the first bill.'] : []),
    ...(percent !== undefined ? [`Your household income is about ${Math.round(percent!)} % of the federal poverty line. Many hospitals forgive or cut bills for homes under 300–400 % of it.`] : []),
  ];
  return {
    title: 'You may qualify for financial assistance',
    explanation: `${reasons.join(' ')} Help can lower or erase the bill, even after it was sent.`,
    ask: "I'd like to ask for financial help. Please send me your financial assistance policy and the form to apply, and hold my account while I apply.",
  };
};
