import { formatInstant } from '../../../core/format.ts';
import { languages } from '../../../core/i18n/index.ts';
import { ErrorSummary, Field, Form, type FormState, Notice } from '../../components/form.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

export interface SessionRow {
  token: string;
  createdAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
}

/** A short, readable name for a browser from its user-agent string. */
export function deviceName(userAgent: string | null): string {
  if (!userAgent) return '—';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : userAgent.slice(0, 40);
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return system ? `${browser}, ${system}` : browser;
}

/** My account: profile and language, password, open sessions with a way to close each. */
export function AccountPage(props: {
  view: View;
  user: { name: string; email: string; lang: string; twoFactorEnabled: boolean };
  twoFactor?: FormState;
  twoFactorRequired?: boolean;
  /** The page to go back to once two-step verification is on (a path of this site). */
  next?: string | undefined;
  profile: FormState;
  password: FormState;
  deletion?: FormState;
  sessions: SessionRow[];
  notice?: string;
}) {
  const { view, user, profile, password, sessions } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={{ title: t('account.title'), description: t('account.description'), nav: 'none' }}>
      <h1>{t('account.title')}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}

      <section aria-labelledby="profile-title" class="narrow">
        <h2 id="profile-title">{t('account.profileTitle')}</h2>
        <p>
          {t('field.email')} : <strong>{user.email}</strong>
        </p>
        <ErrorSummary view={view} errors={profile.errors} />
        <Form action={view.href('/account/profile')} csrf={view.csrf}>
          <Field view={view} name="name" label={t('field.name')} state={profile} autocomplete="name" required />
          <div class="field">
            <label for="field-lang">{t('field.lang')}</label>
            <select id="field-lang" name="lang">
              {languages.map((l) => (
                <option value={l} selected={(profile.values.lang ?? user.lang) === l} lang={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {t('account.save')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="password-title" class="narrow">
        <h2 id="password-title">{t('account.passwordTitle')}</h2>
        <ErrorSummary view={view} errors={password.errors} />
        <Form action={view.href('/account/password')} csrf={view.csrf}>
          <Field
            view={view}
            name="currentPassword"
            type="password"
            label={t('field.currentPassword')}
            state={password}
            autocomplete="current-password"
            required
          />
          <Field
            view={view}
            name="newPassword"
            type="password"
            label={t('field.newPassword')}
            hint={t('field.passwordHint')}
            state={password}
            autocomplete="new-password"
            minlength={12}
            required
          />
          <button type="submit" class="button">
            {t('account.passwordSubmit')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="tfa-title" class="narrow">
        <h2 id="tfa-title">{t('tfa.title')}</h2>
        {props.twoFactorRequired && !user.twoFactorEnabled ? <Notice kind="info">{t('tfa.required')}</Notice> : null}
        <p>{user.twoFactorEnabled ? t('tfa.on') : t('tfa.off')}</p>
        <ErrorSummary view={view} errors={props.twoFactor?.errors ?? {}} />
        <Form
          action={view.href(user.twoFactorEnabled ? '/account/two-factor/disable' : '/account/two-factor/enable')}
          csrf={view.csrf}
        >
          {props.next && !user.twoFactorEnabled ? <input type="hidden" name="next" value={props.next} /> : null}
          <Field
            view={view}
            name="tfaPassword"
            type="password"
            label={t('field.currentPassword')}
            state={props.twoFactor ?? { values: {}, errors: {} }}
            autocomplete="current-password"
            required
          />
          <button type="submit" class="button">
            {user.twoFactorEnabled ? t('tfa.disable') : t('tfa.enable')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('account.sessionsTitle')}</h2>
        <TableScroll view={view}>
          <table class="data-table">
            <caption>{t('account.sessionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.sessionDevice')}</th>
                <th scope="col">{t('account.sessionStarted')}</th>
                <th scope="col">{t('account.sessionAddress')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr>
                  <th scope="row">{deviceName(s.userAgent)}</th>
                  <td>{formatInstant(s.createdAt, view.lang, { date: 'long', time: 'short' })}</td>
                  <td>{s.ipAddress ?? t('common.unknown')}</td>
                  <td>
                    {s.current ? (
                      <strong>{t('account.sessionCurrent')}</strong>
                    ) : (
                      <Form action={view.href('/account/sessions/revoke')} csrf={view.csrf} class="inline-form">
                        <input type="hidden" name="token" value={s.token} />
                        <button type="submit" class="link-button">
                          {t('account.revoke')}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="export-title" class="narrow">
        <h2 id="export-title">{t('account.exportTitle')}</h2>
        <p>{t('account.exportBody')}</p>
        <p>
          <a href={view.href('/account/export')} download>
            {t('account.exportLink')}
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-title" class="narrow">
        <h2 id="delete-title">{t('account.deleteTitle')}</h2>
        <p>{t('account.deleteBody')}</p>
        <ErrorSummary view={view} errors={props.deletion?.errors ?? {}} />
        <Form action={view.href('/account/delete')} csrf={view.csrf}>
          <Field
            view={view}
            name="deletePassword"
            type="password"
            label={t('field.currentPassword')}
            state={props.deletion ?? { values: {}, errors: {} }}
            autocomplete="current-password"
            required
          />
          <button type="submit" class="button button-danger">
            {t('account.deleteSubmit')}
          </button>
        </Form>
      </section>
    </Layout>
  );
}
