import { pick } from '../../../core/i18n/index.ts';
import { type CallDetail, type EligibilityResult, formatBrussels } from '../../../domain/calls/index.ts';
import { organisationTypes } from '../../../domain/organisations/index.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { KeyDates, money, StateBadges } from './parts.tsx';

/** Paragraphs of a stored text, split at blank lines. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => <p>{p}</p>);

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** What the self-check was asked, to show the answers again with the result. */
export interface CheckState {
  organisationType: string;
  answers: Record<string, string>;
  result: EligibilityResult;
}

/**
 * One call: key dates with the time zone and time left, texts, envelope and its split, amounts per project, who
 * may apply, documents, the eligibility self-check (a plain GET form), and the way in while it is open.
 */
export function CallPage(props: { view: View; call: CallDetail; now: Date; check?: CheckState | undefined }) {
  const { view, call, check } = props;
  const { t, lang } = view;
  const title = pick(call.title, lang);
  const split = call.envelopeByYear ? Object.entries(call.envelopeByYear).sort(([a], [b]) => a.localeCompare(b)) : [];
  return (
    <Layout view={view} meta={{ title, description: pick(call.whoMayApply, lang) || title, nav: 'calls' }}>
      <nav aria-label={t('common.breadcrumb')} class="breadcrumbs">
        <ol>
          <li>
            <a href={view.href('/')}>{t('nav.home')}</a>
          </li>
          <li>
            <a href={view.href('/calls')}>{t('nav.calls')}</a>
          </li>
          <li>
            <a href={view.href(`/calls/${call.code}`)} aria-current="page">
              {title}
            </a>
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>
      <StateBadges view={view} state={call.state} demo={call.demo} />
      {call.demo ? <p class="notice notice-info">{t('call.demoNote')}</p> : null}
      {call.state === 'open' ? (
        <p>
          <a class="button" href={view.href(`/applications/new?call=${encodeURIComponent(call.code)}`)}>
            {t('call.start')}
          </a>
        </p>
      ) : call.state === 'published' && call.opensAt ? (
        <p class="notice notice-info">
          {t('call.upcomingNote', { date: formatBrussels(new Date(call.opensAt), lang) })}
        </p>
      ) : call.state !== 'draft' ? (
        <p class="notice notice-info">{t('call.closedNote')}</p>
      ) : null}

      <h2>{t('call.keyFacts')}</h2>
      <KeyDates view={view} call={call} now={props.now} />
      <dl class="facts">
        <div>
          <dt>{t('call.perProject')}</dt>
          <dd>
            {t('call.minMax', {
              min: money(view, call.minPerProjectCents),
              max: money(view, call.maxPerProjectCents),
            })}
          </dd>
        </div>
      </dl>
      {split.length ? (
        <TableScroll view={view}>
          <table class="data-table compact">
            <caption>{t('call.split.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('call.split.year')}</th>
                <th scope="col" class="num">
                  {t('call.split.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {split.map(([year, cents]) => (
                <tr>
                  <th scope="row">{year}</th>
                  <td class="num">{money(view, cents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}

      {call.body ? (
        <section aria-labelledby="call-about" class="prose">
          <h2 id="call-about">{t('call.about')}</h2>
          {paragraphs(pick(call.body, lang))}
        </section>
      ) : null}

      <section aria-labelledby="call-who">
        <h2 id="call-who">{t('call.whoMayApply')}</h2>
        {call.whoMayApply ? paragraphs(pick(call.whoMayApply, lang)) : null}
        {call.eligibleTypes.length ? (
          <>
            <h3>{t('call.eligibleTypes')}</h3>
            <ul>
              {call.eligibleTypes.map((type) => (
                <li>{t(`org.type.${type}` as 'org.type.school')}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="call-documents">
        <h2 id="call-documents">{t('call.documents')}</h2>
        {call.documents.length ? (
          <ul>
            {call.documents.map((d) => (
              <li>
                <a href={view.href(`/calls/${call.code}/documents/${d.id}`)}>{d.title}</a> (
                {d.fileName.split('.').pop()?.toUpperCase()}, {kb(d.size)}
                {d.lang ? `, ${t('call.docLang', { lang: t(`lang.${d.lang}`) })}` : ''})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('call.noDocuments')}</p>
        )}
      </section>

      {call.state === 'open' || call.state === 'published' ? <SelfCheck view={view} call={call} check={check} /> : null}
    </Layout>
  );
}

/** The self-check: a GET form (no JavaScript, nothing saved) answered on its own page. */
function SelfCheck(props: { view: View; call: CallDetail; check?: CheckState | undefined }) {
  const { view, call, check } = props;
  const { t, lang } = view;
  return (
    <section aria-labelledby="call-check" class="call-check">
      <h2 id="call-check">{t('call.check.title')}</h2>
      {check ? (
        <div
          class={`notice ${check.result.eligible ? 'notice-success' : 'notice-info'}`}
          role="status"
          id="check-result"
        >
          {check.result.reasons.length ? (
            <>
              <p>{t('call.check.notEligible')}</p>
              <ul>
                {check.result.reasons.map((r) => (
                  <li>{pick(r, lang)}</li>
                ))}
              </ul>
            </>
          ) : check.result.eligible ? (
            <p>{t('call.check.eligible')}</p>
          ) : (
            <p>{t('call.check.unanswered')}</p>
          )}
        </div>
      ) : null}
      <p>{t('call.check.intro')}</p>
      <form method="get" action={`${view.href(`/calls/${call.code}/check`)}#check-result`} class="form">
        <div class="field">
          <label for="check-type">{t('call.check.type')}</label>
          <select id="check-type" name="type">
            <option value="">{t('call.check.choose')}</option>
            {organisationTypes.map((type) => (
              <option value={type} selected={check?.organisationType === type}>
                {t(`org.type.${type}` as 'org.type.school')}
              </option>
            ))}
          </select>
        </div>
        {call.eligibilityQuestions.map((q) => (
          <fieldset class="field">
            <legend>{pick(q.question, lang)}</legend>
            {(['yes', 'no'] as const).map((answer) => (
              <label class="check">
                <input type="radio" name={`q_${q.key}`} value={answer} checked={check?.answers[q.key] === answer} />
                {t(answer === 'yes' ? 'common.yes' : 'common.no')}
              </label>
            ))}
          </fieldset>
        ))}
        <p>
          <button type="submit" class="button">
            {t('call.check.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
