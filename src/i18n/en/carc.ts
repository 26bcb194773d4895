export const carc = {};
