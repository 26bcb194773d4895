/*
 * The workflow as the app uses it: the machine, the amounts and selectors,
 * recommend() (the next step in the chosen language) and the replay of a
 * journal. machines/index.ts adds the contract's English nextAction on top;
 * the app imports this module instead, so English step words stay out of its
 * first download (they load with the first screen: src/i18n/language.ts).
 */
export { billMachine, type BillMachine } from './bill.machine';
export type { BillContext, BillInput } from './context';
export { agreementReached, amountAgreed, amountLeftToPay, amountPaid, currentBalance } from './amounts';
export { claimDecided, findingsOf } from './findings';
export { recommend, type FormId, type Recommendation, type RecommendationId, type RecommendedAction } from './recommend';
export { datedEvent, openingCase, replay, replaySteps, restore, type BillSnapshot } from './replay';
export { isParallel, phaseOf, phases, stepOf, tracksOf, type Phase } from './selectors';
