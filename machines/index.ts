/*
 * The public face of the workflow: the machine, the next recommended action and
 * the replay of a case file's journal (CONTRACT.md). Importable from Node.
 */
export { billMachine, type BillMachine } from './bill.machine';
export type { BillContext, BillInput } from './context';
export { agreementReached, amountAgreed, amountLeftToPay, amountPaid, currentBalance } from './amounts';
export { claimDecided, findingsOf } from './findings';
export { nextAction, recommend, type FormId, type Recommendation, type RecommendationId, type RecommendedAction } from './recommend';
export { datedEvent, openingCase, replay, replaySteps, restore, type BillSnapshot } from './replay';
export { isParallel, phaseOf, phases, stepOf, tracksOf, type Phase } from './selectors';
