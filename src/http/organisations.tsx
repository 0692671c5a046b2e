import { Hono, type MiddlewareHandler } from 'hono';
import { DomainError } from '../core/errors.ts';
import type { MessageKey } from '../core/i18n/index.ts';
import { listMunicipalities } from '../domain/municipalities/index.ts';
import {
  acceptInvitation,
  createOrganisation,
  formatEnterpriseNumber,
  formatIban,
  getInvitation,
  getOrganisation,
  InvalidInput,
  InvitationError,
  inviteMember,
  leaveOrganisation,
  listInvitations,
  listLimit,
  listMembers,
  listMyOrganisations,
  listOrganisations,
  markEnterpriseNumberChecked,
  type Organisation,
  type OrganisationInput,
  organisationFieldNames,
  organisationPolicy,
  removeMember,
  revokeInvitation,
  transferOwnership,
  updateOrganisation,
} from '../domain/organisations/index.ts';
import { emptyForm, type FormState } from '../web/components/form.tsx';
import { OrganisationPage } from '../web/pages/organisations/detail-page.tsx';
import { InvitationPage, InvitationProblemPage } from '../web/pages/organisations/invitation-page.tsx';
import { OrganisationsPage } from '../web/pages/organisations/list-page.tsx';
import { OrganisationFormPage } from '../web/pages/organisations/organisation-form.tsx';
import { municipalityName, type View } from '../web/view.ts';
import { type AppDeps, type AppEnv, type Ctx, domainContext } from './env.ts';
import { formValues, personalView, sendPersonalPage } from './personal-page.ts';

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The notices a redirect after an action asks for (`?created` ...), each with its text. */
const notices = {
  created: 'org.notice.created',
  updated: 'org.notice.updated',
  invited: 'org.notice.invited',
  revoked: 'org.notice.revoked',
  removed: 'org.notice.removed',
  transferred: 'org.notice.transferred',
  joined: 'org.notice.joined',
  left: 'org.notice.left',
  checked: 'org.notice.checked',
} as const satisfies Record<string, MessageKey>;

/** The organisation form as input: a blank field means "none", which also clears it when editing. */
function organisationInputOf(values: Record<string, string>): OrganisationInput {
  const entries = organisationFieldNames.map((k) => [k, values[k]?.trim() ? values[k] : null]);
  return Object.fromEntries(entries) as OrganisationInput;
}

/** An organisation as the edit form shows it, numbers written the usual way. */
function organisationFormValues(o: Organisation): Record<string, string> {
  const values: Record<string, string> = {};
  for (const k of organisationFieldNames) values[k] = o[k] ?? '';
  if (o.enterpriseNumber) values.enterpriseNumber = formatEnterpriseNumber(o.enterpriseNumber);
  if (o.iban) values.iban = formatIban(o.iban);
  return values;
}

/** A refused form: what was typed, and each field's problem in the reader's language. */
const rejected = (view: View, values: Record<string, string>, error: InvalidInput): FormState => {
  // In the order of the form, so that the summary at the top reads like the form below it.
  const order: readonly string[] = organisationFieldNames;
  const place = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const problems = [...error.problems].sort((a, b) => place(a.field) - place(b.field));
  return { values, errors: Object.fromEntries(problems.map((p) => [p.field, view.t(`org.error.${p.reason}`)])) };
};

/**
 * The organisation pages, under each language prefix: my organisations (every organisation for officers and
 * admins), registering and changing one, its members and invitations, and the page an invitation link opens.
 * Every page is for a signed-in person; the others are sent to sign in.
 */
export function createOrganisationRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const viewOf = (c: Ctx): View => personalView(c, deps.config.secure);
  const privatePage = sendPersonalPage;
  const noticeOf = (c: Ctx, view: View) => {
    const key = Object.keys(notices).find((k) => c.req.query(k) !== undefined) as keyof typeof notices | undefined;
    return key ? view.t(notices[key]) : undefined;
  };
  const to = (c: Ctx, path: string) => c.redirect(`/${c.get('lang')}${path}`, 303);

  // Sign in first. An invitation link comes back to itself once signed in, when the sign-in page honours `next`.
  const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.get('user')) return next();
    const back = c.req.path.includes('/invitations/') ? `?next=${encodeURIComponent(c.req.path)}` : '';
    return c.redirect(`/${c.get('lang')}/sign-in${back}`, 303);
  };
  routes.use('/organisations', signedIn);
  routes.use('/organisations/*', signedIn);
  routes.use('/invitations/*', signedIn);

  routes.get('/organisations', async (c) => {
    const ctx = domainContext(c, deps);
    const view = viewOf(c);
    const municipalities = await listMunicipalities(ctx);
    if (organisationPolicy.listAll(ctx.actor).ok) {
      const q = (c.req.query('q') ?? '').trim().slice(0, 100);
      const organisations = await listOrganisations(ctx, { q });
      const all = { q, limit: listLimit };
      const page = <OrganisationsPage {...{ view, organisations, municipalities, all }} notice={noticeOf(c, view)} />;
      return privatePage(c, page);
    }
    const organisations = await listMyOrganisations(ctx);
    const page = <OrganisationsPage {...{ view, organisations, municipalities }} notice={noticeOf(c, view)} />;
    return privatePage(c, page);
  });

  const formPage = async (c: Ctx, state: FormState, existing?: { id: string; legalName: string }) => {
    const municipalities = await listMunicipalities(domainContext(c, deps));
    const status = Object.keys(state.errors).length ? 422 : 200;
    return privatePage(
      c,
      <OrganisationFormPage view={viewOf(c)} state={state} municipalities={municipalities} existing={existing} />,
      status,
    );
  };

  routes.get('/organisations/new', (c) => formPage(c, emptyForm({ lang: c.get('lang') })));
  routes.post('/organisations/new', async (c) => {
    const values = await formValues(c);
    try {
      const created = await createOrganisation(domainContext(c, deps), organisationInputOf(values));
      return to(c, `/organisations/${created.id}?created`);
    } catch (error) {
      if (error instanceof InvalidInput) return formPage(c, rejected(viewOf(c), values, error));
      throw error;
    }
  });

  const detailPage = async (c: Ctx, id: string, forms: { invite?: FormState; problem?: MessageKey } = {}) => {
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
        notice={noticeOf(c, view)}
        problem={forms.problem ? view.t(forms.problem) : undefined}
      />
    );
    const refused = forms.problem || Object.keys(forms.invite?.errors ?? {}).length > 0;
    return privatePage(c, page, refused ? 422 : 200);
  };

  routes.get(`/organisations/:id{${uuid}}`, (c) => detailPage(c, c.req.param('id')));

  routes.get(`/organisations/:id{${uuid}}/edit`, async (c) => {
    const ctx = domainContext(c, deps);
    const organisation = await getOrganisation(ctx, c.req.param('id'));
    if (!organisationPolicy.update(ctx.actor, organisation.myRole).ok) {
      throw new DomainError('FORBIDDEN', 'Only owners change an organisation');
    }
    return formPage(c, emptyForm(organisationFormValues(organisation)), organisation);
  });
  routes.post(`/organisations/:id{${uuid}}/edit`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    const ctx = domainContext(c, deps);
    try {
      await updateOrganisation(ctx, id, organisationInputOf(values));
      return to(c, `/organisations/${id}?updated`);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      const { legalName } = await getOrganisation(ctx, id);
      return formPage(c, rejected(viewOf(c), values, error), { id, legalName });
    }
  });

  routes.post(`/organisations/:id{${uuid}}/invitations`, async (c) => {
    const id = c.req.param('id');
    const values = await formValues(c);
    const origin = deps.config.baseUrl.replace(/\/$/, '');
    try {
      await inviteMember(
        domainContext(c, deps),
        id,
        { email: values.email ?? '', role: values.role || undefined },
        {
          acceptUrl: (token, lang) => `${origin}/${lang}/invitations/${token}`,
        },
      );
    } catch (error) {
      if (error instanceof InvalidInput) return detailPage(c, id, { invite: rejected(viewOf(c), values, error) });
      throw error;
    }
    deps.mailQueued?.();
    return to(c, `/organisations/${id}?invited`);
  });

  routes.post(`/organisations/:id{${uuid}}/invitations/:invitationId{${uuid}}/revoke`, async (c) => {
    const id = c.req.param('id');
    await revokeInvitation(domainContext(c, deps), id, c.req.param('invitationId'));
    return to(c, `/organisations/${id}?revoked`);
  });

  routes.post(`/organisations/:id{${uuid}}/members/:userId{[\\w-]{1,64}}/remove`, async (c) => {
    const id = c.req.param('id');
    await removeMember(domainContext(c, deps), id, c.req.param('userId'));
    return to(c, `/organisations/${id}?removed`);
  });

  routes.post(`/organisations/:id{${uuid}}/check-enterprise`, async (c) => {
    const id = c.req.param('id');
    await markEnterpriseNumberChecked(domainContext(c, deps), id);
    return to(c, `/organisations/${id}?checked`);
  });

  routes.post(`/organisations/:id{${uuid}}/transfer`, async (c) => {
    const id = c.req.param('id');
    const { to: target = '' } = await formValues(c);
    await transferOwnership(domainContext(c, deps), id, target);
    return to(c, `/organisations/${id}?transferred`);
  });

  routes.post(`/organisations/:id{${uuid}}/leave`, async (c) => {
    const id = c.req.param('id');
    try {
      await leaveOrganisation(domainContext(c, deps), id);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'PRECONDITION_FAILED') {
        return detailPage(c, id, { problem: 'org.leave.lastOwner' });
      }
      throw error;
    }
    return to(c, '/organisations?left');
  });

  // The link's page only reads the invitation: joining takes the button (a POST), since mail scanners open links.
  const invitationProblem = (c: Ctx, error: InvitationError) => {
    const status = { unknown: 404, expired: 410, revoked: 410, used: 410, wrongAddress: 403 } as const;
    const page = <InvitationProblemPage view={viewOf(c)} problem={error.reason} email={c.get('user')?.email ?? ''} />;
    return privatePage(c, page, status[error.reason]);
  };
  routes.get('/invitations/:token', async (c) => {
    const token = c.req.param('token');
    try {
      const invitation = await getInvitation(domainContext(c, deps), token);
      return privatePage(c, <InvitationPage view={viewOf(c)} token={token} invitation={invitation} />);
    } catch (error) {
      if (error instanceof InvitationError) return invitationProblem(c, error);
      throw error;
    }
  });
  routes.post('/invitations/:token', async (c) => {
    try {
      const { organisationId } = await acceptInvitation(domainContext(c, deps), c.req.param('token'));
      return to(c, `/organisations/${organisationId}?joined`);
    } catch (error) {
      if (error instanceof InvitationError) return invitationProblem(c, error);
      throw error;
    }
  });

  return routes;
}
