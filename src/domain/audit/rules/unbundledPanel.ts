/*
 * unbundled-panel: a lab panel billed with its own tests beside it (the tests
 * are part of the panel's price), or every test of a panel billed one by one
 * instead of the panel. A test repeated later the same day (modifier 91) is
 * neither. Panel contents: tables/panels.ts. Source: DOMAIN.md "Unbundling";
 * research/rules.md §10.3 (NCCI procedure-to-procedure edits enforce this).
 */
import type { BillLine } from '../../case';
import { PANELS, REPEAT_TEST_MODIFIERS, type Panel } from '../tables/panels';
import { chargesOf, modifiersOf } from '../auditedBill';
import { detected, type Detected, type Detector } from '../finding';

export type Facts = { panel: Panel; panelLine?: BillLine; parts: BillLine[] };

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
