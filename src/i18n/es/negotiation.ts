import type { Words } from '../words';

export const negotiation: Words['negotiation'] = {};
