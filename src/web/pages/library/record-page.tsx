import { raw } from 'hono/html';
import type { Category, CitationStyle, LibraryRecord } from '../../../domain/library/index.ts';
import { authorName, citationStyles } from '../../../domain/library/index.ts';
import { Layout } from '../../layout.tsx';
import type { View } from '../../view.ts';
import { facetHref } from './links.ts';
import { authorsLine, BrowseNav, fileFacts, langLabel, typeLabel } from './parts.tsx';

interface Props {
  view: View;
  record: LibraryRecord;
  categories: Category[];
  citations: Record<CitationStyle, string>;
  related: LibraryRecord[];
  /** Absolute address of this page, for the metadata. */
  canonical: string;
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so no text can close the element. */
const jsonForScript = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const schemaTypes: Record<LibraryRecord['type'], string> = {
  article: 'ScholarlyArticle',
  book: 'Book',
  chapter: 'Chapter',
  report: 'Report',
  thesis: 'Thesis',
  regulation: 'Legislation',
  policy: 'Report',
  professional_article: 'Article',
  guide: 'Book',
  dataset: 'Dataset',
  audiovisual: 'VideoObject',
};

/** schema.org description of a record. */
export function jsonLdOf(record: LibraryRecord, canonical: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': schemaTypes[record.type],
    '@id': canonical,
    url: canonical,
    name: record.title,
    author: record.authors.map((a) =>
      a.organisation
        ? { '@type': 'Organization', name: a.family }
        : {
            '@type': 'Person',
            familyName: [a.particle, a.family].filter(Boolean).join(' '),
            ...(a.given ? { givenName: a.given } : {}),
          },
    ),
    ...(record.year !== null ? { datePublished: String(record.year) } : {}),
    ...(record.languages.length ? { inLanguage: record.languages } : {}),
    ...(record.abstract ? { abstract: record.abstract } : {}),
    ...(record.keywords.length ? { keywords: record.keywords.join(', ') } : {}),
    ...(record.publisher ? { publisher: { '@type': 'Organization', name: record.publisher } } : {}),
    ...(record.journal ? { isPartOf: { '@type': 'CreativeWork', name: record.journal } } : {}),
    ...(record.doi ? { sameAs: `https://doi.org/${record.doi}` } : {}),
    ...(record.isbn ? { isbn: record.isbn } : {}),
    ...(record.licence ? { license: record.licence } : {}),
    ...(record.file && record.access === 'open'
      ? {
          encoding: {
            '@type': 'MediaObject',
            contentUrl: `${canonical}/file`,
            encodingFormat: record.file.mime,
            contentSize: `${record.file.size} B`,
            name: record.file.name,
          },
        }
      : {}),
  };
}

/**
 * The full text: the file the library holds, with its name, kind and size, offered to whoever may download it
 * (everyone when access is open, curators when it is restricted, the public being told it cannot); else the
 * external address, as before; else nothing.
 */
function FullText(props: { view: View; record: LibraryRecord }) {
  const { view, record } = props;
  const { t } = view;
  const href = view.href(`/library/records/${record.id}/file`);
  if (!record.file) return record.fileUrl ? <a href={href}>{record.fileUrl}</a> : null;
  const curator = view.user?.roles?.some((r) => r === 'librarian' || r === 'admin') ?? false;
  const facts = <span class="muted">({fileFacts(view, record.file)})</span>;
  if (record.access === 'restricted' && !curator) {
    return (
      <>
        <p>
          {record.file.name} {facts}
        </p>
        <p id="file-restricted">{t('library.file.restricted')}</p>
      </>
    );
  }
  return (
    <>
      <p>
        <a href={href} download={record.file.name} id="file-download">
          {t('library.file.download')}
        </a>
      </p>
      <p>
        {record.file.name} {facts}
      </p>
      {record.access === 'restricted' ? <p id="file-restricted">{t('library.file.restrictedCurator')}</p> : null}
    </>
  );
}

/** Dublin Core elements of a record, as meta tags (DCMI's HTML convention). */
function DublinCore(props: { record: LibraryRecord; canonical: string }) {
  const { record, canonical } = props;
  const metas: [string, string][] = [
    ['DC.title', record.title],
    ...record.authors.map((a): [string, string] => ['DC.creator', authorName(a)]),
    ...(record.year !== null ? [['DC.date', String(record.year)] as [string, string]] : []),
    ...record.languages.map((l): [string, string] => ['DC.language', l]),
    ...record.keywords.map((k): [string, string] => ['DC.subject', k]),
    ...(record.abstract ? [['DC.description', record.abstract] as [string, string]] : []),
    ...(record.publisher ? [['DC.publisher', record.publisher] as [string, string]] : []),
    ['DC.type', record.type],
    ...(record.file ? [['DC.format', record.file.mime] as [string, string]] : []),
    ['DC.identifier', record.doi ? `https://doi.org/${record.doi}` : canonical],
    ...(record.licence ? [['DC.rights', record.licence] as [string, string]] : []),
  ];
  return (
    <>
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      {metas.map(([name, content]) => (
        <meta name={name} content={content} />
      ))}
    </>
  );
}

/** A record: every field, its citation in three styles, exports, related records, and machine-readable metadata. */
export function LibraryRecordPage(props: Props) {
  const { view, record, categories, citations, related, canonical } = props;
  const { t } = view;
  const categoryLabel = (code: string) => categories.find((c) => c.code === code)?.label[view.lang] ?? code;
  const field = (label: Parameters<View['t']>[0], value: unknown) =>
    value === null || value === undefined || value === '' ? null : (
      <div>
        <dt>{t(label)}</dt>
        <dd>{value}</dd>
      </div>
    );
  const exportHref = (ext: string) => view.href(`/library/records/${record.id}/export.${ext}`);
  return (
    <Layout
      view={view}
      meta={{
        title: record.title,
        description: record.abstract?.slice(0, 200) ?? authorsLine(record),
        nav: 'library',
        head: (
          <>
            <link rel="canonical" href={canonical} />
            <DublinCore record={record} canonical={canonical} />
            <script type="application/ld+json">{raw(jsonForScript(jsonLdOf(record, canonical)))}</script>
          </>
        ),
      }}
    >
      <p>
        <a href={view.href('/library')}>{t('library.record.back')}</a>
      </p>
      {record.status === 'draft' ? <p class="notice">{t('library.record.draftNotice')}</p> : null}
      {view.user?.roles?.some((r) => r === 'librarian' || r === 'admin') ? (
        <form method="post" action={view.href(`/library/manage/records/${record.id}/status`)} class="inline-form">
          <input type="hidden" name="_csrf" value={view.csrf} />
          <input type="hidden" name="status" value={record.status === 'published' ? 'draft' : 'published'} />
          <button type="submit" class="secondary">
            {t(record.status === 'published' ? 'library.manage.unpublish.action' : 'library.manage.publish.action')}
          </button>{' '}
          <a href={view.href(`/library/manage/records/${record.id}`)}>{t('library.curation.editTitle')}</a>
        </form>
      ) : null}
      <article class="library-record" lang={record.languages[0] === view.lang ? undefined : record.languages[0]}>
        <h1>{record.title}</h1>
        <p class="lead">{[authorsLine(record, 10), record.year ?? ''].filter((s) => s !== '').join(' · ')}</p>
      </article>
      <h2>{t('library.record.details')}</h2>
      <dl class="facts record-facts">
        {field('library.record.type', typeLabel(view, record.type))}
        {field(
          'library.record.authors',
          record.authors.length ? (
            <ul class="inline-list">
              {record.authors.map((a) => (
                <li>
                  <a href={facetHref(view, 'author', authorName(a))}>{authorName(a)}</a>
                </li>
              ))}
            </ul>
          ) : null,
        )}
        {field('library.record.year', record.year)}
        {field(
          'library.record.translatedTitles',
          record.translatedTitles.length ? (
            <ul class="inline-list">
              {record.translatedTitles.map((tt) => (
                <li lang={tt.lang}>{tt.title}</li>
              ))}
            </ul>
          ) : null,
        )}
        {field('library.record.languages', record.languages.map((l) => langLabel(view, l)).join(', '))}
        {field('library.record.journal', record.journal)}
        {field('library.record.volume', record.volume)}
        {field('library.record.issue', record.issue)}
        {field('library.record.pages', record.pages)}
        {field('library.record.publisher', record.publisher)}
        {field('library.record.place', record.place)}
        {field('library.record.doi', record.doi ? <a href={`https://doi.org/${record.doi}`}>{record.doi}</a> : null)}
        {field('library.record.isbn', record.isbn)}
        {field('library.record.issn', record.issn)}
        {field('library.record.url', record.url ? <a href={record.url}>{record.url}</a> : null)}
        {field('library.record.file', <FullText view={view} record={record} />)}
        {field('library.record.access', t(`library.access.${record.access}`))}
        {field('library.record.licence', record.licence)}
        {field(
          'library.record.scope',
          record.scope.map((s) => t(`library.scope.${s}` as Parameters<View['t']>[0])).join(', '),
        )}
        {field(
          'library.record.categories',
          record.categories.length ? (
            <ul class="inline-list">
              {record.categories.map((c) => (
                <li>
                  <a href={facetHref(view, 'category', c)}>{categoryLabel(c)}</a>
                </li>
              ))}
            </ul>
          ) : null,
        )}
        {field(
          'library.record.keywords',
          record.keywords.length ? (
            <ul class="inline-list">
              {record.keywords.map((k) => (
                <li>
                  <a href={facetHref(view, 'keyword', k)}>{k}</a>
                </li>
              ))}
            </ul>
          ) : null,
        )}
        {field('library.record.note', record.note)}
        {field('library.record.views', record.views)}
        {field('library.record.downloads', record.downloads)}
      </dl>
      {record.abstract ? (
        <>
          <h2>{t('library.record.abstract')}</h2>
          <p class="abstract">{record.abstract}</p>
        </>
      ) : null}
      <h2 id="cite">{t('library.record.cite')}</h2>
      <dl class="citations">
        {citationStyles.map((style) => (
          <div>
            <dt>{t(`library.style.${style}`)}</dt>
            <dd id={`citation-${style}`}>{citations[style]}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('library.record.export')}</h2>
      <ul class="inline-list exports">
        <li>
          <a href={exportHref('bib')} download>
            {t('library.format.bibtex')}
          </a>
        </li>
        <li>
          <a href={exportHref('ris')} download>
            {t('library.format.ris')}
          </a>
        </li>
        <li>
          <a href={exportHref('json')} download>
            {t('library.format.csl-json')}
          </a>
        </li>
      </ul>
      {related.length ? (
        <>
          <h2>{t('library.record.related')}</h2>
          <ul class="related">
            {related.map((r) => (
              <li>
                <a href={view.href(`/library/records/${r.id}`)}>{r.title}</a>{' '}
                <span class="muted">{[authorsLine(r, 3), r.year ?? ''].filter((s) => s !== '').join(' · ')}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <BrowseNav view={view} />
    </Layout>
  );
}
