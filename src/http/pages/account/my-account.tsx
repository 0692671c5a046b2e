import { Hono } from 'hono';
import { exportMyData } from '../../../domain/identity/index.ts';
import { emptyForm, type FormState } from '../../../web/components/form.tsx';
import { AccountPage } from '../../../web/pages/account/account-page.tsx';
import { MessagePage } from '../../../web/pages/account/auth-pages.tsx';
import { TwoFactorSetupPage } from '../../../web/pages/account/two-factor.tsx';
import { createView, type View } from '../../../web/view.ts';
import { callAuth, forwardCookies } from '../../auth-call.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { signInUrl } from '../../middleware/require-user.ts';
import { formValues, noticeOf, sendPersonalPage as page, personalView } from '../page.ts';
import { accountNotices, backTo, check, codeOf, langOf, rejected, rules, sessionRowsOf } from './form.ts';

/** The forms of the account page, one of them refused when there is one. */
interface AccountForms {
  profile?: FormState;
  password?: FormState;
  deletion?: FormState;
  twoFactor?: FormState;
}

/**
 * "My account": profile and language, password, two-step verification, open sessions, the export and the
 * deletion of one's data. Each form posts to better-auth's endpoint through its HTTP handler.
 */
export function myAccountPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const viewOf = (c: Ctx): View => personalView(c, deps.config.secure);

  /** My account: profile, password, two-step verification, sessions, my data; one form refused when one was. */
  const accountPage = async (c: Ctx, forms: AccountForms, status: 200 | 422 = 200) => {
    const view = viewOf(c);
    const user = c.get('user');
    if (!user) return c.redirect(signInUrl(view.lang), 303);
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
    return page(
      c,
      <MessagePage view={done} title={view.t('account.deletedTitle')} body={view.t('account.deletedBody')} />,
    );
  });

  routes.post('/account/sessions/revoke', async (c) => {
    const values = await formValues(c);
    await callAuth(c, deps, '/revoke-session', { token: values.token ?? '' });
    return c.redirect(`/${c.get('lang')}/account?revoked`, 303);
  });

  return routes;
}
