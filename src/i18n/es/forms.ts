import type { Words } from '../words';

export const forms: Words['forms'] = {};
