export const closure = {};
