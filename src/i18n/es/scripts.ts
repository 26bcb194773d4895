import type { Words } from '../words';

export const scripts: Words['scripts'] = {};
