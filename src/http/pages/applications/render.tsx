import {
  type ApplicationView,
  getApplication,
  sectionStatuses,
  submissionProblems,
} from '../../../domain/applications/index.ts';
import { getCallRow } from '../../../domain/calls/index.ts';
import type { Answers, SectionDefinition } from '../../../domain/forms/index.ts';
import { listMyOrganisations } from '../../../domain/organisations/index.ts';
import { schoolsByIds, searchSchools } from '../../../domain/schools/index.ts';
import type { FormState } from '../../../web/components/form.tsx';
import type { SchoolOption } from '../../../web/components/form-definition.tsx';
import {
  ApplicationPage,
  ReviewPage,
  SectionPage,
  StartApplicationPage,
} from '../../../web/pages/applications/pages.tsx';
import { type AppDeps, type Ctx, domainContext } from '../../env.ts';
import { noticeOf, personalView, sendPersonalPage } from '../page.ts';
import { notices, type StartRefusal } from './form.ts';

/** What a step of the form shows: the answers (as stored, or as typed when refused) and its problems. */
export type SectionState = { answers: Answers; errors: Record<string, string>; conflict?: boolean; moreRows?: string };

/**
 * The applicant's pages as responses, each also in its refused form: starting an application, the overview, one
 * step of the form, the review before submitting.
 */
export function applicationViews(deps: AppDeps) {
  const viewOf = (c: Ctx) => personalView(c, deps.config.secure);
  const fileLinks = (c: Ctx, app: ApplicationView) =>
    Object.fromEntries(
      app.files.map((f) => [f.id, `/${c.get('lang')}/applications/${app.application.id}/files/${f.id}`]),
    );

  const startPage = async (c: Ctx, state: FormState & Partial<StartRefusal>, status: 200 | 409 | 422 = 200) => {
    const ctx = domainContext(c, deps);
    const call = await getCallRow(ctx, c.req.query('call') ?? '');
    const organisations = (await listMyOrganisations(ctx)).map((o) => ({ id: o.id, name: o.legalName }));
    const { code, title, closesAt } = call;
    const shown = { code, title, closesAt, questions: call.eligibilityQuestions ?? [] };
    const { values, errors, reasons, existing } = state;
    const page = (
      <StartApplicationPage
        view={viewOf(c)}
        call={shown}
        organisations={organisations}
        now={ctx.now}
        {...{ values, errors, reasons, existing }}
      />
    );
    return sendPersonalPage(c, page, status);
  };

  const overview = async (c: Ctx, id: string, state: FormState = { errors: {}, values: {} }, status = 200) => {
    const view = viewOf(c);
    const app = await getApplication(domainContext(c, deps), id);
    const page = (
      <ApplicationPage
        view={view}
        app={app}
        statuses={sectionStatuses(app)}
        fileLinks={fileLinks(c, app)}
        notice={noticeOf(c, view.t, notices)}
        {...state}
      />
    );
    return sendPersonalPage(c, page, status as 200 | 412 | 422);
  };

  /** The choices of the section's school fields: the schools chosen, then those the search (`?schoolSearch=`) finds. */
  const schoolOptions = async (c: Ctx, answers: Answers, section: SectionDefinition): Promise<SchoolOption[]> => {
    if (!section.fields.some((f) => f.type === 'school')) return [];
    const ctx = domainContext(c, deps);
    const chosen = section.fields.flatMap((f) => {
      const v = answers[f.key];
      return f.type === 'school' && Array.isArray(v) ? v.map(String) : [];
    });
    const q = (c.req.query('schoolSearch') ?? '').trim().slice(0, 100);
    const [selected, found] = await Promise.all([
      schoolsByIds(ctx, chosen),
      searchSchools(ctx, { ...(q ? { q } : {}), limit: 100 }),
    ]);
    const seen = new Set<string>();
    return [...selected, ...found]
      .filter((s) => !seen.has(s.id) && seen.add(s.id))
      .map((s) => ({ id: s.id, label: `${s.name} (${s.schoolNumber})` }));
  };

  type SectionState = { answers: Answers; errors: Record<string, string>; conflict?: boolean; moreRows?: string };
  const sectionPage = async (
    c: Ctx,
    app: ApplicationView,
    section: SectionDefinition,
    state: SectionState,
    status = 200,
  ) => {
    const view = viewOf(c);
    const page = (
      <SectionPage
        view={view}
        app={app}
        section={section}
        sectionVersion={app.application.sectionVersions[section.key] ?? 0}
        schools={await schoolOptions(c, state.answers, section)}
        notice={noticeOf(c, view.t, notices)}
        {...state}
      />
    );
    return sendPersonalPage(c, page, status as 200 | 409 | 412 | 422);
  };

  const reviewPage = async (c: Ctx, id: string, errors: Record<string, string>, status = 200) => {
    const view = viewOf(c);
    const app = await getApplication(domainContext(c, deps), id);
    const sectionOf: Record<string, string> = {};
    for (const s of app.form.form.sections) for (const f of s.fields) sectionOf[f.key] = s.key;
    const page = (
      <ReviewPage
        view={view}
        app={app}
        form={app.form.form}
        problems={submissionProblems(app, view.lang)}
        errors={errors}
        fileLinks={fileLinks(c, app)}
        sectionOf={sectionOf}
      />
    );
    return sendPersonalPage(c, page, status as 200 | 412 | 422);
  };

  return { startPage, overview, sectionPage, reviewPage };
}
