/*
 * Every English area, for the shape of the catalogs (../words.ts) and for the
 * tests that read them all. Screens import their own area's file instead, so
 * each area's words ship with the screen that shows them.
 */
export { common } from './common';
export { steps } from './steps';
export { app } from './app';
export { home } from './home';
export { backups } from './backups';
export { lock } from './lock';
export { caseScreen } from './caseScreen';
export { history } from './history';
export { closure } from './closure';
export { deadlines } from './deadlines';
export { bill } from './bill';
export { findings } from './findings';
export { carc } from './carc';
export { forms } from './forms';
export { letters } from './letters';
export { negotiation } from './negotiation';
export { glossary } from './glossary';
export { scripts } from './scripts';
export { episodes } from './episodes';
