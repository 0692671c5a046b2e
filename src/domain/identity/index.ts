/**
 * Accounts: the administration of users, accounts created by staff, the personal data export, the policy, and
 * better-auth behind a lazy handle. better-auth itself is not loaded from here: `createAuth` lives in `./auth.ts`,
 * the area's second entry, which loads the library and is imported directly only by those who build it eagerly
 * (the CLI's commands, tests); everyone else gets its types here, and `lazyAuth` (see `./lazy-auth.ts`).
 */
export { countAdmins, getUser, listUsers, setUserDisabled, setUserRoles, type UserSummary } from './admin-users.ts';
export type { Auth, AuthDeps } from './auth.ts';
export { CLIENT_IP_HEADER } from './client-ip.ts';
export { createAccount } from './create-account.ts';
export { exportMyData } from './export-my-data.ts';
export { lazyAuth } from './lazy-auth.ts';
export { identityPolicy } from './policy.ts';
export { readOutbox } from './read-outbox.ts';
