import type { Words } from '../words';

export const deadlines: Words['deadlines'] = {};
