import type { LibraryRecord, RecordFile } from '../../../domain/library/index.ts';
import { authorName, recordFileTypes } from '../../../domain/library/index.ts';
import { fileSize } from '../../components/form-definition.tsx';
import type { View } from '../../view.ts';

/** A highlighted passage: text pieces, every odd one a hit. Rendered as text, so markup in titles stays text. */
export function Marked(props: { pieces: string[] }) {
  return <>{props.pieces.map((piece, i) => (i % 2 === 1 ? <mark>{piece}</mark> : piece))}</>;
}

/** "A, B & C" with at most `max` names. */
export function authorsLine(record: LibraryRecord, max = 4): string {
  const names = record.authors.map(authorName);
  return names.length > max ? `${names.slice(0, max).join('; ')}; …` : names.join('; ');
}

export const typeLabel = (view: View, type: string) =>
  view.t(`library.type.${type}` as Parameters<View['t']>[0]) ?? type;

export const langLabel = (view: View, lang: string) => {
  const key = `library.lang.${lang}` as Parameters<View['t']>[0];
  return view.t(key) ?? lang;
};

/** What a stored full text is, in the page's language: its kind and size (`PDF, 245 kB`). */
export const fileFacts = (view: View, file: RecordFile) =>
  `${view.t(`library.file.type.${recordFileTypes[file.mime]}`)}, ${fileSize(file.size, view)}`;

/** The browse links shown on the library's pages. */
export function BrowseNav(props: { view: View; current?: 'categories' | 'authors' | 'keywords' }) {
  const { view, current } = props;
  const items = [
    ['categories', 'library.browse.categories'],
    ['authors', 'library.browse.authors'],
    ['keywords', 'library.browse.keywords'],
  ] as const;
  return (
    <nav class="library-browse" aria-label={view.t('library.browse.heading')}>
      <ul>
        {items.map(([path, key]) => (
          <li>
            <a href={view.href(`/library/${path}`)} aria-current={current === path ? 'page' : undefined}>
              {view.t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
