export const caseScreen = {};
