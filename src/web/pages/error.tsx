import { Layout } from '../layout.tsx';
import type { View } from '../view.ts';

/** The statuses that have a page of their own; anything else is shown as the nearest of them. */
export type ErrorStatus = 400 | 403 | 404 | 413 | 500 | 503;

/**
 * An error page in the visitor's language: 400 (data refused, with each field at fault when known), 403, 404,
 * 413 (too large, with the limit), 500 (with a reference to quote), 503 (busy: try again shortly).
 */
export function ErrorPage(props: {
  view: View;
  status: ErrorStatus;
  requestId?: string | undefined;
  /** A sentence that says more than the page's usual text (the limit passed, the reason refused). */
  detail?: string | undefined;
  /** Fields at fault, for a 400. */
  fields?: { field: string; message: string }[] | undefined;
}) {
  const { view, status } = props;
  const { t } = view;
  const title = t(`error.${status}.title`);
  const body = status === 413 ? undefined : t(`error.${status}.body`);
  return (
    <Layout view={view} meta={{ title, description: title, nav: 'none' }}>
      <h1>{title}</h1>
      {body ? <p class="lead">{body}</p> : null}
      {props.detail ? <p class={body ? undefined : 'lead'}>{props.detail}</p> : null}
      {props.fields?.length ? (
        <ul>
          {props.fields.map((f) => (
            <li>{t('error.400.field', { field: f.field, message: f.message })}</li>
          ))}
        </ul>
      ) : null}
      {props.requestId ? <p class="muted">{t('error.reference', { id: props.requestId })}</p> : null}
      <p>
        <a class="button" href={view.href('/')}>
          {t('error.home')}
        </a>
      </p>
    </Layout>
  );
}
