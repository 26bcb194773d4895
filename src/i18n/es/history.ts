import type { Words } from '../words';

export const history: Words['history'] = {};
