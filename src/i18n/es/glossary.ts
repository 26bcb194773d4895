import type { Words } from '../words';

export const glossary: Words['glossary'] = {};
