import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { eq } from 'drizzle-orm';
import type { AuditAction } from '../../core/audit.ts';
import type { Config } from '../../core/config.ts';
import type { Db } from '../../core/context.ts';
import { isLang, type Lang } from '../../core/i18n/index.ts';
import { accounts, rateLimits, sessions, twoFactors, users, verifications } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { CLIENT_IP_HEADER } from './client-ip.ts';
import { authSecret } from './secret.ts';
import { clearFailures, recordFailure, retryAfter } from './throttle.ts';

/** better-auth endpoints by which people change their own account, with the audit action each writes. */
const ownChanges: Record<string, AuditAction> = {
  '/update-user': 'user.update_profile',
  '/change-password': 'user.change_password',
  '/revoke-session': 'user.revoke_session',
  '/revoke-other-sessions': 'user.revoke_session',
  // The set-up begins here; two-step verification is on only once its first code is confirmed (below).
  '/two-factor/enable': 'user.start_two_factor',
  '/two-factor/disable': 'user.disable_two_factor',
};

const MIN_PASSWORD = 12;
const VERIFY_SECONDS = 24 * 3600;
const RESET_SECONDS = 3600;

export interface AuthDeps {
  db: Db;
  config: Config;
  /** Called after a message was put in the outbox, so the worker sends it without waiting. */
  mailQueued?: () => void;
}

const requestIdOf = (request?: Request | Headers | null) =>
  (request instanceof Headers ? request : request?.headers)?.get('x-request-id') ?? 'auth';
const ipOf = (request?: Request | Headers | null) =>
  (request instanceof Headers ? request : request?.headers)?.get(CLIENT_IP_HEADER) ?? null;
const langOf = (user: object): Lang => {
  const lang = (user as { lang?: unknown }).lang;
  return isLang(lang) ? lang : 'fr';
};

/**
 * better-auth, set up for Accroche: e-mail and password with verification, reset by e-mail through the outbox,
 * sessions in the database, TOTP two-factor, per-IP rate limits in the database, a growing delay per account,
 * and an audit row for each sign-up, sign-in (and failure), verification and reset.
 */
export function createAuth(deps: AuthDeps) {
  const { db, config } = deps;
  const audit = (
    actor: string | null,
    action: AuditAction,
    request?: Request | Headers | null,
    entityId?: string | null,
    changes?: Record<string, unknown> | null,
  ) =>
    recordAudit(
      db,
      {
        actor: actor ? { kind: 'user', id: actor, roles: [], municipality: null } : { kind: 'visitor' },
        db,
        requestId: requestIdOf(request),
        now: new Date(),
        ip: ipOf(request),
      },
      { action, entityType: 'user', entityId: entityId ?? actor, changes: changes ?? null },
    );

  // Someone signed up with an address that has an account: its owner hears of it by mail, the visitor does not.
  const warnOwner = async (owner: { email: string; name: string }, request?: Request | Headers | null) => {
    const lang = langOf(owner);
    await enqueueMail(
      db,
      {
        to: owner.email,
        toName: owner.name,
        lang,
        template: 'account-exists',
        params: { name: owner.name, resetUrl: `${config.baseUrl}/${lang}/forgot-password` },
        requestId: requestIdOf(request),
      },
      new Date(),
    );
    deps.mailQueued?.();
  };

  return betterAuth({
    appName: 'Accroche',
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret: authSecret(config),
    trustedOrigins: [config.baseUrl],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        twoFactor: twoFactors,
        rateLimit: rateLimits,
      },
    }),
    user: {
      // Deleting one's account (with the password) erases the person; audit rows keep only the opaque id.
      deleteUser: {
        enabled: true,
        beforeDelete: async (user, request) => {
          await audit(user.id, 'user.delete', request);
          await enqueueMail(
            db,
            {
              to: user.email,
              toName: user.name,
              lang: langOf(user),
              template: 'account-deleted',
              params: { name: user.name, deletedAt: new Date() },
              requestId: requestIdOf(request),
            },
            new Date(),
          );
          deps.mailQueued?.();
        },
      },
      additionalFields: {
        lang: { type: 'string', required: false, defaultValue: 'fr', input: true },
        role: { type: 'string', required: false, input: false },
        municipality: { type: 'string', required: false, input: false },
        banned: { type: 'boolean', required: false, defaultValue: false, input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: MIN_PASSWORD,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: RESET_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }, request) => {
        await enqueueMail(
          db,
          {
            to: user.email,
            toName: user.name,
            lang: langOf(user),
            template: 'reset-password',
            params: { name: user.name, url, expiresAt: new Date(Date.now() + RESET_SECONDS * 1000) },
            requestId: requestIdOf(request),
          },
          new Date(),
        );
        await audit(user.id, 'user.request_password_reset', request);
        deps.mailQueued?.();
      },
      onExistingUserSignUp: async ({ user }, request) => warnOwner(user, request),
      onPasswordReset: async ({ user }, request) => {
        await clearFailures(db, user.email);
        await audit(user.id, 'user.reset_password', request);
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: VERIFY_SECONDS,
      sendVerificationEmail: async ({ user, url }, request) => {
        // Accounts the system creates (create-admin, demo accounts) arrive verified: no request, no mail.
        if (!request) return;
        await enqueueMail(
          db,
          {
            to: user.email,
            toName: user.name,
            lang: langOf(user),
            template: 'verify-email',
            params: { name: user.name, url, expiresAt: new Date(Date.now() + VERIFY_SECONDS * 1000) },
            requestId: requestIdOf(request),
          },
          new Date(),
        );
        deps.mailQueued?.();
      },
      afterEmailVerification: async (user, request) => {
        await audit(user.id, 'user.verify_email', request);
      },
    },
    session: { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 120,
      customRules: {
        '/sign-in/email': { window: 60, max: 10 },
        '/sign-up/email': { window: 60, max: 5 },
        '/request-password-reset': { window: 60, max: 5 },
        '/two-factor/*': { window: 60, max: 10 },
      },
    },
    advanced: {
      cookiePrefix: 'accroche',
      useSecureCookies: config.secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: config.secure },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // Explicit: better-auth turns the origin check off under NODE_ENV=test, and the tests must see it on.
      disableOriginCheck: false,
    },
    databaseHooks: {
      user: { create: { after: async (user, ctx) => audit(user.id, 'user.sign_up', ctx?.request ?? ctx?.headers) } },
      session: {
        create: { after: async (session, ctx) => audit(session.userId, 'user.sign_in', ctx?.request ?? ctx?.headers) },
      },
    },
    hooks: {
      // A growing delay per account, whatever the address the attempts come from.
      before: createAuthMiddleware(async (ctx) => {
        // Deleting an account always takes its password: better-auth alone accepts a recent session instead,
        // which would let one request from a signed-in browser erase the person.
        if (ctx.path === '/delete-user') {
          const password = (ctx.body as { password?: unknown } | undefined)?.password;
          if (typeof password !== 'string' || password === '') {
            throw new APIError('BAD_REQUEST', {
              message: 'Enter your password to delete your account',
              code: 'PASSWORD_REQUIRED',
            });
          }
          return;
        }
        if (ctx.path !== '/sign-in/email') return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? '');
        // A disabled account is answered exactly like a wrong password.
        const [account] = email ? await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())) : [];
        if (account?.banned) {
          await audit(account.id, 'user.sign_in_failed', ctx.request ?? ctx.headers);
          throw new APIError('UNAUTHORIZED', {
            message: 'Invalid email or password',
            code: 'INVALID_EMAIL_OR_PASSWORD',
          });
        }
        const wait = email ? await retryAfter(db, email, new Date()) : 0;
        if (wait > 0) {
          throw new APIError(
            'TOO_MANY_REQUESTS',
            { message: 'Too many failed sign-ins for this account', code: 'ACCOUNT_THROTTLED', retryAfter: wait },
            { 'Retry-After': String(wait) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const own = ownChanges[ctx.path];
        if (own && !(ctx.context.returned instanceof APIError) && ctx.context.session) {
          const fields = ctx.path === '/update-user' ? Object.keys((ctx.body as object | undefined) ?? {}) : null;
          await audit(ctx.context.session.user.id, own, ctx.request ?? ctx.headers, undefined, fields && { fields });
          return;
        }
        // The first code confirmed during the set-up turns two-step verification on, and with it any staff role.
        // (At sign-in the same endpoint runs without a session yet, and changes nothing.)
        const before = ctx.context.session?.user as { twoFactorEnabled?: boolean | null } | undefined;
        if (ctx.path === '/two-factor/verify-totp' && before && !before.twoFactorEnabled) {
          if (!(ctx.context.returned instanceof APIError)) {
            await audit(ctx.context.session?.user.id ?? null, 'user.enable_two_factor', ctx.request ?? ctx.headers);
          }
          return;
        }
        if (ctx.path === '/sign-out') {
          await audit(ctx.context.session?.user.id ?? null, 'user.sign_out', ctx.request ?? ctx.headers);
          return;
        }
        if (ctx.path === '/sign-up/email') {
          // better-auth already answers a taken address with a made-up user; answering both cases with the same
          // bare acknowledgement also hides the differences between a real and a made-up record.
          if (!(ctx.context.returned instanceof APIError)) return ctx.json({ status: true });
          return;
        }
        if (ctx.path !== '/sign-in/email') return;
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? '');
        if (!email) return;
        const returned = ctx.context.returned;
        if (returned instanceof APIError && returned.statusCode === 401) {
          await recordFailure(db, email, new Date());
          await audit(null, 'user.sign_in_failed', ctx.request ?? ctx.headers, null);
        } else if (!(returned instanceof APIError)) {
          await clearFailures(db, email);
        }
      }),
    },
    plugins: [twoFactor({ issuer: 'Accroche', skipVerificationOnEnable: false })],
  });
}

export type Auth = ReturnType<typeof createAuth>;

export { CLIENT_IP_HEADER };
