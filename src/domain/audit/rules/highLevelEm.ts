/*
 * high-level-em: the top levels of evaluation and management and critical
 * care, where upcoding concentrates (DOMAIN.md "E/M levels"; research/rules.md
 * §10.2). Not proof of an error: the ask is for the documentation.
 */
import type { BillLine } from '../../case';
import { TOP_LEVEL_EM, type VisitKind } from '../tables/serviceCodes';
import { detected, type Detector } from '../finding';

export type Facts = { line: BillLine; kind: VisitKind };

export const highLevelEm: Detector<Facts> = (bill) =>
  bill.lines.flatMap((line) => {
    const kind = TOP_LEVEL_EM.get(line.code);
    return line.charge > 0 && kind ? [detected('high-level-em', [line.id], line.charge, { line, kind }, line.id)] : [];
  });
