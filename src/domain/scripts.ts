/*
 * What to say on the phone at each step: the words to use, the questions to
 * ask, and what never to say (and why). The words are in the catalogs
 * (src/i18n/<language>/scripts.ts, with the playbook they follow); this module
 * picks a step's script in a language, English unless told otherwise. Steps
 * with no call to make (closing the case, keeping records) have no script.
 */
import type { AdviceFacts } from '../../machines/steps/shared';
import { scripts as english } from '../i18n/en/scripts';
import type { Words } from '../i18n/words';

export type Unsaid = { words: string; because: string };
export type CallScript = { say: string[]; ask: string[]; neverSay: Unsaid[] };
export type ScriptFacts = Pick<AdviceFacts, 'account'>;
/** The part of a language's script words that holds the scripts. */
export type ScriptWords = Pick<Words['scripts'], 'steps'>;

/** What to say, ask and never say at a step; undefined when the step involves no call. */
export function callScript(step: string, facts: ScriptFacts, words: ScriptWords = english): CallScript | undefined {
  const byStep: Partial<Record<string, (facts: ScriptFacts) => CallScript>> = words.steps;
  return byStep[step]?.(facts);
}
