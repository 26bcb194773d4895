/*
 * Lab panels and the tests they include. A panel is billed as one code; billing
 * its tests again beside it, or billing all its tests one by one instead of the
 * panel, is unbundling. Component lists: CPT panel definitions as summarised in
 * DOMAIN.md ("Unbundling") and research/rules.md §10.3; 85025 = 85027 (blood
 * count) + 85004 (automated differential), the pair CMS's NCCI edits bundle.
 * Codes only, no CPT descriptor text (AMA licensing); each panel's name in
 * words is in the findings catalogs (src/i18n/<language>/findings.ts,
 * `panelNames`). Checked 2026-11-23.
 */

export type Panel = { code: string; components: readonly string[] };

export const PANELS: readonly Panel[] = [
  {
    code: '80053',
    components: ['82040', '82247', '82310', '82374', '82435', '82565', '82947', '84075', '84132', '84155', '84295', '84450', '84460', '84520'],
  },
  { code: '80048', components: ['82310', '82374', '82435', '82565', '82947', '84132', '84295', '84520'] },
  { code: '80061', components: ['82465', '83718', '84478'] },
  { code: '85025', components: ['85027', '85004'] },
];

/** A repeat of a test later the same day carries modifier 91: not unbundling, not a duplicate. */
export const REPEAT_TEST_MODIFIERS = ['76', '77', '91'] as const;
