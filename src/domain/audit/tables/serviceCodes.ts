/*
 * Small hand-made code facts the audit checks against, each with its source.
 * Codes only, never CPT descriptor text (AMA copyright; DOMAIN.md "Licensing").
 * Checked 2026-11-23.
 */

/** What kind of visit a top-level code bills, for the finding's words. */
export type VisitKind = 'office' | 'emergency' | 'hospital' | 'critical-care';

/**
 * The top levels of evaluation and management, where upcoding concentrates:
 * office new 99205 / established 99215, emergency 99285, hospital initial
 * 99223 / subsequent 99233, same-day observation 99236, critical care 99291
 * (+ 99292 add-on). Source: AMA E/M guidelines as summarised in research/rules.md §10.2.
 */
export const TOP_LEVEL_EM: ReadonlyMap<string, VisitKind> = new Map([
  ['99205', 'office'], ['99215', 'office'], ['99285', 'emergency'], ['99223', 'hospital'], ['99233', 'hospital'],
  ['99236', 'hospital'], ['99291', 'critical-care'], ['99292', 'critical-care'],
]);

/**
 * Modifiers that let a service through bundling edits, so a billing office must
 * be able to say what made it separate: -25 (separate E/M on a procedure day),
 * -59 and its subsets XE, XS, XP, XU (distinct service). Source: CMS NCCI Policy
 * Manual ch. I; DOMAIN.md "Modifiers".
 */
export const SEPARATE_SERVICE_MODIFIERS: ReadonlySet<string> = new Set(['25', '59', 'XE', 'XS', 'XP', 'XU']);

/**
 * Revenue codes for facility fees: 045x emergency room, 051x clinic, 052x
 * free-standing clinic — plus the HCPCS codes hospitals use for them (G0463
 * outpatient clinic visit, G0380–G0384 type B emergency department). Source:
 * NUBC revenue code categories as listed in DOMAIN.md; CMS OPPS.
 */
export const FACILITY_FEE_REVENUE_PREFIXES = ['045', '051', '052'] as const;
export const FACILITY_FEE_CODES: ReadonlySet<string> = new Set(['G0463', 'G0380', 'G0381', 'G0382', 'G0383', 'G0384']);

/**
 * Most units one provider can plausibly bill for a code on one day — guidance
 * modelled on CMS's medically unlikely edits (MUEs), not the MUE table itself,
 * which is licensed data: one visit at each E/M level, one blood draw, one of
 * each panel. **Verify** against the current MUE release before treating as law.
 * Source: research/rules.md §8 and §10.3 (36415 "once per patient per date").
 */
export const UNITS_PER_DAY: ReadonlyMap<string, number> = new Map([
  ...['99202', '99203', '99204', '99205', '99211', '99212', '99213', '99214', '99215'].map((code) => [code, 1] as const),
  ...['99221', '99222', '99223', '99231', '99232', '99233', '99238', '99239'].map((code) => [code, 1] as const),
  ...['99281', '99282', '99283', '99284', '99285', '99291'].map((code) => [code, 1] as const),
  ...['36415', '80048', '80053', '80061', '85025', '85027', '93005', '93010'].map((code) => [code, 1] as const),
]);

/**
 * ICD-10-CM diagnosis codes that say "unspecified" (written without the dot):
 * weak support for an expensive service (DOMAIN.md "Codes"). ICD-10-CM is a US
 * government work. What each means, in words, is in the findings catalogs
 * (src/i18n/<language>/findings.ts, `diagnosisNames`).
 */
export const UNSPECIFIED_DIAGNOSES: ReadonlySet<string> = new Set([
  'R079', 'R109', 'R519', 'R509', 'R0600', 'R52', 'R69', 'M549', 'M79609', 'J189', 'N390', 'R197', 'R1110', 'K929', 'T1490',
  'S0990XA', 'I999',
]);

/** A service this expensive needs more than an "unspecified" diagnosis behind it. Our threshold, not a rule. */
export const EXPENSIVE_SERVICE = 50_000;
