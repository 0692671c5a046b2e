/**
 * Header our HTTP layer sets to the client's socket address on every request it hands to better-auth; any copy
 * sent by the client is replaced, so it cannot be forged. Kept apart from auth.ts so that reading it does not
 * load better-auth.
 */
export const CLIENT_IP_HEADER = 'x-accroche-client-ip';
