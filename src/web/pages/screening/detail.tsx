import { formatInstant, formatMoney } from '../../../core/format.ts';
import { pick } from '../../../core/i18n/index.ts';
import type { ApplicationView } from '../../../domain/applications/index.ts';
import { formatBrussels } from '../../../domain/calls/index.ts';
import { ErrorSummary, FieldFrame, Form, type FormState, fieldIds, Notice } from '../../components/form.tsx';
import { FormAnswersView, fileSize } from '../../components/form-definition.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';

/** Enterprise numbers are stored as ten digits and read as `0123.456.749`. */
const enterprise = (digits: string | null) =>
  digits && /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : (digits ?? '');

/** The last day of a reply window that ends at midnight, as a date. */
const replyDay = (dueAt: Date, view: View) => formatInstant(new Date(dueAt.getTime() - 1), view.lang, { date: 'long' });

function TextArea(props: {
  view: View;
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  required?: boolean;
}) {
  const { id, error, described } = fieldIds(props.name, props.state, props.hint);
  return (
    <FieldFrame view={props.view} id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <textarea
        id={id}
        name={props.name}
        rows={5}
        cols={60}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
      >
        {props.state.values[props.name] ?? ''}
      </textarea>
    </FieldFrame>
  );
}

/**
 * An application as the officers screen it: the header with its amounts, the submitted answers read-only with
 * their files, the requests for information and their answers, a new request, and the eligibility decision.
 */
export function ScreeningDetailPage(props: {
  view: View;
  application: ApplicationView;
  requestForm: FormState;
  decisionForm: FormState;
  notice?: string | undefined;
}) {
  const { view, application: loaded, requestForm, decisionForm } = props;
  const { t, lang } = view;
  const { application, call, organisation, form } = loaded;
  const answers = application.submitted ?? application.answers;
  const base = `/admin/applications/${application.id}`;
  const files = Object.fromEntries(
    loaded.files.map((f) => [f.id, view.href(`/applications/${application.id}/files/${f.id}`)]),
  );
  // The files the answers point at (a file replaced in a draft is no longer part of the application).
  const referenced = new Set(
    Object.values(answers).flatMap((v) =>
      v && typeof v === 'object' && 'fileId' in v && typeof v.fileId === 'string' ? [v.fileId] : [],
    ),
  );
  const attached = loaded.files.filter((f) => referenced.has(f.id));
  const canRequest = loaded.actions.includes('request_information');
  const canEligible = loaded.actions.includes('declare_eligible');
  const canIneligible = loaded.actions.includes('declare_ineligible');
  const title = t('screening.detail.title', { reference: application.reference });
  const decided = application.state === 'eligible' || application.state === 'ineligible';
  return (
    <Layout view={view} meta={{ title, description: t('screening.detail.description'), nav: 'none' }}>
      <p>
        <a href={view.href(`/admin/calls/${call.code}/applications`)}>{t('screening.detail.backToList')}</a>
      </p>
      <h1>{title}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary view={view} errors={{ ...requestForm.errors, ...decisionForm.errors }} />
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t('screening.detail.summary')}</h2>
        <dl class="key-values">
          <div>
            <dt>{t('screening.detail.call')}</dt>
            <dd>{pick(call.title, lang)}</dd>
          </div>
          <div>
            <dt>{t('screening.detail.organisation')}</dt>
            <dd>
              {organisation.legalName} ({t(`org.type.${organisation.type}`)})
            </dd>
          </div>
          {organisation.enterpriseNumber ? (
            <div>
              <dt>{t('screening.detail.enterpriseNumber')}</dt>
              <dd>{enterprise(organisation.enterpriseNumber)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('screening.detail.state')}</dt>
            <dd>
              <strong>{t(`screening.state.${application.state}`)}</strong>
            </dd>
          </div>
          {application.submittedAt ? (
            <div>
              <dt>{t('screening.detail.submittedAt')}</dt>
              <dd>{formatBrussels(application.submittedAt, lang)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('screening.detail.totalCosts')}</dt>
            <dd>{formatMoney(application.totalCents, lang)}</dd>
          </div>
          <div>
            <dt>{t('screening.detail.cofunding')}</dt>
            <dd>{formatMoney(application.cofundingCents, lang)}</dd>
          </div>
          <div>
            <dt>{t('screening.detail.requested')}</dt>
            <dd>
              <strong>{formatMoney(application.requestedCents, lang)}</strong>
            </dd>
          </div>
        </dl>
        <p>
          <a href={view.href(`${base}.pdf`)} download>
            {t('screening.detail.pdf')}
          </a>
        </p>
      </section>

      <section aria-labelledby="decision-title">
        <h2 id="decision-title">{t('screening.detail.decision')}</h2>
        {decided && application.screenedAt ? (
          <>
            <p>
              {t('screening.detail.decided', {
                date: formatInstant(application.screenedAt, lang, { date: 'long' }),
                state: t(`screening.state.${application.state}`),
              })}
            </p>
            {application.screeningReason ? (
              <p class="mail-text">{t('screening.detail.decidedReason', { reason: application.screeningReason })}</p>
            ) : null}
          </>
        ) : null}
        {canEligible || canIneligible ? (
          <Form action={view.href(`${base}/screening`)} csrf={view.csrf}>
            <fieldset
              class="field"
              aria-describedby={decisionForm.errors.decision ? 'field-decision-error' : undefined}
            >
              <legend>{t('screening.detail.decisionField')}</legend>
              {decisionForm.errors.decision ? (
                <p class="error-message" id="field-decision-error">
                  {decisionForm.errors.decision}
                </p>
              ) : null}
              {canEligible ? (
                <div class="check">
                  <input
                    type="radio"
                    id="field-decision"
                    name="decision"
                    value="eligible"
                    checked={decisionForm.values.decision === 'eligible'}
                  />
                  <label for="field-decision">{t('screening.detail.eligible')}</label>
                </div>
              ) : null}
              {canIneligible ? (
                <div class="check">
                  <input
                    type="radio"
                    id={canEligible ? 'field-decision-ineligible' : 'field-decision'}
                    name="decision"
                    value="ineligible"
                    checked={decisionForm.values.decision === 'ineligible'}
                  />
                  <label for={canEligible ? 'field-decision-ineligible' : 'field-decision'}>
                    {t('screening.detail.ineligible')}
                  </label>
                </div>
              ) : null}
            </fieldset>
            <TextArea
              view={view}
              name="reason"
              label={t('screening.detail.reason')}
              hint={t('screening.detail.reasonHint')}
              state={decisionForm}
            />
            <button type="submit" class="button">
              {t('screening.detail.decide')}
            </button>
          </Form>
        ) : decided ? null : (
          <p>{t('screening.detail.noDecision')}</p>
        )}
      </section>

      <section aria-labelledby="requests-title">
        <h2 id="requests-title">{t('screening.detail.requests')}</h2>
        {loaded.informationRequests.length === 0 ? <p>{t('screening.detail.noRequests')}</p> : null}
        <ol class="request-history">
          {loaded.informationRequests.map((r) => (
            <li>
              <p class="hint">
                {t('screening.detail.requestedOn', {
                  date: formatInstant(r.requestedAt, lang, { date: 'long', time: 'short' }),
                  due: replyDay(r.dueAt, view),
                })}
              </p>
              <blockquote class="mail-text">{r.message}</blockquote>
              {r.answeredAt ? (
                <>
                  <p class="hint">
                    {t(
                      r.answeredAt.getTime() >= r.dueAt.getTime()
                        ? 'screening.detail.answeredLate'
                        : 'screening.detail.answeredOn',
                      {
                        date: formatInstant(r.answeredAt, lang, { date: 'long', time: 'short' }),
                      },
                    )}
                  </p>
                  <blockquote class="mail-text">{r.answer ?? ''}</blockquote>
                </>
              ) : (
                <p>
                  <em>{t('screening.detail.awaiting')}</em>
                </p>
              )}
            </li>
          ))}
        </ol>
        {canRequest ? (
          <>
            <h3>{t('screening.detail.newRequest')}</h3>
            <Form action={view.href(`${base}/information-requests`)} csrf={view.csrf}>
              <TextArea
                view={view}
                name="message"
                label={t('screening.detail.message')}
                hint={t('screening.detail.messageHint')}
                state={requestForm}
                required
              />
              <DateField view={view} state={requestForm} />
              <button type="submit" class="button">
                {t('screening.detail.send')}
              </button>
            </Form>
          </>
        ) : (
          <p class="hint">{t('screening.detail.noRequest')}</p>
        )}
      </section>

      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{t('screening.detail.answers')}</h2>
        {application.submitted ? null : <p>{t('screening.detail.notSubmitted')}</p>}
        <FormAnswersView view={view} form={form.form} answers={answers} years={loaded.years} files={files} level={3} />
        <h3>{t('screening.detail.files')}</h3>
        {attached.length === 0 ? (
          <p>{t('screening.detail.noFiles')}</p>
        ) : (
          <ul>
            {attached.map((f) => (
              <li>
                <a href={files[f.id]} download={f.fileName}>
                  {f.fileName}
                </a>{' '}
                <span class="hint">({fileSize(f.size, view)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

function DateField(props: { view: View; state: FormState }) {
  const { view, state } = props;
  const hint = view.t('screening.detail.dueDateHint');
  const { id, error, described } = fieldIds('dueDate', state, hint);
  return (
    <FieldFrame view={view} id={id} label={view.t('screening.detail.dueDate')} hint={hint} error={error} required>
      <input
        id={id}
        name="dueDate"
        type="date"
        value={state.values.dueDate ?? ''}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
      />
    </FieldFrame>
  );
}
