import type { Words } from '../words';

export const carc: Words['carc'] = {};
