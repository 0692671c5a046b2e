/**
 * The screening figures of `npm run bench`: a call with 1,000 submitted applications (budgets over three years,
 * co-funding, municipalities), then, through a real server process and a signed-in officer with two-step
 * verification, the officers' list page (sequential requests: p50 and p95) and the XLSX export of all of them.
 */
import type { ChildProcess } from 'node:child_process';
import { type HttpClient, signInTurningOnTwoFactor } from '../e2e/http-client.ts';
import { aCallWithApplications, addOfficer, officer, withDataDir } from '../e2e/seed.ts';
import { tempDataDir } from '../e2e/server.ts';

interface Server {
  child: ChildProcess;
  url: string;
}

const count = Number(process.env.BENCH_APPLICATIONS ?? 1000);

/** Writes the call and its applications into a fresh data folder, with an officer account. */
function seed(dataDir: string, secret: string): Promise<string> {
  return withDataDir(
    dataDir,
    async (db, config) => {
      await addOfficer(db, config);
      return aCallWithApplications(db, count);
    },
    { NODE_ENV: 'production', AUTH_SECRET: secret },
  );
}

/** A cookie jar over fetch, posting forms with the CSRF token of the cookie. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}
  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async get(path: string) {
    const res = await fetch(this.base + path, { headers: { cookie: this.header() }, redirect: 'manual' });
    this.keep(res);
    return res;
  }
  async post(path: string, fields: Record<string, string>) {
    const body = new URLSearchParams({ _csrf: this.cookies.get('accroche.csrf') ?? '', ...fields });
    const res = await fetch(this.base + path, {
      method: 'POST',
      headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      redirect: 'manual',
    });
    this.keep(res);
    return res;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Times `n` requests one after the other (after a warm-up), as one officer clicking would. */
async function timed(
  browser: HttpClient,
  path: string,
  n: number,
): Promise<{ p50: number; p95: number; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < 10; i++) await (await browser.get(path)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const began = performance.now();
    const res = await browser.get(path);
    const body = await res.arrayBuffer();
    times.push(performance.now() - began);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), bytes };
}

/** Runs the screening figures and returns their section of BENCHMARKS.md. */
export async function benchApplications(tools: {
  start: (command: string[], env: Record<string, string>, probe: string) => Promise<Server>;
  stop: (child: ChildProcess) => Promise<void>;
  serveCmd: string[];
  secret: string;
}): Promise<string> {
  const data = tempDataDir();
  try {
    const seeding = performance.now();
    const code = await seed(data.dir, tools.secret);
    const seedMs = performance.now() - seeding;
    console.log(`seeded ${count} applications in ${Math.round(seedMs)} ms`);
    const server = await tools.start(tools.serveCmd, { DATA_DIR: data.dir }, '/fr');
    try {
      const browser = await signInTurningOnTwoFactor(server.url, officer.email, officer.password);
      const list = `/fr/admin/calls/${code}/applications`;
      const n = Number(process.env.BENCH_LIST_REQUESTS ?? 200);
      const first = await timed(browser, list, n);
      const sorted = await timed(browser, `${list}?sort=requested&dir=desc&page=7`, n);
      const filtered = await timed(browser, `${list}?municipality=21004&q=jeunes`, n);
      console.log(
        `officer list p95: ${first.p95.toFixed(1)} ms; sorted ${sorted.p95.toFixed(1)}; filtered ${filtered.p95.toFixed(1)}`,
      );
      const exports: number[] = [];
      let xlsxBytes = 0;
      for (let i = 0; i < 3; i++) {
        const began = performance.now();
        const res = await browser.get(`${list}.xlsx`);
        const body = await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`export answered ${res.status}`);
        exports.push(performance.now() - began);
        xlsxBytes = body.byteLength;
      }
      const exportMs = [...exports].sort((a, b) => a - b)[1] as number;
      console.log(`XLSX export of ${count}: ${exports.map((e) => Math.round(e)).join(', ')} ms`);
      const ok = (pass: boolean) => (pass ? 'met' : '**missed**');
      const ms = (v: number) => v.toFixed(1);
      return `
## Screening: a call with ${count.toLocaleString('en-GB')} applications

A fresh data folder holds one call with ${count.toLocaleString('en-GB')} submitted applications in every
screening state, each from its own organisation, with a three-year budget in four categories, co-funding for
one in four and a municipality concerned (written by the bench before the server starts, in
${fmt(seedMs)} ms). The figures go through a real server process (\`NODE_ENV=production\`, PGlite) and the
whole HTTP stack: an officer signs in through the pages and turns on two-step verification, then requests the
pages one after the other (${n} timed requests after 10 of warm-up; time to the last byte, measured by the
client on the same machine). Each page shows 50 rows out of the ${count.toLocaleString('en-GB')}, the counts per
state, the filters and the sortable headers.

| measure | p50 ms | p95 ms | target | |
|---|---|---|---|---|
| officer's list \`/fr/admin/calls/{code}/applications\` (${Math.round(first.bytes / 1024)} kB) | ${ms(first.p50)} | ${ms(first.p95)} | p95 under 100 ms | ${ok(first.p95 < 100)} |
| same, sorted by requested amount, page 7 | ${ms(sorted.p50)} | ${ms(sorted.p95)} | p95 under 100 ms | ${ok(sorted.p95 < 100)} |
| same, filtered by municipality and searched | ${ms(filtered.p50)} | ${ms(filtered.p95)} | p95 under 100 ms | ${ok(filtered.p95 < 100)} |

| measure | figure | target | |
|---|---|---|---|
| XLSX export of all ${count.toLocaleString('en-GB')} applications, median of three (${exports.map((e) => fmt(e)).join(', ')} ms; ${Math.round(xlsxBytes / 1024)} kB) | ${fmt(exportMs)} ms | under 5 s | ${ok(exportMs < 5_000)} |
`;
    } finally {
      await tools.stop(server.child);
    }
  } finally {
    data.remove();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
