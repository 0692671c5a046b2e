import { Hono } from 'hono';
import { isLang, type Lang, type MessageKey } from '../core/i18n/index.ts';
import { exportMyData } from '../domain/identity/export-my-data.ts';
import { emptyForm, type FormState } from '../web/components/form.tsx';
import { AccountPage, type SessionRow } from '../web/pages/account/account-page.tsx';
import {
  ForgotPasswordPage,
  MessagePage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
} from '../web/pages/account/auth-pages.tsx';
import { TwoFactorSetupPage, TwoFactorSignInPage } from '../web/pages/account/two-factor.tsx';
import { createView, type View } from '../web/view.ts';
import { callAuth, forwardCookies } from './auth-call.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { formValues, personalView, sendPersonalPage } from './personal-page.ts';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where to go after signing in: a path of this site only (never another host), else the account page. */
export function safeNext(next: string | undefined, lang: string): string {
  if (next && /^\/(fr|nl|en)(\/[\w\-./%?=&]*)?$/.test(next) && !next.includes('//') && !next.includes('\\')) {
    return next;
  }
  return `/${lang}/account`;
}

/** A page to come back to after turning on two-step verification: a path of this site, or nothing. */
const backTo = (next: string | undefined, lang: string) => (next && safeNext(next, lang) === next ? next : undefined);

/** Checks of the account forms; each failed rule names the message shown beside the field. */
function check(values: Record<string, string>, rules: Record<string, (v: string) => MessageKey | null>) {
  const errors: Partial<Record<string, MessageKey>> = {};
  for (const [field, rule] of Object.entries(rules)) {
    const problem = rule(values[field] ?? '');
    if (problem) errors[field] = problem;
  }
  return errors;
}
const rules = {
  name: (v: string) => (v.trim() && v.length <= 200 ? null : 'error.nameRequired'),
  email: (v: string) => (emailPattern.test(v.trim()) && v.length <= 254 ? null : 'error.emailInvalid'),
  newPassword: (v: string) => (v.length < 12 ? 'error.passwordShort' : v.length > 128 ? 'error.passwordLong' : null),
  password: (v: string) => (v ? null : 'error.passwordRequired'),
} satisfies Record<string, (v: string) => MessageKey | null>;

/** A rejected form: the values typed (passwords dropped) and the translated messages. */
function rejected(
  view: View,
  values: Record<string, string>,
  errors: Partial<Record<string, MessageKey>>,
  params = {},
) {
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
  const messages = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field, view.t(key as MessageKey, params)]),
  );
  return { values: kept, errors: messages } satisfies FormState;
}

/** Sign-up, sign-in, sign-out, password reset and "my account", under each language prefix. */
export function createAccountRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const secure = deps.config.secure;
  const viewOf = (c: Ctx): View => personalView(c, secure);
  const privatePage = sendPersonalPage;

  /** Seconds to wait from better-auth's answer to a throttled request, also sent back as Retry-After. */
  const waitOf = (c: Ctx, headers: Headers, json: Record<string, unknown>) => {
    const seconds = Number(headers.get('retry-after') ?? headers.get('x-retry-after') ?? json.retryAfter ?? 60) || 60;
    c.header('retry-after', String(seconds));
    return seconds;
  };

  routes.get('/sign-up', (c) => privatePage(c, <SignUpPage view={viewOf(c)} state={emptyForm()} />));
  routes.post('/sign-up', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const lang: Lang = isLang(values.lang) ? values.lang : view.lang;
    const errors = check(values, { name: rules.name, email: rules.email, password: rules.newPassword });
    if (Object.keys(errors).length) {
      return privatePage(c, <SignUpPage view={view} state={rejected(view, values, errors)} />, 422);
    }
    const res = await callAuth(c, deps, '/sign-up/email', {
      name: values.name?.trim(),
      email: values.email?.trim().toLowerCase(),
      password: values.password,
      lang,
      callbackURL: `/${lang}/account?verified=1`,
    });
    if (res.status === 429) {
      const seconds = waitOf(c, res.headers, res.json);
      const state = rejected(view, values, { _form: 'error.throttled' }, { seconds });
      return privatePage(c, <SignUpPage view={view} state={state} />, 429);
    }
    if (res.status !== 200) {
      return privatePage(c, <SignUpPage view={view} state={rejected(view, values, { _form: 'error.generic' })} />, 422);
    }
    const { t } = view;
    return privatePage(c, <MessagePage view={view} title={t('signUp.sentTitle')} body={t('signUp.sentBody')} />);
  });

  routes.get('/sign-in', async (c) => {
    if (c.get('user')) return c.redirect(`/${c.get('lang')}/account`, 303);
    const notice = c.req.query('signedOut') !== undefined ? viewOf(c).t('account.signedOut') : undefined;
    const next = c.req.query('next');
    const state = emptyForm(next ? { next: safeNext(next, c.get('lang')) } : {});
    return privatePage(c, <SignInPage view={viewOf(c)} state={state} notice={notice} />);
  });
  routes.post('/sign-in', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { email: rules.email, password: rules.password });
    if (Object.keys(errors).length) {
      return privatePage(c, <SignInPage view={view} state={rejected(view, values, errors)} />, 422);
    }
    const res = await callAuth(c, deps, '/sign-in/email', {
      email: values.email?.trim().toLowerCase(),
      password: values.password,
    });
    if (res.status === 200) {
      forwardCookies(c, res.headers);
      const next = safeNext(values.next, view.lang);
      if (res.json.twoFactorRedirect) {
        return c.redirect(`/${view.lang}/sign-in/two-factor?next=${encodeURIComponent(next)}`, 303);
      }
      return c.redirect(next, 303);
    }
    if (res.status === 429) {
      const seconds = waitOf(c, res.headers, res.json);
      const state = rejected(view, values, { _form: 'error.throttled' }, { seconds });
      return privatePage(c, <SignInPage view={view} state={state} />, 429);
    }
    const key: MessageKey = res.status === 403 ? 'error.notVerified' : 'error.signInFailed';
    return privatePage(c, <SignInPage view={view} state={rejected(view, values, { _form: key })} />, 401);
  });

  routes.get('/sign-in/two-factor', (c) => {
    const next = safeNext(c.req.query('next'), c.get('lang'));
    return privatePage(c, <TwoFactorSignInPage view={viewOf(c)} state={emptyForm({ next })} />);
  });
  routes.post('/sign-in/two-factor', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const code = (values.code ?? '').replace(/\s/g, '');
    // Six digits: the app's code; anything else: one of the backup codes.
    const path = /^\d{6}$/.test(code) ? '/two-factor/verify-totp' : '/two-factor/verify-backup-code';
    const res = await callAuth(c, deps, path, { code });
    if (res.status === 200) {
      forwardCookies(c, res.headers);
      return c.redirect(safeNext(values.next, view.lang), 303);
    }
    if (res.status === 429) {
      const seconds = waitOf(c, res.headers, res.json);
      return privatePage(
        c,
        <TwoFactorSignInPage view={view} state={rejected(view, {}, { _form: 'error.throttled' }, { seconds })} />,
        429,
      );
    }
    const expired = String(res.json.code ?? '').includes('INVALID_TWO_FACTOR_COOKIE');
    const state = rejected(view, {}, expired ? { _form: 'tfa.expired' } : { code: 'tfa.wrongCode' });
    return privatePage(c, <TwoFactorSignInPage view={view} state={state} />, 401);
  });

  routes.post('/sign-out', async (c) => {
    const res = await callAuth(c, deps, '/sign-out', {});
    forwardCookies(c, res.headers);
    return c.redirect(`/${c.get('lang')}/sign-in?signedOut`, 303);
  });

  routes.get('/forgot-password', (c) => privatePage(c, <ForgotPasswordPage view={viewOf(c)} state={emptyForm()} />));
  routes.post('/forgot-password', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { email: rules.email });
    if (Object.keys(errors).length) {
      return privatePage(c, <ForgotPasswordPage view={view} state={rejected(view, values, errors)} />, 422);
    }
    const res = await callAuth(c, deps, '/request-password-reset', {
      email: values.email?.trim().toLowerCase(),
      redirectTo: `/${view.lang}/reset-password`,
    });
    if (res.status === 429) {
      const seconds = waitOf(c, res.headers, res.json);
      const state = rejected(view, values, { _form: 'error.throttled' }, { seconds });
      return privatePage(c, <ForgotPasswordPage view={view} state={state} />, 429);
    }
    const { t } = view;
    return privatePage(c, <MessagePage view={view} title={t('signUp.sentTitle')} body={t('forgot.sentBody')} />);
  });

  const invalidLink = (c: Ctx, view: View) =>
    privatePage(
      c,
      <MessagePage
        view={view}
        title={view.t('reset.invalidTitle')}
        body={view.t('reset.invalidBody')}
        link={{ href: view.href('/forgot-password'), label: view.t('forgot.submit') }}
      />,
      422,
    );

  routes.get('/reset-password', (c) => {
    const view = viewOf(c);
    const token = c.req.query('token') ?? '';
    if (c.req.query('error') || !/^[\w-]{8,200}$/.test(token)) return invalidLink(c, view);
    return privatePage(c, <ResetPasswordPage view={view} state={emptyForm()} token={token} />);
  });
  routes.post('/reset-password', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const token = values.token ?? '';
    const errors = check(values, { password: rules.newPassword });
    if (Object.keys(errors).length) {
      return privatePage(
        c,
        <ResetPasswordPage view={view} state={rejected(view, values, errors)} token={token} />,
        422,
      );
    }
    const res = await callAuth(c, deps, '/reset-password', { token, newPassword: values.password });
    if (res.status !== 200) return invalidLink(c, view);
    const { t } = view;
    const link = { href: view.href('/sign-in'), label: t('nav.signIn') };
    return privatePage(
      c,
      <MessagePage view={view} title={t('reset.doneTitle')} body={t('reset.doneBody')} link={link} />,
    );
  });

  // My account: only for a signed-in person; others go to sign-in.
  routes.use('/account', async (c, next) => (c.get('user') ? next() : c.redirect(`/${c.get('lang')}/sign-in`, 303)));
  routes.use('/account/*', async (c, next) => (c.get('user') ? next() : c.redirect(`/${c.get('lang')}/sign-in`, 303)));

  const accountPage = async (
    c: Ctx,
    forms: { profile?: FormState; password?: FormState; deletion?: FormState; twoFactor?: FormState },
    status: 200 | 422 = 200,
  ) => {
    const view = viewOf(c);
    const user = c.get('user');
    if (!user) return c.redirect(`/${view.lang}/sign-in`, 303);
    const listed = await callAuth(c, deps, '/list-sessions');
    const rows = (Array.isArray(listed.json) ? listed.json : []) as {
      token: string;
      createdAt: string;
      ipAddress?: string | null;
      userAgent?: string | null;
    }[];
    const sessions: SessionRow[] = rows
      .map((s) => ({
        token: s.token,
        createdAt: new Date(s.createdAt),
        ipAddress: s.ipAddress ?? null,
        userAgent: s.userAgent ?? null,
        current: s.token === user.sessionToken,
      }))
      .sort((a, b) => Number(b.current) - Number(a.current) || b.createdAt.getTime() - a.createdAt.getTime());
    const q = (name: string) => c.req.query(name) !== undefined;
    const { t } = view;
    const notice = q('verified')
      ? t('account.verified')
      : q('saved')
        ? t('account.saved')
        : q('password')
          ? t('account.passwordChanged')
          : q('revoked')
            ? t('account.revoked')
            : q('twoFactorOn')
              ? t('tfa.enabled')
              : q('twoFactorOff')
                ? t('tfa.disabled')
                : undefined;
    return privatePage(
      c,
      <AccountPage
        view={view}
        user={user}
        profile={forms.profile ?? emptyForm({ name: user.name, lang: user.lang })}
        password={forms.password ?? emptyForm()}
        deletion={forms.deletion}
        twoFactor={forms.twoFactor}
        twoFactorRequired={c.req.query('twoFactorRequired') !== undefined}
        next={backTo(c.req.query('next') ?? forms.twoFactor?.values.next, view.lang)}
        sessions={sessions}
        notice={notice}
      />,
      status,
    );
  };

  routes.get('/account', (c) => accountPage(c, {}));
  routes.post('/account/profile', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { name: rules.name });
    if (Object.keys(errors).length) return accountPage(c, { profile: rejected(view, values, errors) }, 422);
    const lang: Lang = isLang(values.lang) ? values.lang : view.lang;
    const res = await callAuth(c, deps, '/update-user', { name: values.name?.trim(), lang });
    if (res.status !== 200) return accountPage(c, { profile: rejected(view, values, { _form: 'error.generic' }) }, 422);
    return c.redirect(`/${lang}/account?saved`, 303);
  });
  routes.post('/account/password', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { currentPassword: rules.password, newPassword: rules.newPassword });
    if (Object.keys(errors).length) return accountPage(c, { password: rejected(view, values, errors) }, 422);
    const res = await callAuth(c, deps, '/change-password', {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
      revokeOtherSessions: true,
    });
    if (res.status !== 200) {
      return accountPage(c, { password: rejected(view, values, { currentPassword: 'account.passwordWrong' }) }, 422);
    }
    forwardCookies(c, res.headers);
    return c.redirect(`/${view.lang}/account?password`, 303);
  });
  routes.post('/account/two-factor/enable', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const res = await callAuth(c, deps, '/two-factor/enable', { password: values.tfaPassword ?? '' });
    const uri = typeof res.json.totpURI === 'string' ? res.json.totpURI : '';
    if (res.status !== 200 || !uri.startsWith('otpauth://')) {
      return accountPage(c, { twoFactor: rejected(view, values, { tfaPassword: 'account.passwordWrong' }) }, 422);
    }
    const codes = Array.isArray(res.json.backupCodes) ? res.json.backupCodes.map(String) : [];
    const next = backTo(values.next, view.lang);
    return privatePage(
      c,
      <TwoFactorSetupPage view={view} totpUri={uri} backupCodes={codes} state={emptyForm()} next={next} />,
    );
  });

  routes.post('/account/two-factor/verify', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const code = (values.code ?? '').replace(/\s/g, '');
    const res = await callAuth(c, deps, '/two-factor/verify-totp', { code });
    const next = backTo(values.next, view.lang);
    if (res.status === 200) {
      forwardCookies(c, res.headers);
      // Back to the staff page that sent them here, now open to them; else the account page says it is on.
      return c.redirect(next ?? `/${view.lang}/account?twoFactorOn`, 303);
    }
    const uri = (values.totpUri ?? '').startsWith('otpauth://') ? (values.totpUri as string) : '';
    if (!uri) return c.redirect(`/${view.lang}/account`, 303);
    const codes = (values.backupCodes ?? '').split(' ').filter(Boolean);
    const state = rejected(view, {}, { code: 'tfa.wrongCode' });
    return privatePage(
      c,
      <TwoFactorSetupPage view={view} totpUri={uri} backupCodes={codes} state={state} next={next} />,
      422,
    );
  });

  routes.post('/account/two-factor/disable', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const res = await callAuth(c, deps, '/two-factor/disable', { password: values.tfaPassword ?? '' });
    if (res.status !== 200) {
      return accountPage(c, { twoFactor: rejected(view, values, { tfaPassword: 'account.passwordWrong' }) }, 422);
    }
    forwardCookies(c, res.headers);
    return c.redirect(`/${view.lang}/account?twoFactorOff`, 303);
  });

  routes.get('/account/export', async (c) => {
    const data = await exportMyData(domainContext(c, deps));
    return c.body(JSON.stringify(data, null, 2), 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="accroche-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      'cache-control': 'no-store',
    });
  });

  routes.post('/account/delete', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { deletePassword: rules.password });
    if (Object.keys(errors).length) return accountPage(c, { deletion: rejected(view, values, errors) }, 422);
    const res = await callAuth(c, deps, '/delete-user', { password: values.deletePassword });
    if (res.status !== 200) {
      return accountPage(c, { deletion: rejected(view, values, { deletePassword: 'account.passwordWrong' }) }, 422);
    }
    forwardCookies(c, res.headers);
    c.set('user', null);
    const { t } = view;
    const done = createView(view.lang, view.path);
    return privatePage(
      c,
      <MessagePage view={done} title={t('account.deletedTitle')} body={t('account.deletedBody')} />,
    );
  });

  routes.post('/account/sessions/revoke', async (c) => {
    const values = await formValues(c);
    await callAuth(c, deps, '/revoke-session', { token: values.token ?? '' });
    return c.redirect(`/${c.get('lang')}/account?revoked`, 303);
  });

  return routes;
}
