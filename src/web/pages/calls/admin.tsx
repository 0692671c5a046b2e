import { formatInstant } from '../../../core/format.ts';
import { languages, pick } from '../../../core/i18n/index.ts';
import type { CallDetail, CallSummary, FormVersion, PhaseAction } from '../../../domain/calls/index.ts';
import { organisationTypes } from '../../../domain/organisations/index.ts';
import type { Scheme } from '../../../domain/programmes-calls/index.ts';
import { ErrorSummary, FieldFrame, Form, type FormState, fieldIds, Notice } from '../../components/form.tsx';
import { FormSectionFields } from '../../components/form-definition.tsx';
import { SubNav } from '../../components/sub-nav.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { money, StateBadges } from './parts.tsx';

const years = (call: CallDetail) =>
  Array.from({ length: call.periodEnd - call.periodStart + 1 }, (_, i) => call.periodStart + i);

/** How many empty rows the question and criterion editors offer below the filled ones. */
export const spareRows = 2;

function CallsNav(props: { view: View; call?: { code: string }; current: 'list' | 'edit' | 'form' | 'new' }) {
  const { view, call } = props;
  const { t } = view;
  const items = [
    { key: 'list', path: '/admin/calls', label: t('call.admin.title') },
    ...(call
      ? [
          { key: 'edit', path: `/admin/calls/${call.code}`, label: t('call.admin.edit') },
          { key: 'form', path: `/admin/calls/${call.code}/form`, label: t('call.form.title') },
          { key: 'applications', path: `/admin/calls/${call.code}/applications`, label: t('call.admin.applications') },
          { key: 'public', path: `/calls/${call.code}`, label: t('call.admin.view') },
        ]
      : [{ key: 'new', path: '/admin/calls/new', label: t('call.admin.new') }]),
  ];
  return <SubNav view={view} label={t('call.admin.title')} items={items} current={props.current} />;
}

/** The officers' list of calls: state now, key dates, envelope, applications started and submitted. */
export function AdminCallsPage(props: {
  view: View;
  calls: (CallSummary & { applications: number; submitted: number })[];
  notice?: string | undefined;
}) {
  const { view, calls } = props;
  const { t, lang } = view;
  return (
    <Layout view={view} meta={{ title: t('call.admin.title'), description: t('call.admin.caption'), nav: 'none' }}>
      <CallsNav view={view} current="list" />
      <h1>{t('call.admin.title')}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <p>
        <a class="button" href={view.href('/admin/calls/new')}>
          {t('call.admin.new')}
        </a>
      </p>
      {calls.length === 0 ? (
        <p>{t('call.admin.none')}</p>
      ) : (
        <TableScroll view={view}>
          <table class="data-table">
            <caption>{t('call.admin.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('call.admin.code')}</th>
                <th scope="col">{t('call.admin.state')}</th>
                <th scope="col">{t('call.opens')}</th>
                <th scope="col">{t('call.closes')}</th>
                <th scope="col" class="num">
                  {t('call.envelope')}
                </th>
                <th scope="col" class="num">
                  {t('call.admin.applications')}
                </th>
                <th scope="col" class="num">
                  {t('call.admin.submitted')}
                </th>
              </tr>
            </thead>
            <tbody>
              {calls.map((call) => (
                <tr>
                  <th scope="row">
                    <a href={view.href(`/admin/calls/${call.code}`)}>{pick(call.title, lang)}</a>
                    <br />
                    <span class="muted">{call.code}</span>
                  </th>
                  <td>
                    <StateBadges view={view} state={call.state} demo={call.demo} />
                  </td>
                  <td class="nowrap">
                    {call.opensAt
                      ? formatInstant(new Date(call.opensAt), lang, { date: 'medium', time: 'short' })
                      : '—'}
                  </td>
                  <td class="nowrap">
                    {call.closesAt
                      ? formatInstant(new Date(call.closesAt), lang, { date: 'medium', time: 'short' })
                      : '—'}
                  </td>
                  <td class="num">{money(view, call.envelopeCents)}</td>
                  <td class="num">
                    <a href={view.href(`/admin/calls/${call.code}/applications`)}>{call.applications}</a>
                  </td>
                  <td class="num">{call.submitted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Layout>
  );
}

function TextInput(props: {
  view: View;
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  type?: string;
  required?: boolean;
  inputmode?: 'decimal' | 'numeric';
  long?: boolean;
}) {
  const { name, state } = props;
  const { id, error, described } = fieldIds(name, state, props.hint);
  return (
    <FieldFrame view={props.view} id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      {props.long ? (
        <textarea
          id={id}
          name={name}
          rows={6}
          required={props.required}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
        >
          {state.values[name] ?? ''}
        </textarea>
      ) : (
        <input
          id={id}
          name={name}
          type={props.type ?? 'text'}
          value={state.values[name] ?? ''}
          required={props.required}
          inputmode={props.inputmode}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
        />
      )}
    </FieldFrame>
  );
}

const langName = (view: View, l: string) => view.t(`lang.${l}` as 'lang.fr');

/** Rows of eligibility questions: key, question and reason in three languages, the answer that excludes. */
/** The same text in French, Dutch and English: one input per language, named `<name>_<lang>`. */
function LocalizedInputs(props: {
  view: View;
  name: string;
  label: Parameters<View['t']>[0];
  state: FormState;
  required?: boolean;
  long?: boolean;
}) {
  const { view } = props;
  return (
    <>
      {languages.map((l) => (
        <TextInput
          view={view}
          name={`${props.name}_${l}`}
          label={view.t(props.label, { lang: langName(view, l) })}
          state={props.state}
          required={props.required}
          long={props.long}
        />
      ))}
    </>
  );
}

function QuestionRows(props: { view: View; state: FormState; rows: number }) {
  const { view, state } = props;
  const { t } = view;
  return (
    <fieldset class="field" id="field-eligibilityQuestions">
      <legend>{t('call.field.eligibilityQuestions')}</legend>
      <p class="hint">{t('call.field.questionsHint')}</p>
      {state.errors.eligibilityQuestions ? <p class="error-message">{state.errors.eligibilityQuestions}</p> : null}
      {Array.from({ length: props.rows }, (_, i) => (
        <fieldset class="field editor-row">
          <legend>{t('call.q.row', { n: i + 1 })}</legend>
          <TextInput view={view} name={`eligibilityQuestions_${i}_key`} label={t('call.q.key')} state={state} />
          <LocalizedInputs
            view={view}
            name={`eligibilityQuestions_${i}_question`}
            label="call.q.question"
            state={state}
          />
          <div class="field">
            <label for={`field-eligibilityQuestions_${i}_blockingAnswer`}>{t('call.q.blocking')}</label>
            <select
              id={`field-eligibilityQuestions_${i}_blockingAnswer`}
              name={`eligibilityQuestions_${i}_blockingAnswer`}
            >
              {(['no', 'yes'] as const).map((a) => (
                <option value={a} selected={state.values[`eligibilityQuestions_${i}_blockingAnswer`] === a}>
                  {t(a === 'yes' ? 'common.yes' : 'common.no')}
                </option>
              ))}
            </select>
          </div>
          <LocalizedInputs view={view} name={`eligibilityQuestions_${i}_reason`} label="call.q.reason" state={state} />
        </fieldset>
      ))}
    </fieldset>
  );
}

/**
 * The form that creates or changes a call. Texts change at any time; once the call has opened, dates, amounts
 * and eligibility are shown but cannot be sent (the fieldset is disabled, and the verb refuses them anyway).
 */
export function CallEditorPage(props: {
  view: View;
  state: FormState;
  schemes: Scheme[];
  call?: CallDetail | undefined;
  settingsEditable: boolean;
  questionRows: number;
  transitions: PhaseAction[];
  notice?: string | undefined;
  documentError?: string | undefined;
  maxUploadMb: number;
}) {
  const { view, state, call } = props;
  const { t, lang } = view;
  const title = call ? pick(call.title, lang) : t('call.admin.new');
  const action = call ? view.href(`/admin/calls/${call.code}`) : view.href('/admin/calls/new');
  return (
    <Layout view={view} meta={{ title, description: t('call.admin.title'), nav: 'none' }}>
      <CallsNav view={view} call={call} current={call ? 'edit' : 'new'} />
      <h1>{title}</h1>
      {call ? <StateBadges view={view} state={call.state} demo={call.demo} /> : null}
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary view={view} errors={state.errors} />
      {call ? (
        <section aria-labelledby="phase-title">
          <h2 id="phase-title">{t('call.admin.phaseTitle')}</h2>
          {props.transitions.length ? (
            <div class="button-row">
              {props.transitions.map((a) => (
                <Form action={view.href(`/admin/calls/${call.code}/phase`)} csrf={view.csrf} class="inline-form">
                  <input type="hidden" name="action" value={a} />
                  <button type="submit" class="button">
                    {t(`call.phase.${a}`)}
                  </button>
                </Form>
              ))}
            </div>
          ) : (
            <p>{t('call.admin.noPhase')}</p>
          )}
        </section>
      ) : null}
      <Form action={action} csrf={view.csrf}>
        <h2>{t('call.admin.texts')}</h2>
        {call ? null : (
          <div class="field">
            <label for="field-schemeCode">{t('call.field.schemeCode')}</label>
            <select id="field-schemeCode" name="schemeCode">
              {props.schemes.map((s) => (
                <option value={s.code} selected={state.values.schemeCode === s.code}>
                  {pick(s.name, lang)}
                </option>
              ))}
            </select>
          </div>
        )}
        <LocalizedInputs view={view} name="title" label="call.field.title" state={state} required />
        <LocalizedInputs view={view} name="body" label="call.field.body" state={state} required long />
        <LocalizedInputs view={view} name="whoMayApply" label="call.field.whoMayApply" state={state} required long />
        <h2>{t('call.admin.settings')}</h2>
        <p class="notice notice-info">
          {props.settingsEditable ? t('call.admin.settingsOpen') : t('call.admin.settingsLocked')}
        </p>
        <fieldset class="plain-fieldset" disabled={!props.settingsEditable}>
          <legend class="visually-hidden">{t('call.admin.settings')}</legend>
          <TextInput
            view={view}
            name="periodStart"
            label={t('call.field.periodStart')}
            state={state}
            inputmode="numeric"
            required
          />
          <TextInput
            view={view}
            name="periodEnd"
            label={t('call.field.periodEnd')}
            hint={t('call.field.periodEndHint')}
            state={state}
            inputmode="numeric"
          />
          <TextInput
            view={view}
            name="opensAt"
            type="datetime-local"
            label={t('call.field.opensAt')}
            hint={t('call.field.dateTimeHint')}
            state={state}
            required
          />
          <TextInput
            view={view}
            name="closesAt"
            type="datetime-local"
            label={t('call.field.closesAt')}
            hint={t('call.field.dateTimeHint')}
            state={state}
            required
          />
          <TextInput
            view={view}
            name="envelopeCents"
            label={t('call.field.envelopeCents')}
            state={state}
            inputmode="decimal"
            required
          />
          <TextInput
            view={view}
            name="envelopeByYear"
            label={t('call.field.envelopeByYear')}
            hint={t('call.field.envelopeByYearHint')}
            state={state}
            long
          />
          <TextInput
            view={view}
            name="minPerProjectCents"
            label={t('call.field.minPerProjectCents')}
            state={state}
            inputmode="decimal"
            required
          />
          <TextInput
            view={view}
            name="maxPerProjectCents"
            label={t('call.field.maxPerProjectCents')}
            state={state}
            inputmode="decimal"
            required
          />
          <h2>{t('call.admin.eligibility')}</h2>
          <fieldset class="field" id="field-eligibleTypes">
            <legend>{t('call.field.eligibleTypes')}</legend>
            {state.errors.eligibleTypes ? <p class="error-message">{state.errors.eligibleTypes}</p> : null}
            {organisationTypes.map((type) => (
              <label class="check">
                <input
                  type="checkbox"
                  name="eligibleTypes"
                  value={type}
                  checked={(state.values.eligibleTypes ?? '').split(',').includes(type)}
                />
                {t(`org.type.${type}`)}
              </label>
            ))}
          </fieldset>
          <QuestionRows view={view} state={state} rows={props.questionRows} />
        </fieldset>
        <p>
          <button type="submit" class="button">
            {call ? t('call.admin.save') : t('call.admin.create')}
          </button>
        </p>
      </Form>
      {call ? <Documents view={view} call={call} error={props.documentError} maxUploadMb={props.maxUploadMb} /> : null}
    </Layout>
  );
}

function Documents(props: { view: View; call: CallDetail; error?: string | undefined; maxUploadMb: number }) {
  const { view, call } = props;
  const { t } = view;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('call.documents')}</h2>
      {call.documents.length ? (
        <ul>
          {call.documents.map((d) => (
            <li>
              <a href={view.href(`/calls/${call.code}/documents/${d.id}`)}>{d.title}</a> ({d.fileName}){' '}
              <Form
                action={view.href(`/admin/calls/${call.code}/documents/${d.id}/remove`)}
                csrf={view.csrf}
                class="inline-form"
              >
                <button type="submit" class="link-button">
                  {t('call.doc.remove')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('call.noDocuments')}</p>
      )}
      <form
        method="post"
        action={view.href(`/admin/calls/${call.code}/documents`)}
        enctype="multipart/form-data"
        class="form"
        novalidate
      >
        <input type="hidden" name="_csrf" value={view.csrf} />
        {props.error ? (
          <p class="error-message" role="alert" id="document-error">
            {props.error}
          </p>
        ) : null}
        <div class="field">
          <label for="doc-title">{t('call.doc.title')}</label>
          <input id="doc-title" name="title" type="text" required />
        </div>
        <div class="field">
          <label for="doc-lang">{t('call.doc.lang')}</label>
          <select id="doc-lang" name="lang">
            <option value="">{t('call.doc.allLangs')}</option>
            {languages.map((l) => (
              <option value={l}>{langName(view, l)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="doc-file">{t('call.doc.file', { max: props.maxUploadMb })}</label>
          <input
            id="doc-file"
            name="file"
            type="file"
            accept=".pdf,.docx,.xlsx,.odt,application/pdf"
            required
            aria-describedby={props.error ? 'document-error' : undefined}
          />
        </div>
        <p>
          <button type="submit" class="button">
            {t('call.doc.add')}
          </button>
        </p>
      </form>
    </section>
  );
}

/**
 * The form editor: the definition as JSON (checked by the form schema, each problem at its path), the rubric as
 * rows, whether the current version is locked, a preview of the sections, and every version.
 */
export function FormEditorPage(props: {
  view: View;
  call: CallDetail;
  current: FormVersion;
  versions: FormVersion[];
  state: FormState;
  rubricRows: number;
  notice?: string | undefined;
}) {
  const { view, call, current, state } = props;
  const { t, lang } = view;
  const date = (iso: string) => formatInstant(new Date(iso), lang, { date: 'medium', time: 'short' });
  return (
    <Layout view={view} meta={{ title: t('call.form.title'), description: pick(call.title, lang), nav: 'none' }}>
      <CallsNav view={view} call={call} current="form" />
      <h1>
        {t('call.form.title')} · {pick(call.title, lang)}
      </h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <p class={`notice ${current.lockedAt ? 'notice-warning' : 'notice-info'}`}>
        {current.lockedAt
          ? t('call.form.locked', { version: current.version, date: date(current.lockedAt), next: current.version + 1 })
          : t('call.form.unlocked', { version: current.version })}
      </p>
      <ErrorSummary view={view} errors={state.errors} />
      <Form action={view.href(`/admin/calls/${call.code}/form`)} csrf={view.csrf}>
        <TextInput
          view={view}
          name="definition"
          label={t('call.form.definition')}
          hint={t('call.form.definitionHint')}
          state={state}
          long
        />
        <fieldset class="field" id="field-rubric">
          <legend>{t('call.rubric.title')}</legend>
          <p class="hint">{t('call.rubric.hint')}</p>
          {state.errors.rubric ? <p class="error-message">{state.errors.rubric}</p> : null}
          {Array.from({ length: props.rubricRows }, (_, i) => (
            <fieldset class="field editor-row">
              <legend>{t('call.rubric.row', { n: i + 1 })}</legend>
              <TextInput view={view} name={`rubric_${i}_key`} label={t('call.rubric.key')} state={state} />
              <LocalizedInputs view={view} name={`rubric_${i}_label`} label="call.rubric.label" state={state} />
              <TextInput
                view={view}
                name={`rubric_${i}_weight`}
                label={t('call.rubric.weight')}
                state={state}
                inputmode="decimal"
              />
              <TextInput
                view={view}
                name={`rubric_${i}_maxScore`}
                label={t('call.rubric.maxScore')}
                state={state}
                inputmode="numeric"
              />
              <TextInput
                view={view}
                name={`rubric_${i}_threshold`}
                label={t('call.rubric.threshold')}
                state={state}
                inputmode="decimal"
              />
            </fieldset>
          ))}
        </fieldset>
        <p>
          <button type="submit" class="button">
            {t('call.admin.save')}
          </button>
        </p>
      </Form>
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t('call.form.preview')}</h2>
        <p>
          {t('call.form.sectionCount', {
            count: current.definition.sections.length,
            fields: current.definition.sections.reduce((n, s) => n + s.fields.length, 0),
          })}
        </p>
        {current.definition.sections.map((section) => (
          <fieldset class="field form-preview" disabled>
            <legend>{pick(section.title, lang)}</legend>
            <FormSectionFields
              view={view}
              section={section}
              answers={{}}
              errors={{}}
              years={years(call)}
              form={current.definition}
            />
          </fieldset>
        ))}
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('call.form.history')}</h2>
        <TableScroll view={view}>
          <table class="data-table compact">
            <caption>{t('call.form.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('call.form.version')}</th>
                <th scope="col">{t('call.form.createdAt')}</th>
                <th scope="col">{t('call.form.lockedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {props.versions.map((v) => (
                <tr>
                  <th scope="row">
                    {v.version}
                    {v.version === call.formVersion ? ` (${t('call.form.current')})` : ''}
                  </th>
                  <td>{date(v.createdAt)}</td>
                  <td>{v.lockedAt ? date(v.lockedAt) : t('call.form.notLocked')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </Layout>
  );
}
