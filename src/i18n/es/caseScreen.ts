import type { Words } from '../words';

export const caseScreen: Words['caseScreen'] = {};
