import type { Child } from 'hono/jsx';
import { formatMoney } from '../../../core/format.ts';
import { type Localized, pick } from '../../../core/i18n/index.ts';
import type { ApplicationView, MyApplication } from '../../../domain/applications/index.ts';
import { formatBrussels, timeLeft } from '../../../domain/calls/index.ts';
import type { Answers, EligibilityQuestion, FormDefinition, SectionDefinition } from '../../../domain/forms/index.ts';
import { ErrorSummary, Notice } from '../../components/form.tsx';
import {
  AutosaveStatus,
  autosaveAttributes,
  FormAnswersView,
  FormErrorSummary,
  FormSectionFields,
  FormsScript,
  type SchoolOption,
  sectionHasFile,
} from '../../components/form-definition.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

const meta = (title: string, description: string) => ({ title, description, nav: 'none' as const });

function Csrf(props: { view: View }) {
  return <input type="hidden" name="_csrf" value={props.view.csrf} />;
}

function StateBadge(props: { view: View; state: string }) {
  return (
    <span class={`tag app-state-${props.state}`}>{props.view.t(`applications.state.${props.state}` as never)}</span>
  );
}

/** "closes on …, 12 days left", or "closed on …". */
function Deadline(props: { view: View; closesAt: Date | null; now: Date }) {
  const { view, closesAt, now } = props;
  if (!closesAt) return null;
  const date = formatBrussels(closesAt, view.lang);
  if (closesAt.getTime() <= now.getTime()) return <p>{view.t('applications.page.callClosed', { date })}</p>;
  const left = timeLeft(closesAt, now);
  return (
    <p>
      {view.t('applications.page.callClosesIn', {
        date,
        left: view.t(`call.left.${left.unit}`, { count: left.count }),
      })}
    </p>
  );
}

/* ---------- Dashboard ---------- */

export function MyApplicationsPage(props: { view: View; applications: MyApplication[]; notice?: string | undefined }) {
  const { view, applications } = props;
  const { t } = view;
  const next = (a: MyApplication) => {
    const deadline = a.deadline ? formatBrussels(a.deadline, view.lang) : '';
    if (a.next === 'complete') return t('applications.next.complete', { deadline });
    if (a.next === 'answer')
      return deadline ? t('applications.next.answer', { deadline }) : t('applications.next.answerNoDate');
    return t(`applications.next.${a.next}`);
  };
  return (
    <Layout view={view} meta={meta(t('applications.list.title'), t('applications.list.description'))}>
      <h1>{t('applications.list.title')}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <p class="lead">{t('applications.list.lead')}</p>
      <p>
        <a class="button" href={view.href('/calls')}>
          {t('applications.list.findCall')}
        </a>
      </p>
      {applications.length === 0 ? (
        <p>{t('applications.list.empty')}</p>
      ) : (
        <TableScroll view={view}>
          <table class="data-table">
            <caption>{t('applications.list.caption', { count: applications.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.col.reference')}</th>
                <th scope="col">{t('applications.col.project')}</th>
                <th scope="col">{t('applications.col.call')}</th>
                <th scope="col">{t('applications.col.organisation')}</th>
                <th scope="col">{t('applications.col.state')}</th>
                <th scope="col">{t('applications.col.next')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr>
                  <th scope="row">
                    <a href={view.href(`/applications/${a.id}`)}>{a.reference}</a>
                    {a.demo ? <span class="tag tag-demo">{t('applications.demo')}</span> : null}
                  </th>
                  <td>{a.title || t('applications.untitled')}</td>
                  <td>{pick(a.callTitle, view.lang)}</td>
                  <td>{a.organisation}</td>
                  <td>
                    <StateBadge view={view} state={a.state} />
                  </td>
                  <td>{next(a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Layout>
  );
}

/* ---------- Start ---------- */

export interface StartPageProps {
  view: View;
  call: { code: string; title: Localized; closesAt: Date | null; questions: EligibilityQuestion[] };
  organisations: { id: string; name: string }[];
  values: Record<string, string>;
  errors: Record<string, string>;
  reasons?: string[] | undefined;
  existing?: { id: string; reference: string } | undefined;
  now: Date;
}

export function StartApplicationPage(props: StartPageProps) {
  const { view, call, values, errors } = props;
  const { t } = view;
  const title = t('applications.new.title', { call: pick(call.title, view.lang) });
  return (
    <Layout view={view} meta={meta(title, t('applications.new.description'))}>
      <h1>{title}</h1>
      <Deadline view={view} closesAt={call.closesAt} now={props.now} />
      {props.reasons?.length ? (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary" aria-labelledby="not-eligible">
          <h2 id="not-eligible">{t('applications.new.notEligible')}</h2>
          <ul>
            {props.reasons.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorSummary view={view} errors={errors} />
      )}
      {props.existing ? (
        <Notice>
          {t('applications.new.existing', { reference: props.existing.reference })}{' '}
          <a href={view.href(`/applications/${props.existing.id}`)}>{t('applications.new.openExisting')}</a>
        </Notice>
      ) : null}
      <p class="lead">{t('applications.new.lead')}</p>
      {props.organisations.length === 0 ? (
        <>
          <p>{t('applications.new.noOrganisation')}</p>
          <p>
            <a class="button" href={view.href('/organisations/new')}>
              {t('applications.new.createOrganisation')}
            </a>
          </p>
        </>
      ) : (
        <form
          method="post"
          action={view.href(`/applications/new?call=${encodeURIComponent(call.code)}`)}
          class="form"
          novalidate
        >
          <Csrf view={view} />
          <div class={`field${errors.organisationId ? ' field-error' : ''}`}>
            <label for="field-organisationId">{t('applications.new.organisation')}</label>
            {errors.organisationId ? (
              <p class="error-message" id="field-organisationId-error">
                {errors.organisationId}
              </p>
            ) : null}
            <select
              id="field-organisationId"
              name="organisationId"
              aria-describedby={errors.organisationId ? 'field-organisationId-error' : undefined}
            >
              {props.organisations.map((o) => (
                <option value={o.id} selected={values.organisationId === o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          {call.questions.length ? (
            <fieldset class="fieldset">
              <legend>{t('applications.new.questions')}</legend>
              {call.questions.map((q) => {
                const name = `eligibility.${q.key}`;
                const error = errors[name];
                return (
                  <fieldset class={`field radio-group${error ? ' field-error' : ''}`} id={`field-${name}`}>
                    <legend>{pick(q.question, view.lang)}</legend>
                    {error ? <p class="error-message">{error}</p> : null}
                    {(['yes', 'no'] as const).map((answer) => (
                      <label class="radio">
                        <input type="radio" name={name} value={answer} checked={values[name] === answer} />{' '}
                        {t(answer === 'yes' ? 'common.yes' : 'common.no')}
                      </label>
                    ))}
                  </fieldset>
                );
              })}
            </fieldset>
          ) : null}
          <button type="submit" class="button">
            {t('applications.new.submit')}
          </button>
        </form>
      )}
    </Layout>
  );
}

/* ---------- Application overview ---------- */

export interface SectionStatus {
  section: SectionDefinition;
  problems: number;
  answered: boolean;
}

export function ApplicationPage(props: {
  view: View;
  app: ApplicationView;
  statuses: SectionStatus[];
  fileLinks: Record<string, string>;
  notice?: string | undefined;
  errors: Record<string, string>;
  values: Record<string, string>;
}) {
  const { view, app, statuses } = props;
  const { t } = view;
  const a = app.application;
  const base = `/applications/${a.id}`;
  const title = `${a.reference} – ${a.title || t('applications.untitled')}`;
  const lang = view.lang;
  const answers: Answers = a.submitted ?? a.answers;
  return (
    <Layout view={view} meta={meta(title, t('applications.page.description', { reference: a.reference }))}>
      <p class="eyebrow">
        {pick(app.call.title, lang)} · {app.organisation.legalName}
      </p>
      <h1>{title}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary view={view} errors={props.errors} />
      <p class="badges">
        <StateBadge view={view} state={a.state} />
        {a.demo ? <span class="tag tag-demo">{t('applications.demo')}</span> : null}
      </p>
      {a.submittedAt ? (
        <p>{t('applications.page.submittedOn', { date: formatBrussels(a.submittedAt, lang) })}</p>
      ) : null}
      {a.screeningReason ? <p>{t('applications.page.screeningReason', { reason: a.screeningReason })}</p> : null}
      <Deadline view={view} closesAt={app.call.closesAt} now={new Date()} />
      <p>
        {t('applications.page.amounts', {
          total: formatMoney(a.totalCents, lang),
          cofunding: formatMoney(a.cofundingCents, lang),
          requested: formatMoney(a.requestedCents, lang),
        })}
      </p>

      {app.informationRequests.length ? (
        <section aria-labelledby="info-title">
          <h2 id="info-title">{t('applications.info.title')}</h2>
          {app.informationRequests.map((r) => (
            <div class="card">
              <p class="eyebrow">
                {t('applications.info.requested', {
                  date: formatBrussels(r.requestedAt, lang),
                  due: formatBrussels(r.dueAt, lang),
                })}
              </p>
              <p class="prewrap">{r.message}</p>
              {r.answeredAt ? (
                <>
                  <p class="eyebrow">
                    {t('applications.info.answeredOn', { date: formatBrussels(r.answeredAt, lang) })}
                  </p>
                  <p class="prewrap">{r.answer}</p>
                </>
              ) : app.actions.includes('answer_information') ? (
                <form
                  method="post"
                  action={view.href(`${base}/information-requests/${r.id}/answer`)}
                  class="form"
                  novalidate
                >
                  <Csrf view={view} />
                  <div class={`field${props.errors.answer ? ' field-error' : ''}`}>
                    <label for="field-answer">{t('applications.info.answer')}</label>
                    {props.errors.answer ? (
                      <p class="error-message" id="field-answer-error">
                        {props.errors.answer}
                      </p>
                    ) : null}
                    <textarea id="field-answer" name="answer" rows={6}>
                      {props.values.answer ?? ''}
                    </textarea>
                  </div>
                  <button type="submit" class="button">
                    {t('applications.info.send')}
                  </button>
                </form>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}

      {a.state === 'draft' ? (
        <section aria-labelledby="steps-title">
          <h2 id="steps-title">{t('applications.page.steps')}</h2>
          <ol class="steps">
            {statuses.map((s) => (
              <li class={s.problems ? 'step step-todo' : 'step step-done'}>
                <a href={view.href(`${base}/sections/${s.section.key}`)}>{pick(s.section.title, lang)}</a>{' '}
                <span class="step-status">
                  {s.problems
                    ? s.answered
                      ? t('applications.page.stepProblems', { count: s.problems })
                      : t('applications.page.stepIncomplete')
                    : t('applications.page.stepComplete')}
                </span>
              </li>
            ))}
          </ol>
          {app.editable ? (
            <p>
              <a class="button" href={view.href(`${base}/submit`)}>
                {t('applications.page.review')}
              </a>
            </p>
          ) : (
            <Notice>{t('applications.error.callClosed')}</Notice>
          )}
        </section>
      ) : (
        <section aria-labelledby="answers-title">
          <h2 id="answers-title">{t('applications.page.submittedVersion')}</h2>
          <FormAnswersView
            view={view}
            form={app.form.form}
            answers={answers}
            years={app.years}
            files={props.fileLinks}
            level={3}
          />
        </section>
      )}

      <p>
        <a href={view.href(`${base}.pdf`)}>{t('applications.page.pdf')}</a>
      </p>

      {app.actions.includes('withdraw') ? (
        <form method="post" action={view.href(`${base}/withdraw`)} class="form">
          <Csrf view={view} />
          <p>{t('applications.page.withdrawHint')}</p>
          <button type="submit" class="button button-secondary">
            {t('applications.page.withdraw')}
          </button>
        </form>
      ) : null}

      {app.access === 'member' || app.access === 'collaborator' ? (
        <section aria-labelledby="co-title">
          <h2 id="co-title">{t('applications.co.title')}</h2>
          <p>{t('applications.co.lead', { organisation: app.organisation.legalName })}</p>
          {app.collaborators.length ? (
            <ul>
              {app.collaborators.map((p) => (
                <li>
                  {p.name} ({p.email})
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('applications.co.none')}</p>
          )}
          {app.access === 'member' && app.application.state === 'draft' ? (
            <form method="post" action={view.href(`${base}/co-applicants`)} class="form narrow" novalidate>
              <Csrf view={view} />
              <div class={`field${props.errors.email ? ' field-error' : ''}`}>
                <label for="field-email">{t('applications.co.email')}</label>
                {props.errors.email ? (
                  <p class="error-message" id="field-email-error">
                    {props.errors.email}
                  </p>
                ) : null}
                <input id="field-email" name="email" type="email" autocomplete="off" value={props.values.email ?? ''} />
              </div>
              <button type="submit" class="button">
                {t('applications.co.invite')}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}

/* ---------- One section ---------- */

export function SectionPage(props: {
  view: View;
  app: ApplicationView;
  section: SectionDefinition;
  answers: Answers;
  errors: Record<string, string>;
  schools: SchoolOption[];
  sectionVersion: number;
  conflict?: boolean | undefined;
  moreRows?: string | undefined;
  notice?: string | undefined;
  banner?: string | undefined;
}) {
  const { view, app, section } = props;
  const { t } = view;
  const a = app.application;
  const base = `/applications/${a.id}`;
  const sections = app.form.form.sections;
  const index = sections.findIndex((s) => s.key === section.key);
  const sectionTitle = pick(section.title, view.lang);
  const title = t('applications.section.title', { section: sectionTitle, reference: a.reference });
  const multipart = sectionHasFile(section);
  const attributes = app.editable ? autosaveAttributes(view) : {};
  return (
    <Layout view={view} meta={meta(title, t('applications.page.description', { reference: a.reference }))}>
      <p class="eyebrow">
        <a href={view.href(base)}>{t('applications.section.back')}</a> · {a.reference} ·{' '}
        {t('applications.section.stepOf', { n: index + 1, count: sections.length })}
      </p>
      <h1>{sectionTitle}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.banner ? <Notice>{props.banner}</Notice> : null}
      {props.conflict ? (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{t('applications.error.sectionConflict')}</h2>
          <p>{t('applications.section.conflict')}</p>
          <p>
            <a href={view.href(`${base}/sections/${section.key}`)} target="_blank" rel="noopener">
              {t('applications.section.conflictLink')}
            </a>
          </p>
        </div>
      ) : (
        <FormErrorSummary view={view} errors={props.errors} section={section} />
      )}
      {app.editable ? (
        <form
          method="post"
          action={view.href(`${base}/sections/${section.key}`)}
          class="form application-form"
          enctype={multipart ? 'multipart/form-data' : undefined}
          novalidate
          {...attributes}
        >
          <Csrf view={view} />
          <input type="hidden" name="sectionVersion" value={String(props.sectionVersion)} />
          <FormSectionFields
            view={view}
            section={section}
            answers={props.answers}
            errors={props.errors}
            years={app.years}
            schools={props.schools}
            form={app.form.form}
            moreRows={props.moreRows}
          />
          <AutosaveStatus />
          <div class="form-actions">
            <button type="submit" class="button" name="go" value="next">
              {t('applications.section.saveNext')}
            </button>
            <button type="submit" class="button button-secondary" name="go" value="stay">
              {t('applications.section.save')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <Notice>{t('applications.section.readOnly')}</Notice>
          <FormAnswersView
            view={view}
            form={{ sections: [section] }}
            answers={props.answers}
            years={app.years}
            level={3}
          />
        </>
      )}
      {app.editable ? <FormsScript /> : null}
    </Layout>
  );
}

/* ---------- Review and submit ---------- */

export function ReviewPage(props: {
  view: View;
  app: ApplicationView;
  form: FormDefinition;
  problems: Record<string, string>;
  errors: Record<string, string>;
  fileLinks: Record<string, string>;
  sectionOf: Record<string, string>;
}) {
  const { view, app } = props;
  const { t } = view;
  const a = app.application;
  const base = `/applications/${a.id}`;
  const title = t('applications.review.title', { reference: a.reference });
  const problemEntries = Object.entries(props.problems);
  const links: Child[] = problemEntries.map(([path, message]) => {
    const section = props.sectionOf[path.split('.')[0] ?? ''] ?? '';
    return (
      <li>
        <a href={view.href(`${base}/sections/${section}`)}>{message}</a>
      </li>
    );
  });
  return (
    <Layout view={view} meta={meta(title, t('applications.page.description', { reference: a.reference }))}>
      <p class="eyebrow">
        <a href={view.href(base)}>{t('applications.section.back')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary view={view} errors={props.errors} />
      <p class="lead">{t('applications.review.lead')}</p>
      {app.call.closesAt ? (
        <p>{t('applications.review.deadline', { date: formatBrussels(app.call.closesAt, view.lang) })}</p>
      ) : null}
      {problemEntries.length ? (
        <div class="notice notice-info" role="status">
          <p>{t('applications.review.problems')}</p>
          <ul>{links}</ul>
        </div>
      ) : (
        <Notice kind="success">{t('applications.review.ready')}</Notice>
      )}
      <FormAnswersView view={view} form={props.form} answers={a.answers} years={app.years} files={props.fileLinks} />
      {app.editable && problemEntries.length === 0 ? (
        <form method="post" action={view.href(`${base}/submit`)} class="form" novalidate>
          <Csrf view={view} />
          <div class={`field checkbox${props.errors.declaration ? ' field-error' : ''}`} id="field-declaration">
            {props.errors.declaration ? <p class="error-message">{props.errors.declaration}</p> : null}
            <label>
              <input type="checkbox" name="declaration" value="yes" /> {t('applications.review.declaration')}
            </label>
          </div>
          <button type="submit" class="button">
            {t('applications.review.submit')}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}

/* ---------- Co-applicant invitation ---------- */

export function CoApplicantInvitationPage(props: {
  view: View;
  token: string;
  invitation: { reference: string; organisation: string } | null;
}) {
  const { view, invitation } = props;
  const { t } = view;
  const title = t('applications.co.acceptTitle');
  return (
    <Layout view={view} meta={meta(title, title)}>
      <h1>{title}</h1>
      {invitation ? (
        <>
          <p>{t('applications.co.acceptLead', invitation)}</p>
          <form method="post" action={view.href(`/co-applicant-invitations/${props.token}`)} class="form">
            <Csrf view={view} />
            <button type="submit" class="button">
              {t('applications.co.accept')}
            </button>
          </form>
        </>
      ) : (
        <p>{t('applications.co.invalid')}</p>
      )}
    </Layout>
  );
}
