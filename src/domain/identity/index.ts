/**
 * Accounts and their administration. better-auth itself (`./auth.ts`, which loads it) is imported on its own by
 * the CLI that builds it; only its type goes through here, so importing the area never loads better-auth.
 */
export { countAdmins, getUser, listUsers, setUserDisabled, setUserRoles, type UserSummary } from './admin-users.ts';
export type { Auth, AuthDeps } from './auth.ts';
export { CLIENT_IP_HEADER } from './client-ip.ts';
export { createAccount } from './create-account.ts';
export { exportMyData } from './export-my-data.ts';
export { identityPolicy } from './policy.ts';
export { readOutbox } from './read-outbox.ts';
