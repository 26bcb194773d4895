import type { Words } from '../words';

export const closure: Words['closure'] = {};
