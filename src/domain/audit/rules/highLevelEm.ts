/*
 * high-level-em: the top levels of evaluation and management and critical
 * care, where upcoding concentrates (DOMAIN.md "E/M levels"; research/rules.md
 * §10.2). Not proof of an error: the ask is for the documentation.
 */
import type { BillLine } from '../../case';
import { TOP_LEVEL_EM_CODES } from '../tables/serviceCodes';
import { detected, type Detector } from '../finding';

export const highLevelEm: Detector<BillLine> = (bill) =>
  bill.lines.filter((line) => line.charge > 0 && TOP_LEVEL_EM_CODES.has(line.code)).map((line) => detected('high-level-em', [line.id], line.charge, line, line.id));
