/**
 * The library's search benchmark (called by bench/run.ts, or alone: `node bin/run-ts.js bench/library.ts`).
 * Generates a deterministic 100,000-record corpus in French, Dutch and English (Zipf-like word frequencies over a
 * vocabulary of several thousand words per language), loads it, and times one- to three-word searches with every
 * facet counted and highlights on the 20 shown, on PGlite and (with DATABASE_URL) PostgreSQL, beside MiniSearch
 * holding the same corpus in memory. Then, when the shared data is present, imports the real cdl.bib and searches
 * it. Not a test: nothing here fails a build.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import pg from 'pg';
import { tempDataDir } from '../e2e/server.ts';
import { systemActor } from '../src/core/context.ts';
import { type Database, migrateDatabase, openDatabase } from '../src/db/index.ts';
import { importRecords } from '../src/domain/library/import-records.ts';
import { insertRecordRows, valuesOf } from '../src/domain/library/rows.ts';
import { type RecordData, RecordInput, SearchParams } from '../src/domain/library/schemas.ts';
import { refreshWordList } from '../src/domain/library/search-engine.ts';
import { searchRecords } from '../src/domain/library/search-records.ts';
import { seedReferenceData } from '../src/domain/reference/index.ts';

const corpusSize = Number(process.env.BENCH_LIBRARY_RECORDS ?? 100_000);
const queryCount = Number(process.env.BENCH_LIBRARY_QUERIES ?? 200);
const cdlPath = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/library/cdl.bib');

/** mulberry32: a small deterministic generator, so every run measures the same corpus. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const realWords = {
  fr: 'décrochage scolaire élèves école enseignement jeunes accrochage prévention absentéisme réussite parcours orientation familles parents enseignants climat bien-être pédagogie inégalités bruxelles formation qualification apprentissage motivation exclusion santé quartier politique évaluation soutien remédiation'.split(
    ' ',
  ),
  nl: 'vroegtijdig schoolverlaten leerlingen school onderwijs jongeren spijbelen preventie schoolverzuim welbevinden ouders leerkrachten brussel kwalificatie beroepsonderwijs motivatie ongelijkheid begeleiding loopbaan gezin buurt beleid evaluatie ondersteuning leerachterstand uitval'.split(
    ' ',
  ),
  en: 'early school leaving students dropout education young people prevention truancy attendance engagement achievement parents teachers climate wellbeing pedagogy inequality training qualification learning motivation exclusion health policy evaluation support mentoring'.split(
    ' ',
  ),
};
const syllables = {
  fr: ['ta', 'ré', 'mon', 'ple', 'sco', 'lai', 'tion', 'ment', 'eur', 'vi', 'cha', 'ge', 'dé', 'pro', 'ce', 'sus'],
  nl: [
    'ver',
    'ling',
    'heid',
    'school',
    'be',
    'ge',
    'oor',
    'zaak',
    'lijk',
    'ont',
    'wik',
    'ke',
    'len',
    'aan',
    'pak',
    'uit',
  ],
  en: [
    'pro',
    'gram',
    'ing',
    'ment',
    'ed',
    'con',
    'tion',
    'al',
    'ly',
    'struct',
    'ure',
    'inter',
    'act',
    'ive',
    'ness',
    'sys',
  ],
};
type Lang3 = keyof typeof realWords;

function vocabulary(lang: Lang3, size: number, rnd: () => number): string[] {
  const words = new Set(realWords[lang]);
  const parts = syllables[lang];
  while (words.size < size) {
    const n = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += parts[Math.floor(rnd() * parts.length)];
    words.add(w);
  }
  return [...words];
}

/** Picks ranks with probability proportional to 1 / rank^1.07 (Zipf-like). */
function zipf(size: number, rnd: () => number) {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) {
    total += 1 / (r + 1) ** 1.07;
    cumulative[r] = total;
  }
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const categories = [
  'prevention',
  'intervention',
  're-engagement',
  'vocational',
  'families',
  'school-climate',
  'well-being',
  'pedagogy',
  'policy',
  'statistics',
];
const types = [
  'article',
  'book',
  'chapter',
  'report',
  'thesis',
  'regulation',
  'policy',
  'professional_article',
  'guide',
] as const;

export interface Corpus {
  records: RecordData[];
  queries: string[];
  distinctWords: number;
}

export function generateCorpus(size: number, seed = 20261128): Corpus {
  const rnd = random(seed);
  const langs: Lang3[] = ['fr', 'nl', 'en'];
  const vocab = Object.fromEntries(langs.map((l) => [l, vocabulary(l, 4000, rnd)])) as Record<Lang3, string[]>;
  const pick = Object.fromEntries(langs.map((l) => [l, zipf(vocab[l].length, rnd)])) as Record<Lang3, () => number>;
  const families = vocabulary('nl', 3000, rnd).map((w) => w[0]?.toUpperCase() + w.slice(1));
  const pickFamily = zipf(families.length, rnd);
  const words = (lang: Lang3, n: number) => Array.from({ length: n }, () => vocab[lang][pick[lang]()]).join(' ');
  const records: RecordData[] = [];
  for (let i = 0; i < size; i++) {
    const lang = langs[i % 3] as Lang3;
    const title = words(lang, 5 + Math.floor(rnd() * 8));
    records.push(
      RecordInput.parse({
        type: types[Math.floor(rnd() * types.length)],
        title: title[0]?.toUpperCase() + title.slice(1),
        authors: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
          family: families[pickFamily()] as string,
          given: `${String.fromCharCode(65 + Math.floor(rnd() * 26))}.`,
        })),
        year: 1990 + Math.floor(rnd() * 36),
        languages: [lang],
        abstract: words(lang, 40 + Math.floor(rnd() * 50)),
        keywords: Array.from({ length: 3 }, () => vocab[lang][Math.floor(rnd() * 300)] as string),
        categories: [categories[Math.floor(rnd() * categories.length)] as string],
      }),
    );
  }
  const queries = Array.from({ length: queryCount }, () => {
    const lang = langs[Math.floor(rnd() * 3)] as Lang3;
    return words(lang, 1 + Math.floor(rnd() * 3));
  });
  return { records, queries, distinctWords: langs.reduce((n, l) => n + vocab[l].length, 0) };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);

interface EngineFigures {
  engine: string;
  loadMs: number;
  p50: number;
  p95: number;
  /** p95 of the queries that match at most 5% of the corpus (selective ones), and how many there were. */
  selectiveP95: number;
  selectiveCount: number;
  /** p95 of the queries that match more than a third of the corpus (the most frequent words). */
  broadP95: number;
  broadCount: number;
  browseP95: number;
  meanTotal: number;
}

/** What the bench needs of bench/run.ts to start the real server (absent when this file runs alone). */
export interface ServerControl {
  start(command: string[], env: Record<string, string>, probe: string): Promise<{ child: ChildProcess; url: string }>;
  stop(child: ChildProcess): Promise<void>;
  serveCmd: string[];
}

interface ServerFigures {
  p50: number;
  p95: number;
  rssMb: number;
  peakMb: number;
}

/** Loads the corpus through the same row builder and bulk insert as the import, in one transaction, and rebuilds the word list. */
async function loadCorpus(database: Database, corpus: Corpus, url?: string): Promise<number> {
  await migrateDatabase(database, url);
  await seedReferenceData(database);
  const began = performance.now();
  await database.db.transaction(async (tx) => {
    const now = new Date();
    for (let i = 0; i < corpus.records.length; i += 1000) {
      await insertRecordRows(
        tx,
        corpus.records.slice(i, i + 1000).map((data) => ({
          ...valuesOf(data),
          status: 'published' as const,
          publishedAt: now,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    await refreshWordList(tx);
  });
  await database.raw('ANALYZE library_records');
  return performance.now() - began;
}

async function measureEngine(database: Database, engine: string, corpus: Corpus, url?: string): Promise<EngineFigures> {
  const loadMs = await loadCorpus(database, corpus, url);
  const ctx = { actor: systemActor('bench'), db: database.db, requestId: 'bench', now: new Date() };
  for (const q of corpus.queries.slice(0, 10)) await searchRecords(ctx, SearchParams.parse({ q })); // warm-up
  const times: number[] = [];
  const selective: number[] = [];
  const broad: number[] = [];
  let totals = 0;
  for (const q of corpus.queries) {
    const t = performance.now();
    const r = await searchRecords(ctx, SearchParams.parse({ q }));
    const ms = performance.now() - t;
    times.push(ms);
    if (r.total <= corpus.records.length * 0.05) selective.push(ms);
    if (r.total > corpus.records.length / 3) broad.push(ms);
    totals += r.total;
  }
  const browse: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await searchRecords(ctx, SearchParams.parse({ language: ['fr', 'nl'][i % 2], category: categories[i % 10] }));
    browse.push(performance.now() - t);
  }
  return {
    engine,
    loadMs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    selectiveP95: percentile(selective, 95),
    selectiveCount: selective.length,
    broadP95: percentile(broad, 95),
    broadCount: broad.length,
    browseP95: percentile(browse, 95),
    meanTotal: Math.round(totals / corpus.queries.length),
  };
}

/** Resident memory of a process and its peak, from /proc (Linux). */
function memoryOf(pid: number | undefined): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** The same queries through the real server's API, on the data folder the bench loaded: time and memory. */
async function measureServer(control: ServerControl, dataDir: string, corpus: Corpus): Promise<ServerFigures> {
  const server = await control.start(control.serveCmd, { DATA_DIR: dataDir, PAGE_CACHE_SECONDS: '0' }, '/fr');
  try {
    const ask = async (q: string) => {
      const res = await fetch(`${server.url}/api/v1/library/search?q=${encodeURIComponent(q)}`);
      if (res.status !== 200) throw new Error(`search answered ${res.status}`);
      await res.arrayBuffer();
    };
    for (const q of corpus.queries.slice(0, 10)) await ask(q);
    const times: number[] = [];
    for (const q of corpus.queries) {
      const t = performance.now();
      await ask(q);
      times.push(performance.now() - t);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), ...memoryOf(server.child.pid) };
  } finally {
    await control.stop(server.child);
  }
}

function measureMiniSearch(corpus: Corpus) {
  const before = mb();
  const began = performance.now();
  const mini = new MiniSearch({
    fields: ['title', 'abstract', 'keywords', 'authors'],
    storeFields: ['year', 'languages', 'categories', 'type', 'keywords', 'authors'],
  });
  mini.addAll(
    corpus.records.map((r, id) => ({
      id,
      title: r.title,
      abstract: r.abstract,
      keywords: r.keywords.join(' '),
      authors: r.authors.map((a) => a.family).join(' '),
      year: r.year,
      languages: r.languages,
      categories: r.categories,
      type: r.type,
    })),
  );
  const loadMs = performance.now() - began;
  const times: number[] = [];
  for (const q of corpus.queries) {
    const t = performance.now();
    const hits = mini.search(q, { combineWith: 'AND', prefix: false });
    // The same facets, counted over every hit, as the database does.
    const facets = new Map<string, number>();
    for (const h of hits) {
      for (const key of [
        ...(h.categories as string[]),
        ...(h.languages as string[]),
        h.type as string,
        String(h.year),
      ]) {
        facets.set(key, (facets.get(key) ?? 0) + 1);
      }
    }
    times.push(performance.now() - t);
  }
  return { loadMs, p50: percentile(times, 50), p95: percentile(times, 95), rssDeltaMb: mb() - before };
}

async function measureCdl(): Promise<string> {
  if (!fs.existsSync(cdlPath))
    return '`../shared/data/library/cdl.bib` is absent on this machine: that part was skipped.';
  const database = await openDatabase({ memory: true });
  try {
    await migrateDatabase(database);
    await seedReferenceData(database);
    const ctx = { actor: systemActor('bench'), db: database.db, requestId: 'bench', now: new Date() };
    const bytes = new Uint8Array(fs.readFileSync(cdlPath));
    const began = performance.now();
    const report = await importRecords(ctx, bytes, { skipInvalid: true, publish: true });
    const importMs = performance.now() - began;
    const words = [
      'memory',
      'learning',
      'reading',
      'children',
      'neural network',
      'working memory capacity',
      'cortex',
      'attention',
      'retrieval practice',
      'motivation',
    ];
    const times: number[] = [];
    for (const q of [...words, ...words]) {
      const t = performance.now();
      await searchRecords(ctx, SearchParams.parse({ q }));
      times.push(performance.now() - t);
    }
    return `Real bibliography \`cdl.bib\` (read at run time from the shared data, never copied): ${report.entries} entries read,
${report.created.length} created, ${report.skipped.length} skipped as duplicates, ${report.rejected.length} rejected (listed with their lines),
in ${(importMs / 1000).toFixed(1)} s (parsing with citation-js entry by entry, then one transaction) on PGlite. Searches on it:
p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${times.length} queries, all facets, highlights).`;
  } finally {
    await database.close();
  }
}

/** Runs everything and returns the section for BENCHMARKS.md. Without `control`, the server part is skipped. */
export async function libraryBenchmark(
  control?: ServerControl,
  log: (line: string) => void = console.log,
): Promise<string> {
  const corpus = generateCorpus(corpusSize);
  log(`library: ${corpus.records.length} records generated, ${corpus.distinctWords} distinct words`);
  const results: EngineFigures[] = [];
  // PGlite in a data folder on disk, as the server runs it; then the real server on that folder.
  const data = tempDataDir();
  let server: ServerFigures | null = null;
  try {
    const lite = await openDatabase({ dataDir: data.dir });
    try {
      results.push(await measureEngine(lite, 'PGlite', corpus));
      log(`library: PGlite ${JSON.stringify(results.at(-1))}`);
    } finally {
      await lite.close();
    }
    if (control) {
      server = await measureServer(control, data.dir, corpus);
      log(`library: server ${JSON.stringify(server)}`);
    }
  } finally {
    data.remove();
  }
  if (process.env.DATABASE_URL) {
    const name = `accroche_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    try {
      results.push(await measureEngine(database, 'PostgreSQL', corpus, url.toString()));
      log(`library: PostgreSQL ${JSON.stringify(results.at(-1))}`);
    } finally {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const mini = measureMiniSearch(corpus);
  log(`library: MiniSearch ${JSON.stringify(mini)}`);
  const cdl = await measureCdl();
  const aim = (engine: string) => (engine === 'PGlite' ? 50 : 30);
  const verdict = (ms: number, limit: number) =>
    `${ms.toFixed(1)} ${ms < limit ? 'met' : '**missed**'} (< ${limit} ms)`;
  const rows = results.map(
    (r) =>
      `| ${r.engine} | ${(r.loadMs / 1000).toFixed(1)} s ${r.loadMs < 60_000 ? '(met, < 60 s)' : '(**missed**, < 60 s)'} | ${r.p50.toFixed(1)} | ${verdict(r.p95, aim(r.engine))} | ${r.selectiveP95.toFixed(1)} (${r.selectiveCount} queries) | ${r.broadP95.toFixed(1)} (${r.broadCount} queries) | ${r.browseP95.toFixed(1)} | ${r.meanTotal.toLocaleString('en')} |`,
  );
  const serverLine = server
    ? `The same ${corpus.queries.length} queries through the real server (\`accroche serve\` on the PGlite data folder the
bench loaded, page cache off, \`/api/v1/library/search\` over HTTP, one at a time): p50 ${server.p50.toFixed(1)} ms,
p95 ${server.p95.toFixed(1)} ms. The server's resident memory after them: ${server.rssMb} MB, peak ${server.peakMb} MB
(aim: under 500 MB, ${server.peakMb < 500 ? 'met' : '**missed**'}).`
    : 'The server part (memory of the embedded server) runs only from `npm run bench`.';
  return `## Library search

A generated corpus of ${corpus.records.length.toLocaleString('en')} records (a third each in French, Dutch and English; titles of
5-12 words and abstracts of 40-90 words drawn with Zipf-like frequencies from ${corpus.distinctWords.toLocaleString('en')} distinct words;
1-3 authors from a pool of 3,000 family names; deterministic seed), loaded in one transaction through the same row
builder and bulk insert as the import. ${corpus.queries.length} queries of one to three words drawn from the same frequencies, each
answered through the domain's \`searchRecords\`: total, the six facets counted (disjunctively), 20 results with
highlighted title and abstract. PGlite runs in the benchmark's process on a data folder on disk, as the server
runs it. "Selective" queries match at most 5% of the corpus; "broad" ones more than a third (the most frequent
words of a language: with these frequencies, a third of the queries are of this kind).

| engine | load (insert + word list) | search p50 ms | search p95 ms | p95 selective | p95 broad | browse with two filters p95 ms | mean hits per query |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}
| MiniSearch 7.2 (in memory, same corpus, AND of the words, same facets counted over the hits; no stemming per language, no accent folding, no highlights) | ${(mini.loadMs / 1000).toFixed(1)} s (index, +${mini.rssDeltaMb} MB) | ${mini.p50.toFixed(1)} | ${mini.p95.toFixed(1)} | | | | |

${serverLine}

${cdl}
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const section = await libraryBenchmark();
  console.log(section);
}
