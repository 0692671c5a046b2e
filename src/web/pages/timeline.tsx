import { formatDate } from '../../core/format.ts';
import { pick } from '../../core/i18n/index.ts';
import type { TimelineEvent } from '../../domain/timeline/index.ts';
import { SourceCite } from '../components/source.tsx';
import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

/** The policy timeline, grouped by year. */
export function TimelinePage(props: { view: View; events: TimelineEvent[] }) {
  const { view, events } = props;
  const { t, lang } = view;
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  return (
    <Layout view={view} meta={{ title: t('timeline.title'), description: t('timeline.description'), nav: 'timeline' }}>
      <h1>{t('timeline.title')}</h1>
      <p class="lead">{t('timeline.lead')}</p>
      {years.map((year) => (
        <section class="timeline-year" aria-labelledby={`y${year}`}>
          <h2 id={`y${year}`}>{year}</h2>
          <ol class="timeline">
            {events
              .filter((e) => e.date.startsWith(year))
              .map((e) => (
                <li class="timeline-item">
                  <p class="timeline-date">
                    <time
                      datetime={e.precision === 'year' ? year : e.precision === 'month' ? e.date.slice(0, 7) : e.date}
                    >
                      {formatDate(e.date, lang, e.precision)}
                    </time>
                  </p>
                  <h3>{pick(e.title, lang)}</h3>
                  <p>{pick(e.body, lang)}</p>
                  <p class="timeline-meta">
                    {e.schemeCode ? (
                      <a href={view.href(`/schemes/${e.schemeCode}`)}>{t('timeline.schemeLink')}</a>
                    ) : null}
                    <SourceCite view={view} source={e.source} />
                  </p>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </Layout>
  );
}
