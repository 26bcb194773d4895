export const bill = {};
