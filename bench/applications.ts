/**
 * The screening figures of `npm run bench`: a call with 1,000 submitted applications (budgets over three years,
 * co-funding, municipalities), then, through a real server process and a signed-in officer with two-step
 * verification, the officers' list page (sequential requests: p50 and p95) and the XLSX export of all of them.
 */
import type { ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { tempDataDir } from '../e2e/server.ts';
import { openConfigured, prepare } from '../src/cli/runtime.ts';
import { loadConfig } from '../src/core/config.ts';
import { systemActor } from '../src/core/context.ts';
import { organisationMembers, organisations } from '../src/db/schema/index.ts';
import type { BudgetAnswer, BudgetCategory } from '../src/domain/forms/definition.ts';
import { createAuth } from '../src/domain/identity/auth.ts';
import { createAccount } from '../src/domain/identity/create-account.ts';
import { addUser, anApplication, aPublishedCall, enterpriseNumberFrom } from '../test/factories.ts';

interface Server {
  child: ChildProcess;
  url: string;
}

const benchCount = Number(process.env.BENCH_APPLICATIONS ?? 1000);
const count = benchCount;
const email = 'officer@bench.example.be';
const password = 'a long benchmark password';
/** The officer `seed` creates and `signIn` signs in (browser tests create the same one). */
export const benchOfficer = { email, password };
const nis = ['21001', '21002', '21003', '21004', '21005', '21006', '21007', '21008', '21009', '21010'];
const nis2 = ['21011', '21012', '21013', '21014', '21015', '21016', '21017', '21018', '21019'];
const municipalities = [...nis, ...nis2];

/** A budget over 2027-2029 that varies from one application to the next, as real ones do (cents). */
function budgetFor(i: number): BudgetAnswer {
  const spread = (base: number) => Math.round(base * (0.6 + ((i * 37) % 80) / 100));
  const years = ['2027', '2028', '2029'];
  const line = (category: BudgetCategory, label: string, yearly: number) => ({
    category,
    label,
    amounts: Object.fromEntries(years.map((y) => [y, String(spread(yearly))])),
  });
  return {
    lines: [
      line('staff', 'Animateur à mi-temps', 2_200_000),
      line('staff', 'Coordination', 600_000),
      line('operating', 'Ateliers et sorties', 450_000),
      line('equipment', 'Matériel pédagogique', i % 3 === 0 ? 150_000 : 0),
      line('other', 'Frais de gestion', 80_000),
    ],
    cofunding: i % 4 === 0 ? [{ source: 'Commune', amounts: { '2027': String(spread(300_000)) } }] : [],
  };
}

/** Writes the call and its applications into a fresh data folder, with an officer account. */
export async function seed(dataDir: string, secret: string, count = benchCount): Promise<string> {
  const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'production', AUTH_SECRET: secret, LOG_LEVEL: 'silent' });
  const database = await openConfigured(config);
  try {
    await prepare(database, config);
    const db = database.db;
    const ctx = { actor: systemActor('bench'), db, requestId: 'bench', now: new Date() };
    await createAccount(ctx, createAuth({ db, config }), {
      email,
      name: 'Officer',
      password,
      lang: 'fr',
      roles: ['officer'],
    });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 16);
    const call = await aPublishedCall(db, { at: new Date(), opensAt: day(-30), closesAt: day(20) });
    const owner = await addUser(db, { name: 'Applicant', email: 'applicant@bench.example.be' });
    const states = ['submitted', 'submitted', 'submitted', 'info_requested', 'eligible', 'ineligible'] as const;
    // Organisations written in bulk (their own verb is measured elsewhere), each with its owner.
    const created = await db
      .insert(organisations)
      .values(
        Array.from({ length: count }, (_, i) => ({
          type: (['association', 'association', 'school', 'municipal_service'] as const)[i % 4] ?? 'association',
          legalName: `${['Association', 'Maison de jeunes', 'École', 'Service communal'][i % 4]} ${i + 1}`,
          enterpriseNumber: enterpriseNumberFrom(`0${String(20_000_000 + i).slice(1)}`),
          municipalityNis: municipalities[i % municipalities.length] as string,
          street: 'Rue de la Loi 1',
          postalCode: '1000',
          city: 'Bruxelles',
          lang: 'fr' as const,
        })),
      )
      .returning({ id: organisations.id });
    await db
      .insert(organisationMembers)
      .values(created.map((o) => ({ organisationId: o.id, userId: owner.id, role: 'owner' as const })));
    for (let i = 0; i < count; i++) {
      const organisationId = created[i]?.id as string;
      await anApplication(db, {
        call,
        organisationId,
        state: states[i % states.length] ?? 'submitted',
        budget: budgetFor(i),
        title: `Projet d’accrochage n° ${i + 1}`,
        municipalities: [municipalities[(i * 7) % municipalities.length] as string],
        submittedAt: new Date(Date.now() - (i % 30) * 3_600_000),
      });
    }
    return call.code;
  } finally {
    await database.close();
  }
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

/** RFC 6238 code of a base32 key, as an authenticator app computes it. */
function totp(secret: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...secret.replace(/=+$/, '').toUpperCase()]
    .map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0'))
    .join('');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => Number.parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** Signs the officer in through the pages and turns two-step verification on, as a person would. */
export async function signIn(url: string): Promise<Browser> {
  const browser = new Browser(url);
  await browser.get('/fr/sign-in');
  const signedIn = await browser.post('/fr/sign-in', { email, password });
  if (signedIn.status !== 303) throw new Error(`sign-in answered ${signedIn.status}`);
  await browser.get('/fr/account');
  const setup = await browser.post('/fr/account/two-factor/enable', { tfaPassword: password });
  const uri = (await setup.text()).match(/href="(otpauth:\/\/[^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
  const secret = uri ? new URL(uri).searchParams.get('secret') : null;
  if (!uri || !secret) throw new Error('two-step set-up page without its key');
  const verified = await browser.post('/fr/account/two-factor/verify', { code: totp(secret), totpUri: uri });
  if (verified.status !== 303) throw new Error(`two-step confirmation answered ${verified.status}`);
  return browser;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Times `n` requests one after the other (after a warm-up), as one officer clicking would. */
async function timed(browser: Browser, path: string, n: number): Promise<{ p50: number; p95: number; bytes: number }> {
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
      const browser = await signIn(server.url);
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
