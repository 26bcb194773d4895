/*
 * Detected findings put into words, in the language of the catalog given
 * (src/i18n/<language>/findings.ts: one function per rule). What a rule's
 * words need beyond its facts is added here: whether today is past the
 * dispute window, and the names of the codes quoted, from the same catalog.
 */
import type { Words } from '../../i18n/words';
import type { AuditedBill } from './auditedBill';
import type { Detected, Finding, FindingRule, FindingText } from './finding';
import type { DuplicateGroup } from './rules/duplicateCharge';
import type { Facts as GfeFacts } from './rules/gfeExceeded';
import type { Facts as PanelFacts } from './rules/unbundledPanel';
import { normalised, type Facts as DiagnosisFacts } from './rules/unspecifiedDiagnosis';

export type FindingsWords = Words['findings'];
type Rules = FindingsWords['rules'];
type FactsOf<Rule extends keyof Rules> = Parameters<Rules[Rule]>[0];
type Wording = (facts: never, words: FindingsWords, today: string) => FindingText;

const byCode = (names: Record<string, string>, code: string) => (Object.hasOwn(names, code) ? names[code]! : code);

const WORDING: Record<FindingRule, Wording> = {
  'billed-before-adjudication': (facts: FactsOf<'billedBeforeAdjudication'>, words) => words.rules.billedBeforeAdjudication(facts),
  'eob-mismatch': (facts: FactsOf<'eobMismatch'>, words) => words.rules.eobMismatch(facts),
  'contractual-adjustment-billed': (facts: FactsOf<'contractualAdjustmentBilled'>, words) => words.rules.contractualAdjustmentBilled(facts),
  'surprise-billing': (facts: FactsOf<'surpriseBilling'>, words) => words.rules.surpriseBilling(facts),
  'gfe-exceeded': (facts: GfeFacts, words, today) =>
    words.rules.gfeExceeded(facts, facts.disputeEnds !== undefined && today > facts.disputeEnds),
  'duplicate-charge': (facts: DuplicateGroup, words) => words.rules.duplicateCharge(facts),
  'excess-units': (facts: FactsOf<'excessUnits'>, words) => words.rules.excessUnits(facts),
  'unbundled-panel': (facts: PanelFacts, words) => words.rules.unbundledPanel(facts, byCode(words.panelNames, facts.panel.code)),
  'high-level-em': (facts: FactsOf<'highLevelEm'>, words) => words.rules.highLevelEm(facts),
  'modifier-review': (facts: FactsOf<'modifierReview'>, words) => words.rules.modifierReview(facts),
  'facility-fee': (facts: FactsOf<'facilityFee'>, words) => words.rules.facilityFee(facts),
  'unspecified-diagnosis': (facts: DiagnosisFacts, words) =>
    words.rules.unspecifiedDiagnosis(facts, facts.diagnoses.map((code) => byCode(words.diagnosisNames, normalised(code)))),
  'financial-assistance-likely': (facts: FactsOf<'financialAssistanceLikely'>, words) => words.rules.financialAssistanceLikely(facts),
};

/** Every detected finding of a bill, in words. */
export function wordFindings(found: readonly Detected[], bill: AuditedBill, words: FindingsWords): Finding[] {
  return found.map(({ facts, ...finding }) => ({ ...finding, ...(WORDING[finding.rule] as (facts: unknown, words: FindingsWords, today: string) => FindingText)(facts, words, bill.today) }));
}
