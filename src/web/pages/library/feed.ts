import type { SearchParams, SearchResult } from '../../../domain/library/index.ts';
import type { View } from '../../view.ts';
import { xmlText as xml } from '../../xml.ts';
import { searchQuery } from './links.ts';
import { authorsLine } from './parts.tsx';

/** An Atom feed of a search's newest records. */
export function atomFeed(view: View, origin: string, params: SearchParams, result: SearchResult): string {
  const self = `${origin}${view.href('/library/feed.atom')}${searchQuery(params, { page: 1, sort: null })}`;
  const page = `${origin}${view.href('/library')}${searchQuery(params, { page: 1, sort: null })}`;
  const updated =
    result.results
      .map((h) => h.record.updatedAt)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00.000Z';
  const entries = result.results.map(({ record }) => {
    const link = `${origin}${view.href(`/library/records/${record.id}`)}`;
    return `  <entry>
    <id>urn:uuid:${record.id}</id>
    <title>${xml(record.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <updated>${record.updatedAt}</updated>
${record.authors.map((a) => `    <author><name>${xml(a.particle ? `${a.particle} ${a.family}` : a.family)}</name></author>`).join('\n')}
    <summary>${xml(record.abstract ?? authorsLine(record))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${view.lang}">
  <id>${xml(self)}</id>
  <title>${xml(view.t('library.feed.title', { query: params.q || view.t('library.feed.all') }))}</title>
  <link rel="self" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(page)}"/>
  <updated>${updated}</updated>
  <author><name>Accroche</name></author>
${entries.join('\n')}
</feed>
`;
}
