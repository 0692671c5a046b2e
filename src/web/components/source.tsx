import type { Source } from '../../domain/sources/index.ts';
import type { View } from '../view.ts';

/** "Source: publisher, title (date)", linked when the source has an address. */
export function SourceCite(props: { view: View; source: Source }) {
  const { source, view } = props;
  const label = `${source.publisher}, ${source.title}${source.published ? ` (${source.published})` : ''}`;
  return (
    <span class="source">
      {view.t('common.source')}{' '}
      {source.url ? (
        <a href={source.url} rel="external noopener" hreflang={undefined}>
          {label}
        </a>
      ) : (
        label
      )}
    </span>
  );
}
