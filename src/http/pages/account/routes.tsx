import { Hono } from 'hono';
import { exportMyData } from '../../../domain/identity/index.ts';
import { emptyForm, type FormState } from '../../../web/components/form.tsx';
import { AccountPage } from '../../../web/pages/account/account-page.tsx';
import {
  ForgotPasswordPage,
  MessagePage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
} from '../../../web/pages/account/auth-pages.tsx';
import { TwoFactorSetupPage, TwoFactorSignInPage } from '../../../web/pages/account/two-factor.tsx';
import { createView, type View } from '../../../web/view.ts';
import { callAuth, forwardCookies } from '../../auth-call.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { formValues, noticeOf, sendPersonalPage as page, personalView } from '../page.ts';
import { accountNotices, backTo, check, codeOf, langOf, rejected, rules, safeNext, sessionRowsOf } from './form.ts';

type AuthAnswer = Awaited<ReturnType<typeof callAuth>>;

/** The forms of the account page, one of them refused when there is one. */
interface AccountForms {
  profile?: FormState;
  password?: FormState;
  deletion?: FormState;
  twoFactor?: FormState;
}

/**
 * Seconds to wait from better-auth's answer to a throttled request (also sent back as Retry-After), as the
 * form's message.
 */
function throttled(c: Ctx, view: View, values: Record<string, string>, res: AuthAnswer): FormState {
  const seconds =
    Number(res.headers.get('retry-after') ?? res.headers.get('x-retry-after') ?? res.json.retryAfter ?? 60) || 60;
  c.header('retry-after', String(seconds));
  return rejected(view, values, { _form: 'error.throttled' }, { seconds });
}

/**
 * Sign-up, sign-in, sign-out, password reset and "my account", under each language prefix. The forms post to
 * these routes, which call better-auth's own endpoints (its rate limits and hooks); "my account" is for a
 * signed-in person only (pages/index.ts).
 */
export function accountPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const viewOf = (c: Ctx): View => personalView(c, deps.config.secure);
  /** A page with a message and, at times, a link onwards. */
  const message = (view: View, text: { title: string; body: string; link?: { href: string; label: string } }) => (
    <MessagePage view={view} {...text} />
  );

  routes.get('/sign-up', (c) => page(c, <SignUpPage view={viewOf(c)} state={emptyForm()} />));
  routes.post('/sign-up', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const lang = langOf(values, view.lang);
    const errors = check(values, { name: rules.name, email: rules.email, password: rules.newPassword });
    if (Object.keys(errors).length)
      return page(c, <SignUpPage view={view} state={rejected(view, values, errors)} />, 422);
    const res = await callAuth(c, deps, '/sign-up/email', {
      name: values.name?.trim(),
      email: values.email?.trim().toLowerCase(),
      password: values.password,
      lang,
      callbackURL: `/${lang}/account?verified=1`,
    });
    if (res.status === 429) return page(c, <SignUpPage view={view} state={throttled(c, view, values, res)} />, 429);
    if (res.status !== 200) {
      return page(c, <SignUpPage view={view} state={rejected(view, values, { _form: 'error.generic' })} />, 422);
    }
    return page(c, message(view, { title: view.t('signUp.sentTitle'), body: view.t('signUp.sentBody') }));
  });

  routes.get('/sign-in', async (c) => {
    if (c.get('user')) return c.redirect(`/${c.get('lang')}/account`, 303);
    const notice = c.req.query('signedOut') !== undefined ? viewOf(c).t('account.signedOut') : undefined;
    const next = c.req.query('next');
    const state = emptyForm(next ? { next: safeNext(next, c.get('lang')) } : {});
    return page(c, <SignInPage view={viewOf(c)} state={state} notice={notice} />);
  });
  routes.post('/sign-in', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { email: rules.email, password: rules.password });
    if (Object.keys(errors).length)
      return page(c, <SignInPage view={view} state={rejected(view, values, errors)} />, 422);
    const res = await callAuth(c, deps, '/sign-in/email', {
      email: values.email?.trim().toLowerCase(),
      password: values.password,
    });
    if (res.status === 429) return page(c, <SignInPage view={view} state={throttled(c, view, values, res)} />, 429);
    if (res.status !== 200) {
      const state = rejected(view, values, { _form: res.status === 403 ? 'error.notVerified' : 'error.signInFailed' });
      return page(c, <SignInPage view={view} state={state} />, 401);
    }
    forwardCookies(c, res.headers);
    const next = safeNext(values.next, view.lang);
    if (!res.json.twoFactorRedirect) return c.redirect(next, 303);
    return c.redirect(`/${view.lang}/sign-in/two-factor?next=${encodeURIComponent(next)}`, 303);
  });

  routes.get('/sign-in/two-factor', (c) => {
    const next = safeNext(c.req.query('next'), c.get('lang'));
    return page(c, <TwoFactorSignInPage view={viewOf(c)} state={emptyForm({ next })} />);
  });
  routes.post('/sign-in/two-factor', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const code = codeOf(values);
    // Six digits: the app's code; anything else: one of the backup codes.
    const path = /^\d{6}$/.test(code) ? '/two-factor/verify-totp' : '/two-factor/verify-backup-code';
    const res = await callAuth(c, deps, path, { code });
    if (res.status === 200) {
      forwardCookies(c, res.headers);
      return c.redirect(safeNext(values.next, view.lang), 303);
    }
    if (res.status === 429)
      return page(c, <TwoFactorSignInPage view={view} state={throttled(c, view, {}, res)} />, 429);
    const expired = String(res.json.code ?? '').includes('INVALID_TWO_FACTOR_COOKIE');
    const state = rejected(view, {}, expired ? { _form: 'tfa.expired' } : { code: 'tfa.wrongCode' });
    return page(c, <TwoFactorSignInPage view={view} state={state} />, 401);
  });

  routes.post('/sign-out', async (c) => {
    const res = await callAuth(c, deps, '/sign-out', {});
    forwardCookies(c, res.headers);
    return c.redirect(`/${c.get('lang')}/sign-in?signedOut`, 303);
  });

  routes.get('/forgot-password', (c) => page(c, <ForgotPasswordPage view={viewOf(c)} state={emptyForm()} />));
  routes.post('/forgot-password', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { email: rules.email });
    if (Object.keys(errors).length) {
      return page(c, <ForgotPasswordPage view={view} state={rejected(view, values, errors)} />, 422);
    }
    const res = await callAuth(c, deps, '/request-password-reset', {
      email: values.email?.trim().toLowerCase(),
      redirectTo: `/${view.lang}/reset-password`,
    });
    if (res.status === 429)
      return page(c, <ForgotPasswordPage view={view} state={throttled(c, view, values, res)} />, 429);
    return page(c, message(view, { title: view.t('signUp.sentTitle'), body: view.t('forgot.sentBody') }));
  });

  const invalidLink = (c: Ctx, view: View) => {
    const link = { href: view.href('/forgot-password'), label: view.t('forgot.submit') };
    return page(
      c,
      message(view, { title: view.t('reset.invalidTitle'), body: view.t('reset.invalidBody'), link }),
      422,
    );
  };

  routes.get('/reset-password', (c) => {
    const view = viewOf(c);
    const token = c.req.query('token') ?? '';
    if (c.req.query('error') || !/^[\w-]{8,200}$/.test(token)) return invalidLink(c, view);
    return page(c, <ResetPasswordPage view={view} state={emptyForm()} token={token} />);
  });
  routes.post('/reset-password', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const token = values.token ?? '';
    const errors = check(values, { password: rules.newPassword });
    if (Object.keys(errors).length) {
      return page(c, <ResetPasswordPage view={view} state={rejected(view, values, errors)} token={token} />, 422);
    }
    const res = await callAuth(c, deps, '/reset-password', { token, newPassword: values.password });
    if (res.status !== 200) return invalidLink(c, view);
    const link = { href: view.href('/sign-in'), label: view.t('nav.signIn') };
    return page(c, message(view, { title: view.t('reset.doneTitle'), body: view.t('reset.doneBody'), link }));
  });

  /** My account: profile, password, two-step verification, sessions, my data; one form refused when one was. */
  const accountPage = async (c: Ctx, forms: AccountForms, status: 200 | 422 = 200) => {
    const view = viewOf(c);
    const user = c.get('user');
    if (!user) return c.redirect(`/${view.lang}/sign-in`, 303);
    const listed = await callAuth(c, deps, '/list-sessions');
    const shown = (
      <AccountPage
        view={view}
        user={user}
        profile={forms.profile ?? emptyForm({ name: user.name, lang: user.lang })}
        password={forms.password ?? emptyForm()}
        deletion={forms.deletion}
        twoFactor={forms.twoFactor}
        twoFactorRequired={c.req.query('twoFactorRequired') !== undefined}
        next={backTo(c.req.query('next') ?? forms.twoFactor?.values.next, view.lang)}
        sessions={sessionRowsOf(listed.json, user.sessionToken)}
        notice={noticeOf(c, view.t, accountNotices)}
      />
    );
    return page(c, shown, status);
  };
  /** The account page again with one form refused. */
  const refuse = (c: Ctx, form: keyof AccountForms, state: FormState) => accountPage(c, { [form]: state }, 422);

  routes.get('/account', (c) => accountPage(c, {}));
  routes.post('/account/profile', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { name: rules.name });
    if (Object.keys(errors).length) return refuse(c, 'profile', rejected(view, values, errors));
    const lang = langOf(values, view.lang);
    const res = await callAuth(c, deps, '/update-user', { name: values.name?.trim(), lang });
    if (res.status !== 200) return refuse(c, 'profile', rejected(view, values, { _form: 'error.generic' }));
    return c.redirect(`/${lang}/account?saved`, 303);
  });
  routes.post('/account/password', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const errors = check(values, { currentPassword: rules.password, newPassword: rules.newPassword });
    if (Object.keys(errors).length) return refuse(c, 'password', rejected(view, values, errors));
    const res = await callAuth(c, deps, '/change-password', {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
      revokeOtherSessions: true,
    });
    if (res.status !== 200) {
      return refuse(c, 'password', rejected(view, values, { currentPassword: 'account.passwordWrong' }));
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
      return refuse(c, 'twoFactor', rejected(view, values, { tfaPassword: 'account.passwordWrong' }));
    }
    const codes = Array.isArray(res.json.backupCodes) ? res.json.backupCodes.map(String) : [];
    const next = backTo(values.next, view.lang);
    return page(
      c,
      <TwoFactorSetupPage view={view} totpUri={uri} backupCodes={codes} state={emptyForm()} next={next} />,
    );
  });

  routes.post('/account/two-factor/verify', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const res = await callAuth(c, deps, '/two-factor/verify-totp', { code: codeOf(values) });
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
    return page(c, <TwoFactorSetupPage view={view} totpUri={uri} backupCodes={codes} state={state} next={next} />, 422);
  });

  routes.post('/account/two-factor/disable', async (c) => {
    const view = viewOf(c);
    const values = await formValues(c);
    const res = await callAuth(c, deps, '/two-factor/disable', { password: values.tfaPassword ?? '' });
    if (res.status !== 200) {
      return refuse(c, 'twoFactor', rejected(view, values, { tfaPassword: 'account.passwordWrong' }));
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
    if (Object.keys(errors).length) return refuse(c, 'deletion', rejected(view, values, errors));
    const res = await callAuth(c, deps, '/delete-user', { password: values.deletePassword });
    if (res.status !== 200) {
      return refuse(c, 'deletion', rejected(view, values, { deletePassword: 'account.passwordWrong' }));
    }
    forwardCookies(c, res.headers);
    c.set('user', null);
    const done = createView(view.lang, view.path);
    return page(c, message(done, { title: view.t('account.deletedTitle'), body: view.t('account.deletedBody') }));
  });

  routes.post('/account/sessions/revoke', async (c) => {
    const values = await formValues(c);
    await callAuth(c, deps, '/revoke-session', { token: values.token ?? '' });
    return c.redirect(`/${c.get('lang')}/account?revoked`, 303);
  });

  return routes;
}
