/*
 * The words for unbundled-panel (the rule and its source: ../rules/unbundledPanel.ts).
 */
import { formatCents } from '../../money';
import { formatLongDate } from '../../dates';
import type { Facts } from '../rules/unbundledPanel';
import type { Wording } from '../finding';
import { chargesOf } from '../auditedBill';

export const unbundledPanelWords: Wording<Facts> = ({ panel, panelLine, parts }) => {
  if (!panelLine) {
    return {
      title: `Tests billed one by one instead of as panel ${panel.code}`,
      explanation: `Together these ${parts.length} tests make up panel ${panel.code} (a ${panel.name}), which is billed as one charge. Billing them one by one costs ${formatCents(chargesOf(parts))}.`,
      ask: `These tests make up panel ${panel.code}. Please rebill them as the panel and lower my bill by the difference.`,
    };
  }
  const codes = [...new Set(parts.map((line) => line.code))].join(', ');
  return {
    title: `Tests billed again beside their panel (${panel.code})`,
    explanation: `Panel ${panel.code} is a set of tests billed as one (a ${panel.name}). It already has ${codes} in it. Billing them again on ${formatLongDate(panelLine.date)} charges ${formatCents(chargesOf(parts))} twice for the same tests.`,
    ask: `Code ${panel.code} includes ${codes}. Please remove the separately billed tests, or show me why they were separate services.`,
  };
};
