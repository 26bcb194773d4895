/*
 * unbundled-panel: a lab panel billed with its own tests beside it (the tests
 * are part of the panel's price), or every test of a panel billed one by one
 * instead of the panel. A test repeated later the same day (modifier 91) is
 * neither. Panel contents: tables/panels.ts. Source: DOMAIN.md "Unbundling";
 * research/rules.md §10.3 (NCCI procedure-to-procedure edits enforce this).
 */
import type { BillLine } from '../../case';
import { PANELS, type Panel } from '../tables/panels';
import { chargesOf, isRepeat } from '../auditedBill';
import { detected, type Detected, type Detector } from '../finding';

/** The panel, its own line when billed, the tests billed beside or instead of it, and what they charge. */
export type Facts = { panel: Panel; panelLine?: BillLine; parts: BillLine[]; charged: number };

/** Largest first, so a whole 80053 is reported once rather than as an 80048 inside it. */
const largestFirst = [...PANELS].sort((a, b) => b.components.length - a.components.length);
const within = (inner: Panel, outer: Panel) => inner !== outer && inner.components.every((code) => outer.components.includes(code));

function panelWithItsTests(panel: Panel, panelLine: BillLine, parts: BillLine[]): Detected<Facts> {
  const lineIds = [panelLine.id, ...parts.map((line) => line.id)];
  return detected('unbundled-panel', lineIds, chargesOf(parts), { panel, panelLine, parts, charged: chargesOf(parts) }, lineIds.join('+'));
}

function testsMakingUpAPanel(panel: Panel, parts: BillLine[]): Detected<Facts> {
  const lineIds = parts.map((line) => line.id);
  const largest = Math.max(...parts.map((line) => line.charge));
  return detected('unbundled-panel', lineIds, chargesOf(parts) - largest, { panel, parts, charged: chargesOf(parts) }, lineIds.join('+'));
}

/** Every code a panel makes a separate charge of: its tests, and smaller panels inside it. */
const includedCodes = new Map(PANELS.map((panel) => [panel.code, new Set([
  ...panel.components,
  ...PANELS.filter((inner) => within(inner, panel)).map((inner) => inner.code),
])]));
const panelRelated = new Set(PANELS.flatMap((panel) => [panel.code, ...panel.components]));

/** The day's lines a panel rule can involve, by code, in bill order. */
function relatedByCode(lines: BillLine[]): Map<string, BillLine[]> {
  const byCode = new Map<string, BillLine[]>();
  for (const line of lines) {
    if (line.charge <= 0 || !panelRelated.has(line.code) || isRepeat(line)) continue;
    const same = byCode.get(line.code);
    if (same) same.push(line);
    else byCode.set(line.code, [line]);
  }
  return byCode;
}

function unbundledOnOneDay(lines: BillLine[]): Detected<Facts>[] {
  const byCode = relatedByCode(lines);
  if (byCode.size === 0) return [];
  const order = new Map(lines.map((line, index) => [line, index]));
  const used = new Set<BillLine>();
  const firstUnused = (code: string) => byCode.get(code)?.find((line) => !used.has(line));
  const findings: Detected<Facts>[] = [];
  for (const panel of largestFirst) {
    const panelLine = firstUnused(panel.code);
    if (panelLine) {
      used.add(panelLine);
      const parts = [...includedCodes.get(panel.code)!]
        .flatMap((code) => (byCode.get(code) ?? []).filter((line) => !used.has(line)))
        .sort((a, b) => order.get(a)! - order.get(b)!);
      if (parts.length) findings.push(panelWithItsTests(panel, panelLine, parts));
      for (const line of parts) used.add(line);
      continue;
    }
    const parts = panel.components.map(firstUnused);
    if (parts.every((line): line is BillLine => line !== undefined)) {
      findings.push(testsMakingUpAPanel(panel, parts));
      for (const line of parts) used.add(line);
    }
  }
  return findings;
}

export const unbundledPanel: Detector<Facts> = (bill) => [...bill.byDate.values()].flatMap(unbundledOnOneDay);
