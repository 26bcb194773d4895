/*
 * unbundled-panel: a lab panel billed with its own tests beside it (the tests
 * are part of the panel's price), or every test of a panel billed one by one
 * instead of the panel. A test repeated later the same day (modifier 91) is
 * neither. Panel contents: tables/panels.ts. Source: DOMAIN.md "Unbundling";
 * research/rules.md §10.3 (NCCI procedure-to-procedure edits enforce this).
 */
import type { BillLine } from '../../case';
import { chargesOf, modifiersOf } from '../auditedBill';
import { detected, type Detected, type Detector, type Wording } from '../finding';

type Facts = { panel: Panel; panelLine?: BillLine; parts: BillLine[] };
import { PANELS, REPEAT_TEST_MODIFIERS, type Panel } from '../tables/panels';
import { formatCents } from '../../money';
import { formatLongDate } from '../../dates';

const isRepeat = (line: BillLine) => modifiersOf(line).some((m) => (REPEAT_TEST_MODIFIERS as readonly string[]).includes(m));
const panelByCode = new Map(PANELS.map((panel) => [panel.code, panel]));
/** Largest first, so a whole 80053 is reported once rather than as an 80048 inside it. */
const largestFirst = [...PANELS].sort((a, b) => b.components.length - a.components.length);
const within = (inner: Panel, outer: Panel) => inner !== outer && inner.components.every((code) => outer.components.includes(code));

function panelWithItsTests(panel: Panel, panelLine: BillLine, parts: BillLine[]): Detected<Facts> {
  const lineIds = [panelLine.id, ...parts.map((line) => line.id)];
  return detected('unbundled-panel', lineIds, chargesOf(parts), { panel, panelLine, parts }, lineIds.join('+'));
}

function testsMakingUpAPanel(panel: Panel, parts: BillLine[]): Detected<Facts> {
  const lineIds = parts.map((line) => line.id);
  const largest = Math.max(...parts.map((line) => line.charge));
  return detected('unbundled-panel', lineIds, chargesOf(parts) - largest, { panel, parts }, lineIds.join('+'));
}

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
    explanation: `Panel ${panel.code} (a ${panel.name}) already includes ${codes}. Billing them again on ${formatLongDate(panelLine.date)} charges ${formatCents(chargesOf(parts))} twice for the same tests.`,
    ask: `Code ${panel.code} includes ${codes}. Please remove the separately billed tests, or show me why they were separate services.`,
  };
};

export const unbundledPanel: Detector<Facts> = (bill) => {
  const findings: Detected<Facts>[] = [];
  for (const lines of bill.byDate.values()) {
    const candidates = lines.filter((line) => line.charge > 0 && !isRepeat(line));
    const used = new Set<string>();
    for (const panel of largestFirst) {
      const panelLine = candidates.find((line) => line.code === panel.code && !used.has(line.id));
      if (panelLine) {
        const parts = candidates.filter((line) => line !== panelLine && !used.has(line.id) &&
          (panel.components.includes(line.code) || (panelByCode.has(line.code) && within(panelByCode.get(line.code)!, panel))));
        if (parts.length) findings.push(panelWithItsTests(panel, panelLine, parts));
        for (const line of [panelLine, ...parts]) used.add(line.id);
        continue;
      }
      const parts = panel.components.map((code) => candidates.find((line) => line.code === code && !used.has(line.id)));
      if (parts.every((line): line is BillLine => line !== undefined)) {
        findings.push(testsMakingUpAPanel(panel, parts));
        for (const line of parts) used.add(line.id);
      }
    }
  }
  return findings;
};
