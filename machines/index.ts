/*
 * The public face of the workflow (CONTRACT.md): the machine, the next
 * recommended action in English (nextAction) and the replay of a case file's
 * journal. Importable from Node. The app imports ./workflow.ts, the same
 * without the English step words.
 */
export * from './workflow';
export { nextAction } from './nextAction';
