import type { Words } from '../words';

export const bill: Words['bill'] = {};
