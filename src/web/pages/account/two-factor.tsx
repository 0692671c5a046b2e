import { ErrorSummary, Field, Form, type FormState } from '../../components/form.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

/**
 * After the password: the key to add to an authenticator app, the backup codes, and the first code; `next` is the
 * page to go back to once it is on.
 */
export function TwoFactorSetupPage(props: {
  view: View;
  totpUri: string;
  backupCodes: string[];
  state: FormState;
  next?: string | undefined;
}) {
  const { view } = props;
  const { t } = view;
  const secret = new URL(props.totpUri).searchParams.get('secret') ?? '';
  return (
    <Layout view={view} meta={{ title: t('tfa.setupTitle'), description: t('tfa.setupIntro'), nav: 'none' }}>
      <div class="narrow">
        <h1>{t('tfa.setupTitle')}</h1>
        <p>{t('tfa.setupIntro')}</p>
        <p>
          {t('tfa.key')} : <code class="secret">{secret.match(/.{1,4}/g)?.join(' ')}</code>
        </p>
        <p>
          <a href={props.totpUri}>{t('tfa.openLink')}</a>
        </p>
        <h2>{t('tfa.backupTitle')}</h2>
        <p>{t('tfa.backupIntro')}</p>
        <ul class="codes">
          {props.backupCodes.map((code) => (
            <li>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <ErrorSummary view={view} errors={props.state.errors} />
        <Form action={view.href('/account/two-factor/verify')} csrf={view.csrf}>
          <input type="hidden" name="totpUri" value={props.totpUri} />
          <input type="hidden" name="backupCodes" value={props.backupCodes.join(' ')} />
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          <Field
            view={view}
            name="code"
            label={t('tfa.code')}
            hint={t('tfa.codeHint')}
            state={props.state}
            autocomplete="one-time-code"
            required
          />
          <button type="submit" class="button">
            {t('tfa.confirm')}
          </button>
        </Form>
      </div>
    </Layout>
  );
}

/** The second step of signing in. */
export function TwoFactorSignInPage(props: { view: View; state: FormState }) {
  const { view } = props;
  const { t } = view;
  return (
    <Layout view={view} meta={{ title: t('tfa.signInTitle'), description: t('tfa.signInIntro'), nav: 'none' }}>
      <div class="narrow">
        <h1>{t('tfa.signInTitle')}</h1>
        <p>{t('tfa.signInIntro')}</p>
        <ErrorSummary view={view} errors={props.state.errors} />
        <Form action={view.href('/sign-in/two-factor')} csrf={view.csrf}>
          {props.state.values.next ? <input type="hidden" name="next" value={props.state.values.next} /> : null}
          <Field
            view={view}
            name="code"
            label={t('tfa.code')}
            hint={t('tfa.codeHint')}
            state={props.state}
            autocomplete="one-time-code"
            required
          />
          <button type="submit" class="button">
            {t('tfa.confirm')}
          </button>
        </Form>
      </div>
    </Layout>
  );
}
