import type { Words } from '../words';

export const app: Words['app'] = {};
