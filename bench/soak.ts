/**
 * `npm run bench -- soak`: minutes of mixed traffic against a real server (`accroche serve`, PGlite): public
 * pages, library searches (API and page), API reads, and a signed-in applicant's pages, all at once on 50
 * connections. Reports errors (the aim is none), throughput, latency, and the server's resident memory sampled
 * from /proc every few seconds, with the verdict on whether it stays flat after the warm-up. The bare "hello"
 * route is measured in the same run at the same number of connections.
 */
import { tempDataDir } from '../e2e/server.ts';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/cli/demo.ts';
import { openConfigured, prepare } from '../src/cli/runtime.ts';
import { loadConfig } from '../src/core/config.ts';
import { createLogger } from '../src/core/logger.ts';
import { createAuth } from '../src/domain/identity/auth.ts';
import { Browser } from './applications.ts';
import { type BenchTools, loadConnections } from './load.ts';
import { fmt, type LoadFigures, loadHeader, loadRow, measure, rssMb, searchRequests } from './load-tools.ts';

/** Length of the soak (SOAK_SECONDS, five minutes unless told) and the interval between memory samples. */
const soakSeconds = Number(process.env.SOAK_SECONDS ?? 300);
const sampleSeconds = Number(process.env.SOAK_SAMPLE_SECONDS ?? 5);

/** The demo accounts, organisations, calls and applications, written before the server starts. */
async function seed(dataDir: string, secret: string): Promise<void> {
  const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'production', AUTH_SECRET: secret, LOG_LEVEL: 'silent' });
  const database = await openConfigured(config);
  try {
    await prepare(database, config);
    const logger = createLogger('silent');
    await ensureDemoAccounts(database.db, createAuth({ db: database.db, config }), logger, dataDir);
  } finally {
    await database.close();
  }
}

/** Signs the demo applicant in through the pages; returns the session's cookie header and their pages. */
async function applicantPages(url: string): Promise<{ cookie: string; paths: string[] }> {
  const browser = new Browser(url);
  await browser.get('/fr/sign-in');
  const signedIn = await browser.post('/fr/sign-in', {
    email: 'applicant@demo.accroche.localhost',
    password: DEMO_PASSWORD,
  });
  if (signedIn.status !== 303) throw new Error(`the applicant's sign-in answered ${signedIn.status}`);
  const dashboard = await (await browser.get('/fr/applications')).text();
  const ids = [...new Set(dashboard.match(/\/fr\/applications\/[0-9a-f-]{36}(?=")/g) ?? [])];
  if (ids.length === 0) throw new Error('the applicant has no application to open');
  return { cookie: browser.header(), paths: ['/fr/applications', '/fr/account', ...ids.slice(0, 3)] };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Runs the soak and returns its section of BENCHMARKS.md. */
export async function benchSoak(tools: BenchTools & { secret: string }): Promise<string> {
  const data = tempDataDir();
  try {
    await seed(data.dir, tools.secret);
    const hello = await tools.start(tools.helloCmd, {}, '/hello');
    let baseline: LoadFigures;
    try {
      baseline = await measure(
        'bare "hello" route (baseline)',
        { url: `${hello.url}/hello` },
        Math.min(30, soakSeconds),
        loadConnections,
      );
    } finally {
      await tools.stop(hello.child);
    }

    const server = await tools.start(tools.serveCmd, { DATA_DIR: data.dir }, '/fr');
    try {
      const applicant = await applicantPages(server.url);
      const found = (await (await fetch(`${server.url}/api/v1/library/search?q=`)).json()) as {
        results: { record: { id: string } }[];
      };
      const record = found.results[0]?.record.id;
      if (!record) throw new Error('the library has no published record');
      const searches = searchRequests('/api/v1/library/search');
      const pages = searchRequests('/nl/library');
      const publicPaths = [
        '/fr',
        '/nl/schemes/das',
        '/fr/figures',
        `/en/library/records/${record}`,
        '/fr/library/categories',
        '/api/v1/schemes',
        `/api/v1/library/records/${record}`,
      ];
      const signedIn = { cookie: applicant.cookie };
      // Every request of the mix answers 200 before the soak starts, so that any error counted is one.
      const requests: { method: 'GET'; path: string; headers?: Record<string, string> }[] = [
        ...publicPaths.map((path) => ({ method: 'GET' as const, path })),
        ...searches.slice(0, 6),
        ...pages.slice(0, 6),
        ...applicant.paths.map((path) => ({ method: 'GET' as const, path, headers: signedIn })),
      ];
      for (const r of requests) {
        const res = await fetch(`${server.url}${r.path}`, { headers: r.headers ?? {}, redirect: 'manual' });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${r.path} answered ${res.status} before the soak`);
      }
      const samples: { at: number; mb: number }[] = [];
      const began = performance.now();
      const sampler = setInterval(() => {
        samples.push({ at: (performance.now() - began) / 1000, mb: rssMb(server.child.pid) });
      }, sampleSeconds * 1000);
      let soak: LoadFigures;
      try {
        soak = await measure(
          `mixed traffic for ${fmt(soakSeconds)} s`,
          { url: server.url, requests },
          soakSeconds,
          loadConnections,
        );
      } finally {
        clearInterval(sampler);
      }
      // The warm-up is the first fifth of the run, at most a minute; the two windows compared are as long.
      const window = Math.min(60, soakSeconds / 5);
      const afterWarmUp = mean(samples.filter((s) => s.at >= 1 + window && s.at < 1 + 2 * window).map((s) => s.mb));
      const last = mean(samples.filter((s) => s.at >= 1 + soakSeconds - window).map((s) => s.mb));
      const change = (last - afterWarmUp) / afterWarmUp;
      const flat = Math.abs(change) <= 0.1;
      const sign = change >= 0 ? '+' : '';
      console.log(`soak memory: ${fmt(afterWarmUp)} MB after warm-up, ${fmt(last)} MB at the end`);
      const errors = soak.errors + soak.timeouts + soak.non2xx + soak.unavailable;
      return `
## Soak: mixed traffic

A real server (\`accroche serve\`, \`NODE_ENV=production\`, default logging, embedded PGlite) on a data folder
holding the reference data and the demo accounts, organisations, calls and applications. ${loadConnections}
connections on loopback for ${fmt(soakSeconds)} s (\`SOAK_SECONDS\`), each walking the same mix of
${requests.length} requests: ${publicPaths.length} public pages and API reads (home, a scheme, the figures
dashboard, a library record, the categories, the schemes and a record through the API), 6 library searches
through the API and 6 through the Dutch search page, and ${applicant.paths.length} pages of the demo applicant,
signed in (the list of their applications, their account, and up to three of their applications). Every
request of the mix answered 200 before the soak began. The bare "hello" route took the same connections for
${fmt(Math.min(30, soakSeconds))} s in the same run.

${loadHeader}
${[baseline, soak].map((r) => loadRow(r, baseline)).join('\n')}

Errors of every kind: ${fmt(errors)} in ${fmt(soak.requests)} requests (aim: none).

Resident memory of the server, read from /proc every ${sampleSeconds} s (${samples.length} samples): from
${fmt(Math.min(...samples.map((s) => s.mb)))} to ${fmt(Math.max(...samples.map((s) => s.mb)))} MB. Mean over
the ${fmt(window)} s after the warm-up (the first ${fmt(window)} s): ${fmt(afterWarmUp)} MB; over the last
${fmt(window)} s: ${fmt(last)} MB (${sign}${(change * 100).toFixed(1)}%). Verdict:
${flat ? 'flat within 10% after warm-up' : '**not flat**: it moved by more than 10% after warm-up'}. The resident
memory also counts garbage the collector has not taken yet, which comes and goes by hundreds of MB under this
load; docs/architecture.md gives the heap measured after forced collections under the same mix.
`;
    } finally {
      await tools.stop(server.child);
    }
  } finally {
    data.remove();
  }
}
