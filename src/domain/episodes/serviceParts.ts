/*
 * Which services one visit can bill twice across its bills, and how to tell
 * the parts apart. Codes only, never CPT descriptor text (DOMAIN.md "Licensing").
 * Source: research/rules.md §10.3 ("Professional vs technical component",
 * "Venipuncture"); the code ranges follow the PC/TC split of the Medicare
 * physician fee schedule's RVU file as a guide, not the file itself. Checked 2026-12-07.
 */
import type { BillLine, Case } from '../case';
import { modifiersOf } from '../audit/auditedBill';

/**
 * The part of a study a line bills: the whole of it ('global': the equipment and the reading),
 * the technical part (equipment, staff), or the professional part (the doctor's reading).
 */
export type ServicePart = 'global' | 'technical' | 'professional';

/** Studies split into a technical and a professional part: imaging, pathology, and heart and vessel tests. */
const splitRanges: [number, number][] = [[70010, 79999], [88104, 88399], [93303, 93355], [93880, 93998]];

/**
 * Heart tracings billed as three codes instead of modifiers: the whole, the tracing alone, the
 * reading alone (so the part to bill is another code, not a modifier).
 */
export const partCodes: ReadonlyMap<string, Record<'technical' | 'professional', string>> = new Map([
  ['93000', { technical: '93005', professional: '93010' }],
  ['93040', { technical: '93041', professional: '93042' }],
]);
const splitCodes = new Map<string, { family: string; part: ServicePart }>([
  ['93000', { family: '93000', part: 'global' }], ['93005', { family: '93000', part: 'technical' }], ['93010', { family: '93000', part: 'professional' }],
  ['93040', { family: '93040', part: 'global' }], ['93041', { family: '93040', part: 'technical' }], ['93042', { family: '93040', part: 'professional' }],
]);

/**
 * Lab tests and the blood draw: done once, billed once, whoever bills them (not pathology, which
 * splits). A lab code with modifier 26 is a doctor's reading of the test, its professional part.
 */
const isLabTest = (code: string): boolean => {
  if (code === '36415' || code === '36416') return true;
  const number = /^\d{5}$/.test(code) ? Number(code) : NaN;
  return number >= 80047 && number <= 89398 && !(number >= 88104 && number <= 88399);
};

const inRanges = (code: string): boolean => /^\d{5}$/.test(code) && splitRanges.some(([low, high]) => Number(code) >= low && Number(code) <= high);

/** What a line bills, as one visit's bills are compared: a study's part, or a test done once. */
export type ServiceOf = { family: string; kind: 'split'; part: ServicePart } | { family: string; kind: 'test' };

/**
 * A hospital's own line for a study is its technical part (its machine, its staff) even with no
 * modifier: the reading is the radiologist's or pathologist's to bill (research/rules.md §10.3).
 */
export function serviceOf(line: BillLine, billCase: Case): ServiceOf | undefined {
  const code = line.code.trim().toUpperCase();
  const byCode = splitCodes.get(code);
  if (byCode) return { family: byCode.family, kind: 'split', part: byCode.part };
  if (inRanges(code)) {
    const modifiers = modifiersOf(line);
    const part: ServicePart = modifiers.includes('26') ? 'professional' : modifiers.includes('TC') ? 'technical' : billCase.provider?.kind === 'hospital' ? 'technical' : 'global';
    return { family: code, kind: 'split', part };
  }
  if (!isLabTest(code)) return undefined;
  return modifiersOf(line).includes('26') ? { family: code, kind: 'split', part: 'professional' } : { family: code, kind: 'test' };
}

/** Two parts that overlap: the whole holds both parts, and the same part twice is one too many. */
export const partsOverlap = (a: ServicePart, b: ServicePart): boolean => a === 'global' || b === 'global' || a === b;
