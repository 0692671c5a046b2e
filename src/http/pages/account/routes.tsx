import { Hono } from 'hono';
import { emptyForm } from '../../../web/components/form.tsx';
import {
  ForgotPasswordPage,
  MessagePage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
} from '../../../web/pages/account/auth-pages.tsx';
import { TwoFactorSignInPage } from '../../../web/pages/account/two-factor.tsx';
import type { View } from '../../../web/view.ts';
import { callAuth, forwardCookies } from '../../auth-call.ts';
import type { AppDeps, AppEnv, Ctx } from '../../env.ts';
import { formValues, sendPersonalPage as page, personalView } from '../page.ts';
import { check, codeOf, langOf, rejected, rules, safeNext, throttled } from './form.ts';
import { myAccountPages } from './my-account.tsx';

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

  // My account: for a signed-in person (pages/index.ts).
  routes.route('/', myAccountPages(deps));
  return routes;
}
