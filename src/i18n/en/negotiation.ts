export const negotiation = {};
