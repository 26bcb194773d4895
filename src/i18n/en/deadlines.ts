export const deadlines = {};
