import type { Words } from '../words';

export const findings: Words['findings'] = {};
