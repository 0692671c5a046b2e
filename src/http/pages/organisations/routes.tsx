import { Hono } from 'hono';
import { authorize } from '../../../core/authorize.ts';
import { listMunicipalities } from '../../../domain/municipalities/index.ts';
import {
  acceptInvitation,
  createOrganisation,
  getInvitation,
  getOrganisation,
  inviteMember,
  leaveOrganisation,
  listInvitations,
  listLimit,
  listMembers,
  listMyOrganisations,
  listOrganisations,
  markEnterpriseNumberChecked,
  organisationPolicy,
  removeMember,
  revokeInvitation,
  transferOwnership,
  updateOrganisation,
} from '../../../domain/organisations/index.ts';
import { emptyForm, type FormState } from '../../../web/components/form.tsx';
import { OrganisationPage } from '../../../web/pages/organisations/detail-page.tsx';
import { InvitationPage, InvitationProblemPage } from '../../../web/pages/organisations/invitation-page.tsx';
import { OrganisationsPage } from '../../../web/pages/organisations/list-page.tsx';
import { OrganisationFormPage } from '../../../web/pages/organisations/organisation-form.tsx';
import { municipalityName } from '../../../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from '../../env.ts';
import { formValues, noticeOf, personalView, redirectTo, sendPersonalPage, uuidPattern as uuid } from '../page.ts';
import { refusalOf, renderRefusal } from '../refusal.ts';
import {
  type InvitationRefusal,
  invitationRefusal,
  notices,
  organisationFormValues,
  organisationInputOf,
  organisationRefusal,
} from './form.ts';

/**
 * The organisation pages, under each language prefix: my organisations (every organisation for officers and
 * admins), registering and changing one, its members and invitations, and the page an invitation link opens.
 * Every page is for a signed-in person; the others are sent to sign in (pages/index.ts).
 */
export function organisationPages(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const viewOf = (c: Ctx) => personalView(c, deps.config.secure);
  const origin = deps.config.baseUrl.replace(/\/$/, '');

  routes.get('/organisations', async (c) => {
    const ctx = domainContext(c, deps);
    const view = viewOf(c);
    const municipalities = await listMunicipalities(ctx);
    const notice = noticeOf(c, view.t, notices);
    if (!organisationPolicy.listAll(ctx.actor).ok) {
      const organisations = await listMyOrganisations(ctx);
      return sendPersonalPage(c, <OrganisationsPage {...{ view, organisations, municipalities, notice }} />);
    }
    const q = (c.req.query('q') ?? '').trim().slice(0, 100);
    const organisations = await listOrganisations(ctx, { q });
    const all = { q, limit: listLimit };
    return sendPersonalPage(c, <OrganisationsPage {...{ view, organisations, municipalities, all, notice }} />);
  });

  const formPage = async (c: Ctx, state: FormState, existing?: { id: string; legalName: string }) => {
    const municipalities = await listMunicipalities(domainContext(c, deps));
    const page = (
      <OrganisationFormPage view={viewOf(c)} state={state} municipalities={municipalities} existing={existing} />
    );
    return sendPersonalPage(c, page, Object.keys(state.errors).length ? 422 : 200);
  };

  routes.get('/organisations/new', (c) => formPage(c, emptyForm({ lang: c.get('lang') })));
  routes.post('/organisations/new', async (c) => {
    const values = await formValues(c);
    return renderRefusal(c, () => createOrganisation(domainContext(c, deps), organisationInputOf(values)), {
      values,
      read: organisationRefusal,
      form: (state) => formPage(c, state),
      done: (created) => redirectTo(c, `/organisations/${created.id}?created`),
    });
  });

  /** One organisation: members, invitations (for those who see them), the invitation form, a refusal if any. */
  const detailPage = async (c: Ctx, id: string, forms: { invite?: FormState; problem?: string } = {}) => {
    const ctx = domainContext(c, deps);
    const view = viewOf(c);
    const organisation = await getOrganisation(ctx, id);
    const [members, municipalities] = await Promise.all([listMembers(ctx, id), listMunicipalities(ctx)]);
    const invitations = organisationPolicy.viewInvitations(ctx.actor, organisation.myRole).ok
      ? await listInvitations(ctx, id)
      : null;
    const municipality = municipalities.find((m) => m.nisCode === organisation.municipalityNis);
    const invite = forms.invite ?? emptyForm({ role: 'member' });
    const page = (
      <OrganisationPage
        {...{ view, organisation, members, invitations, invite }}
        actor={ctx.actor}
        municipalityName={municipality ? municipalityName(municipality, view.lang) : organisation.municipalityNis}
        notice={noticeOf(c, view.t, notices)}
        problem={forms.problem}
      />
    );
    const refused = forms.problem || Object.keys(forms.invite?.errors ?? {}).length > 0;
    return sendPersonalPage(c, page, refused ? 422 : 200);
  };

  routes.get(`/organisations/:id{${uuid}}`, (c) => detailPage(c, c.req.param('id')));

  routes.get(`/organisations/:id{${uuid}}/edit`, async (c) => {
    const ctx = domainContext(c, deps);
    const organisation = await getOrganisation(ctx, c.req.param('id'));
    authorize(organisationPolicy.update(ctx.actor, organisation.myRole));
    return formPage(c, emptyForm(organisationFormValues(organisation)), organisation);
  });
  routes.post(`/organisations/:id{${uuid}}/edit`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    const ctx = domainContext(c, deps);
    return renderRefusal(c, () => updateOrganisation(ctx, id, organisationInputOf(values)), {
      values,
      read: organisationRefusal,
      form: async (state) => formPage(c, state, { id, legalName: (await getOrganisation(ctx, id)).legalName }),
      done: () => redirectTo(c, `/organisations/${id}?updated`),
    });
  });

  routes.post(`/organisations/:id{${uuid}}/invitations`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    const input = { email: values.email ?? '', role: values.role || undefined };
    const links = { acceptUrl: (token: string, lang: string) => `${origin}/${lang}/invitations/${token}` };
    return renderRefusal(c, () => inviteMember(domainContext(c, deps), id, input, links), {
      values,
      read: organisationRefusal,
      form: (invite) => detailPage(c, id, { invite }),
      done: () => {
        deps.mailQueued?.();
        return redirectTo(c, `/organisations/${id}?invited`);
      },
    });
  });

  routes.post(`/organisations/:id{${uuid}}/invitations/:invitationId{${uuid}}/revoke`, async (c) => {
    const id = c.req.param('id');
    await revokeInvitation(domainContext(c, deps), id, c.req.param('invitationId'));
    return redirectTo(c, `/organisations/${id}?revoked`);
  });

  routes.post(`/organisations/:id{${uuid}}/members/:userId{[\\w-]{1,64}}/remove`, async (c) => {
    const id = c.req.param('id');
    await removeMember(domainContext(c, deps), id, c.req.param('userId'));
    return redirectTo(c, `/organisations/${id}?removed`);
  });

  routes.post(`/organisations/:id{${uuid}}/check-enterprise`, async (c) => {
    const id = c.req.param('id');
    await markEnterpriseNumberChecked(domainContext(c, deps), id);
    return redirectTo(c, `/organisations/${id}?checked`);
  });

  routes.post(`/organisations/:id{${uuid}}/transfer`, async (c) => {
    const id = c.req.param('id');
    const { to: target = '' } = await formValues(c);
    await transferOwnership(domainContext(c, deps), id, target);
    return redirectTo(c, `/organisations/${id}?transferred`);
  });

  routes.post(`/organisations/:id{${uuid}}/leave`, async (c) => {
    const id = c.req.param('id');
    return renderRefusal(c, () => leaveOrganisation(domainContext(c, deps), id), {
      read: refusalOf('PRECONDITION_FAILED', 422, '_form', 'org.leave.lastOwner'),
      form: (state) => detailPage(c, id, { problem: state.errors._form }),
      done: () => redirectTo(c, '/organisations?left'),
    });
  });

  // The link's page only reads the invitation: joining takes the button (a POST), since mail scanners open links.
  const invitationProblem = (c: Ctx) => (_: FormState, refusal: InvitationRefusal) => {
    const page = <InvitationProblemPage view={viewOf(c)} problem={refusal.reason} email={c.get('user')?.email ?? ''} />;
    return sendPersonalPage(c, page, refusal.status);
  };
  routes.get('/invitations/:token', async (c) => {
    const token = c.req.param('token');
    return renderRefusal(c, () => getInvitation(domainContext(c, deps), token), {
      read: invitationRefusal,
      form: invitationProblem(c),
      done: (invitation) =>
        sendPersonalPage(c, <InvitationPage view={viewOf(c)} token={token} invitation={invitation} />),
    });
  });
  routes.post('/invitations/:token', async (c) => {
    return renderRefusal(c, () => acceptInvitation(domainContext(c, deps), c.req.param('token')), {
      read: invitationRefusal,
      form: invitationProblem(c),
      done: ({ organisationId }) => redirectTo(c, `/organisations/${organisationId}?joined`),
    });
  });

  return routes;
}
