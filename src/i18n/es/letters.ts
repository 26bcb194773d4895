import type { Words } from '../words';

export const letters: Words['letters'] = {};
