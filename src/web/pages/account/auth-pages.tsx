import { languages } from '../../../core/i18n/index.ts';
import { ErrorSummary, Field, Form, type FormState, Notice } from '../../components/form.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

const page = (title: string, description: string) => ({ title, description, nav: 'none' as const });

/** Sign-up: name, address, password, language. */
export function SignUpPage(props: { view: View; state: FormState }) {
  const { view, state } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={page(t('signUp.title'), t('signUp.description'))}>
      <div class="narrow">
        <h1>{t('signUp.title')}</h1>
        <p class="lead">{t('signUp.lead')}</p>
        <ErrorSummary view={view} errors={state.errors} />
        <Form action={view.href('/sign-up')} csrf={view.csrf}>
          <Field view={view} name="name" label={t('field.name')} state={state} autocomplete="name" required />
          <Field
            view={view}
            name="email"
            type="email"
            label={t('field.email')}
            state={state}
            autocomplete="email"
            required
          />
          <Field
            view={view}
            name="password"
            type="password"
            label={t('field.password')}
            hint={t('field.passwordHint')}
            state={state}
            autocomplete="new-password"
            minlength={12}
            required
          />
          <div class="field">
            <label for="field-lang">{t('field.lang')}</label>
            <select id="field-lang" name="lang">
              {languages.map((l) => (
                <option value={l} selected={(state.values.lang ?? view.lang) === l} lang={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {t('signUp.submit')}
          </button>
        </Form>
        <p>
          {t('signUp.haveAccount')} <a href={view.href('/sign-in')}>{t('nav.signIn')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** Sign-in: address and password. */
export function SignInPage(props: { view: View; state: FormState; notice?: string }) {
  const { view, state } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={page(t('signIn.title'), t('signIn.description'))}>
      <div class="narrow">
        <h1>{t('signIn.title')}</h1>
        {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
        <ErrorSummary view={view} errors={state.errors} />
        <Form action={view.href('/sign-in')} csrf={view.csrf}>
          {state.values.next ? <input type="hidden" name="next" value={state.values.next} /> : null}
          <Field
            view={view}
            name="email"
            type="email"
            label={t('field.email')}
            state={state}
            autocomplete="username"
            required
          />
          <Field
            view={view}
            name="password"
            type="password"
            label={t('field.password')}
            state={state}
            autocomplete="current-password"
            required
          />
          <button type="submit" class="button">
            {t('signIn.submit')}
          </button>
        </Form>
        <p>
          <a href={view.href('/forgot-password')}>{t('signIn.forgot')}</a>
        </p>
        <p>
          {t('signIn.noAccount')} <a href={view.href('/sign-up')}>{t('nav.signUp')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** Asking for a reset link. */
export function ForgotPasswordPage(props: { view: View; state: FormState }) {
  const { view, state } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={page(t('forgot.title'), t('forgot.description'))}>
      <div class="narrow">
        <h1>{t('forgot.title')}</h1>
        <p>{t('forgot.lead')}</p>
        <ErrorSummary view={view} errors={state.errors} />
        <Form action={view.href('/forgot-password')} csrf={view.csrf}>
          <Field
            view={view}
            name="email"
            type="email"
            label={t('field.email')}
            state={state}
            autocomplete="email"
            required
          />
          <button type="submit" class="button">
            {t('forgot.submit')}
          </button>
        </Form>
      </div>
    </Layout>
  );
}

/** Choosing a new password from a mailed link. */
export function ResetPasswordPage(props: { view: View; state: FormState; token: string }) {
  const { view, state } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={page(t('reset.title'), t('reset.description'))}>
      <div class="narrow">
        <h1>{t('reset.title')}</h1>
        <ErrorSummary view={view} errors={state.errors} />
        <Form action={view.href('/reset-password')} csrf={view.csrf}>
          <input type="hidden" name="token" value={props.token} />
          <Field
            view={view}
            name="password"
            type="password"
            label={t('field.newPassword')}
            hint={t('field.passwordHint')}
            state={state}
            autocomplete="new-password"
            minlength={12}
            required
          />
          <button type="submit" class="button">
            {t('reset.submit')}
          </button>
        </Form>
      </div>
    </Layout>
  );
}

/** A page that only says something: mail sent, link expired, password changed. */
export function MessagePage(props: {
  view: View;
  title: string;
  body: string;
  link?: { href: string; label: string };
}) {
  const { view } = props;
  return (
    <Layout view={view} meta={page(props.title, props.body)}>
      <div class="narrow">
        <h1>{props.title}</h1>
        <p class="lead">{props.body}</p>
        {props.link ? (
          <p>
            <a class="button" href={props.link.href}>
              {props.link.label}
            </a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}
