import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

/** The 403, 404, 500 and 503 pages, in the visitor's language. */
export function ErrorPage(props: { view: View; status: 403 | 404 | 500 | 503; requestId?: string | undefined }) {
  const { view, status } = props;
  const { t } = view;
  const title = t(`error.${status}.title`);
  return (
    <Layout view={view} meta={{ title, description: title, nav: 'none' }}>
      <h1>{title}</h1>
      <p class="lead">{t(`error.${status}.body`)}</p>
      {props.requestId ? <p class="muted">{t('error.reference', { id: props.requestId })}</p> : null}
      <p>
        <a class="button" href={view.href('/')}>
          {t('error.home')}
        </a>
      </p>
    </Layout>
  );
}
