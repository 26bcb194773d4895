/*
 * Small hand-made code facts the audit checks against, each with its source.
 * Codes only, never CPT descriptor text (AMA copyright; DOMAIN.md "Licensing").
 * Checked 2026-11-23.
 */

/**
 * The top levels of evaluation and management, where upcoding concentrates:
 * office new 99205 / established 99215, emergency 99285, hospital initial
 * 99223 / subsequent 99233, same-day observation 99236, critical care 99291
 * (+ 99292 add-on). Source: AMA E/M guidelines as summarised in research/rules.md §10.2.
 */
export const TOP_LEVEL_EM_CODES: ReadonlySet<string> = new Set(['99205', '99215', '99285', '99223', '99233', '99236', '99291', '99292']);

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
 * ICD-10-CM diagnosis codes that say "unspecified": weak support for an
 * expensive service (DOMAIN.md "Codes"). ICD-10-CM is a US government work.
 */
export const UNSPECIFIED_DIAGNOSES: ReadonlyMap<string, string> = new Map([
  ['R079', 'chest pain, unspecified'],
  ['R109', 'abdominal pain, unspecified'],
  ['R519', 'headache, unspecified'],
  ['R509', 'fever, unspecified'],
  ['R0600', 'shortness of breath, unspecified'],
  ['R52', 'pain, unspecified'],
  ['R69', 'illness, unspecified'],
  ['M549', 'back pain, unspecified'],
  ['M79609', 'pain in an unspecified limb'],
  ['J189', 'pneumonia, unspecified organism'],
  ['N390', 'urinary tract infection, site not specified'],
  ['R197', 'diarrhea, unspecified'],
  ['R1110', 'vomiting, unspecified'],
  ['K929', 'digestive disease, unspecified'],
  ['T1490', 'injury, unspecified'],
  ['S0990XA', 'head injury, unspecified'],
  ['I999', 'circulatory disorder, unspecified'],
]);

/** A service this expensive needs more than an "unspecified" diagnosis behind it. Our threshold, not a rule. */
export const EXPENSIVE_SERVICE = 50_000;
