import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { fold } from './names.ts';

/**
 * Reading bibliography files: BibTeX, RIS, CSL-JSON and CSV, in UTF-8 or, failing that, Windows-1252 (a superset
 * of Latin-1 for printable text). Each entry comes out as CSL-JSON with the line where it starts, or with the
 * reason it could not be read; one bad entry never hides the others. citation-js reads BibTeX (LaTeX accents,
 * `@string` macros) and RIS; CSL-JSON is read as is, and CSV by the small reader below.
 */
export const fileFormats = ['bibtex', 'ris', 'csl-json', 'csv'] as const;
export type FileFormat = (typeof fileFormats)[number];

export interface ReadEntry {
  line: number;
  csl?: Record<string, unknown>;
  error?: string;
}

export interface ReadFile {
  format: FileFormat;
  encoding: 'utf-8' | 'windows-1252';
  entries: ReadEntry[];
}

/** Text of a file: UTF-8 when it is valid UTF-8 (a byte-order mark is dropped), else Windows-1252. */
export function decode(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The format of a file, from its content. */
export function detectFormat(text: string): FileFormat | null {
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (/^TY {2}- /m.test(text)) return 'ris';
  if (/^\s*@\w+\s*[{(]/m.test(text)) return 'bibtex';
  const header = start.split(/\r?\n/, 1)[0] ?? '';
  if (/(^|[,;])\s*"?title"?\s*([,;]|$)/i.test(header)) return 'csv';
  return null;
}

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';

function clean(csl: Record<string, unknown>): Record<string, unknown> {
  const { _graph: _g, ...rest } = csl;
  return rest;
}

function readBibtex(text: string): ReadEntry[] {
  const lines = text.split(/\r?\n/);
  const starts: { line: number; kind: string }[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*@(\w+)\s*[{(]/.exec(l);
    if (m?.[1]) starts.push({ line: i, kind: m[1].toLowerCase() });
  });
  const chunks = starts.map((s, i) => ({
    ...s,
    text: lines.slice(s.line, starts[i + 1]?.line ?? lines.length).join('\n'),
  }));
  const strings = chunks
    .filter((c) => c.kind === 'string')
    .map((c) => c.text)
    .join('\n');
  const entries: ReadEntry[] = [];
  for (const chunk of chunks) {
    if (['string', 'comment', 'preamble'].includes(chunk.kind)) continue;
    try {
      const data = new Cite(`${strings}\n${chunk.text}`).data;
      if (data.length !== 1 || !data[0]) entries.push({ line: chunk.line + 1, error: 'unreadable entry' });
      else entries.push({ line: chunk.line + 1, csl: clean(data[0]) });
    } catch (error) {
      entries.push({ line: chunk.line + 1, error: message(error) });
    }
  }
  return entries;
}

function readRis(text: string): ReadEntry[] {
  const lines = text.split(/\r?\n/);
  const entries: ReadEntry[] = [];
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^TY {2}- /.test(line)) start = i;
    if (/^ER {2}-/.test(line) && start >= 0) {
      const chunk = `${lines.slice(start, i + 1).join('\n')}\n`;
      try {
        const data = new Cite(chunk).data;
        if (data[0]) entries.push({ line: start + 1, csl: clean(data[0]) });
        else entries.push({ line: start + 1, error: 'unreadable entry' });
      } catch (error) {
        entries.push({ line: start + 1, error: message(error) });
      }
      start = -1;
    }
  }
  if (start >= 0) entries.push({ line: start + 1, error: 'entry without its end (ER  -)' });
  return entries;
}

function readCslJson(text: string): ReadEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ line: 1, error: message(error) }];
  }
  const items = Array.isArray(data) ? data : [data];
  // Line of each item: the n-th object opening at the top level of the array.
  const lineOf: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (ch === '{' && depth === (Array.isArray(data) ? 1 : 0)) lineOf.push(line);
      depth++;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return items.map((item, i) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? { line: lineOf[i] ?? 1, csl: item as Record<string, unknown> }
      : { line: lineOf[i] ?? 1, error: 'not an object' },
  );
}

/** Rows of a CSV text (RFC 4180 quotes; comma or semicolon), each with the line it starts on. */
export function csvRows(text: string): { line: number; cells: string[] }[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  cells.push(cell);
  if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
  return rows;
}

const csvTypes: Record<string, string> = {
  article: 'article-journal',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  thesis: 'thesis',
  regulation: 'legislation',
  dataset: 'dataset',
};

/** CSV with a header row: title, authors ("Family, Given; ..."), year, type, languages, keywords, categories ... */
function readCsv(text: string): ReadEntry[] {
  const [header, ...rows] = csvRows(text);
  if (!header) return [];
  const names = header.cells.map((c) => fold(c).replace(/\s+/g, ''));
  return rows.map(({ line, cells }) => {
    const get = (name: string) => cells[names.indexOf(name)]?.trim() ?? '';
    const csl: Record<string, unknown> = {
      type: csvTypes[get('type').toLowerCase()] ?? (get('type') || 'report'),
      title: get('title'),
      author: get('authors')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean)
        .map((a) => {
          const [family, given] = a.split(',').map((s) => s.trim());
          return given ? { family, given } : { literal: family };
        }),
    };
    const year = Number.parseInt(get('year'), 10);
    if (Number.isFinite(year)) csl.issued = { 'date-parts': [[year]] };
    for (const [from, to] of [
      ['abstract', 'abstract'],
      ['journal', 'container-title'],
      ['publisher', 'publisher'],
      ['place', 'publisher-place'],
      ['volume', 'volume'],
      ['issue', 'issue'],
      ['pages', 'page'],
      ['doi', 'DOI'],
      ['isbn', 'ISBN'],
      ['issn', 'ISSN'],
      ['url', 'URL'],
      ['keywords', 'keyword'],
      ['languages', 'language'],
      ['categories', 'categories'],
    ] as const) {
      if (get(from)) csl[to] = get(from);
    }
    return { line, csl };
  });
}

/** Reads a file of any of the four formats into entries with their line numbers. */
export function readBibliography(bytes: Uint8Array): ReadFile | { error: 'unknown-format' } {
  const { text, encoding } = decode(bytes);
  const format = detectFormat(text);
  if (!format) return { error: 'unknown-format' };
  const entries =
    format === 'bibtex'
      ? readBibtex(text)
      : format === 'ris'
        ? readRis(text)
        : format === 'csl-json'
          ? readCslJson(text)
          : readCsv(text);
  return { format, encoding, entries };
}
