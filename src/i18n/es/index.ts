/*
 * Billpath in Spanish: every area in one module, downloaded only when Spanish
 * is chosen (src/i18n/language.ts). Letters to providers stay in English;
 * each shows its Spanish explanation.
 */
import type { Words } from '../words';
import { common } from './common';
import { steps } from './steps';
import { app } from './app';
import { home } from './home';
import { backups } from './backups';
import { lock } from './lock';
import { caseScreen } from './caseScreen';
import { history } from './history';
import { closure } from './closure';
import { deadlines } from './deadlines';
import { bill } from './bill';
import { findings } from './findings';
import { carc } from './carc';
import { forms } from './forms';
import { letters } from './letters';
import { negotiation } from './negotiation';
import { glossary } from './glossary';
import { scripts } from './scripts';
import { episodes } from './episodes';

export const spanish: Words = { common, steps, app, home, backups, lock, caseScreen, history, closure, deadlines, bill, findings, carc, forms, letters, negotiation, glossary, scripts, episodes };
