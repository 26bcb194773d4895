/*
 * What the screens call the machine's five phases, in the chosen language (the
 * case list needs only these names; the goals and the other labels load with
 * the journey map). The names are in src/i18n/<language>/caseScreen.ts.
 */
import type { Phase } from '../../machines/workflow';
import { caseScreen } from '../i18n/en/caseScreen';
import { useWords } from '../i18n/language';

export function usePhaseTitles(): Record<Phase, string> {
  return useWords('caseScreen', caseScreen).phases;
}
