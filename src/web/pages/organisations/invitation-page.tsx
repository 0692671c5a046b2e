import type { InvitationPreview, InvitationProblem } from '../../../domain/organisations/index.ts';
import { Form } from '../../components/form.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { formatInstant } from './fields.tsx';

/** The page a mailed invitation link opens: who invites, as what, until when, and the button to join. */
export function InvitationPage(props: { view: View; token: string; invitation: InvitationPreview }) {
  const { view, invitation } = props;
  const { t } = view;
  const names = { organisation: invitation.organisationName, role: t(`org.role.${invitation.role}`) };
  return (
    <Layout view={view} meta={{ title: t('invitation.title'), description: t('invitation.description'), nav: 'none' }}>
      <div class="narrow">
        <h1>{t('invitation.title')}</h1>
        <p class="lead">{t('invitation.lead', names)}</p>
        <p>{t('invitation.role', names)}</p>
        <p>{t('invitation.expires', { date: formatInstant(invitation.expiresAt, view.lang, true) })}</p>
        <Form action={view.href(`/invitations/${props.token}`)} csrf={view.csrf}>
          <button type="submit" class="button">
            {t('invitation.accept', names)}
          </button>
        </Form>
      </div>
    </Layout>
  );
}

/** A link that cannot be used: says which case it is and what to do. */
export function InvitationProblemPage(props: { view: View; problem: InvitationProblem; email: string }) {
  const { view, problem } = props;
  const { t } = view;
  const title = t(`invitation.${problem}.title`);
  return (
    <Layout view={view} meta={{ title, description: title, nav: 'none' }}>
      <div class="narrow">
        <h1>{title}</h1>
        <p class="lead">{t(`invitation.${problem}.body`, { email: props.email })}</p>
        <p>
          <a class="button" href={view.href('/organisations')}>
            {t('invitation.toOrganisations')}
          </a>
        </p>
      </div>
    </Layout>
  );
}
