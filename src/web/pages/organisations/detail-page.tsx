import type { Actor } from '../../../core/context.ts';
import {
  formatEnterpriseNumber,
  formatIban,
  type Invitation,
  type Member,
  type Organisation,
  organisationPolicy,
  organisationRoles,
} from '../../../domain/organisations/index.ts';
import { ErrorSummary, Field, Form, type FormState, Notice } from '../../components/form.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { formatInstant, Problem, SelectField } from './fields.tsx';
import { MembersSection } from './members-section.tsx';

/** What the organisation page shows: details, members, and the actions the policy allows the reader. */
export interface OrganisationPageProps {
  view: View;
  actor: Actor;
  organisation: Organisation;
  municipalityName: string;
  members: Member[];
  /** Pending invitations, for those allowed to see them (owners); null for others. */
  invitations: Invitation[] | null;
  invite: FormState;
  notice?: string | undefined;
  problem?: string | undefined;
}

/** One organisation: its details, members, pending invitations and the forms to manage them. */
export function OrganisationPage(props: OrganisationPageProps) {
  const { view, actor, organisation: o } = props;
  const { t } = view;
  const role = o.myRole;
  const counts = { owners: props.members.filter((m) => m.role === 'owner').length, members: props.members.length };
  const fact = (label: string, value: string | null) => (
    <div>
      <dt>{label}</dt>
      <dd>{value ?? '—'}</dd>
    </div>
  );
  return (
    <Layout view={view} meta={{ title: o.legalName, description: t('org.detail.description'), nav: 'none' }}>
      <p>
        <a href={view.href('/organisations')}>{t('org.detail.back')}</a>
      </p>
      <h1>{o.legalName}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <Problem message={props.problem} />

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('org.detail.detailsTitle')}</h2>
        <dl class="facts">
          {fact(t('org.field.type'), t(`org.type.${o.type}`))}
          {fact(
            t('org.field.enterpriseNumber'),
            o.enterpriseNumber ? formatEnterpriseNumber(o.enterpriseNumber) : null,
          )}
          {fact(
            t('org.detail.enterpriseChecked'),
            o.enterpriseCheckedAt ? formatInstant(o.enterpriseCheckedAt, view.lang) : t('org.detail.notChecked'),
          )}
          {fact(t('org.form.addressLegend'), `${o.street}, ${o.postalCode} ${o.city}`)}
          {fact(t('org.field.municipality'), props.municipalityName)}
          {fact(t('org.field.iban'), o.iban ? formatIban(o.iban) : null)}
          {fact(t('org.field.lang'), t(`lang.${o.lang}`))}
          {o.type === 'school' ? (
            <>
              {fact(t('org.field.schoolNumber'), o.schoolNumber)}
              {fact(
                t('org.field.languageSystem'),
                o.languageSystem ? t(`org.languageSystem.${o.languageSystem}`) : null,
              )}
              {fact(t('org.field.schoolLevel'), o.schoolLevel ? t(`org.schoolLevel.${o.schoolLevel}`) : null)}
              {o.educationType ? fact(t('org.field.educationType'), t(`org.educationType.${o.educationType}`)) : null}
            </>
          ) : null}
          {fact(t('org.list.myRole'), role ? t(`org.role.${role}`) : null)}
        </dl>
        {o.enterpriseNumber && organisationPolicy.checkEnterpriseNumber(actor).ok ? (
          <div class="officer-check">
            <p>
              <a
                href={`https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?nummer=${o.enterpriseNumber}&actionLu=Zoek`}
                rel="external noopener"
              >
                {t('org.check.lookup')}
              </a>
            </p>
            <Form action={view.href(`/organisations/${o.id}/check-enterprise`)} csrf={view.csrf} class="inline-form">
              <button type="submit" class="button">
                {t('org.check.submit')}
              </button>
            </Form>
          </div>
        ) : null}
        {organisationPolicy.update(actor, role).ok ? (
          <p>
            <a class="button" href={view.href(`/organisations/${o.id}/edit`)}>
              {t('org.detail.edit')}
            </a>
          </p>
        ) : null}
      </section>

      <MembersSection {...props} />

      {organisationPolicy.invite(actor, role).ok ? (
        <section aria-labelledby="invite-title" class="narrow">
          <h2 id="invite-title">{t('org.invite.title')}</h2>
          <p>{t('org.invite.lead')}</p>
          <ErrorSummary view={view} errors={props.invite.errors} />
          <Form action={view.href(`/organisations/${o.id}/invitations`)} csrf={view.csrf}>
            <Field view={view} state={props.invite} name="email" type="email" label={t('field.email')} required />
            <SelectField
              view={view}
              state={props.invite}
              name="role"
              label={t('org.invite.role')}
              options={organisationRoles.map((r) => ({ value: r, label: t(`org.role.${r}`) }))}
            />
            <button type="submit" class="button">
              {t('org.invite.submit')}
            </button>
          </Form>
        </section>
      ) : null}

      {role !== null ? (
        <section aria-labelledby="leave-title" class="narrow">
          <h2 id="leave-title">{t('org.leave.title')}</h2>
          {organisationPolicy.leave(actor, role, counts).ok ? (
            <Form action={view.href(`/organisations/${o.id}/leave`)} csrf={view.csrf}>
              <p>{t('org.leave.lead')}</p>
              <button type="submit" class="button button-danger">
                {t('org.leave.submit')}
              </button>
            </Form>
          ) : (
            <p>{t('org.leave.lastOwner')}</p>
          )}
        </section>
      ) : null}
    </Layout>
  );
}
