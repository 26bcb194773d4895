import type { Words } from '../words';

export const lock: Words['lock'] = {};
