/**
 * `npm run bench`: measures the web server and writes BENCHMARKS.md. Each figure stands beside its baseline,
 * measured in the same run on the same machine: pages beside a bare "hello" route of the same framework and
 * server. Load comes from autocannon on loopback, bounded in time. Not a test: nothing here fails a build.
 *
 * `npm run bench` runs every part and writes the whole file. `npm run bench -- load soak` (or BENCH_PARTS=load,soak)
 * runs only the parts named (`load`: the library search under 50 connections; `soak`: minutes of mixed traffic)
 * and replaces only their sections of BENCHMARKS.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { childEnv, cli, freePort, root, tempDataDir } from '../e2e/server.ts';
import { benchApplications } from './applications.ts';
import { benchFigures } from './figures.ts';
import { libraryBenchmark } from './library.ts';
import { benchLoad } from './load.ts';
import { benchSoak } from './soak.ts';

const benchSecret = randomBytes(32).toString('base64url');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Started {
  child: ChildProcess;
  url: string;
  /** Milliseconds from spawning the process to the first 200 answer of `probe`. */
  firstOkMs: number;
  /** What the server's own start-up line says (database open, total start-up), when it printed one. */
  startup: { startupMs?: number; databaseOpenMs?: number };
}

/** Spawns a server and times it to its first successful answer. */
async function start(command: string[], env: Record<string, string>, probe: string): Promise<Started> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, command, {
    cwd: root,
    env: childEnv({ ...env, PORT: String(port), NODE_ENV: 'production', AUTH_SECRET: benchSecret }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const startup: Started['startup'] = {};
  // The last lines a server printed, shown if it ends without being asked to (a crash, or a signal from outside).
  const last: string[] = [];
  child.once('exit', (code, signal) => {
    if (stopping.has(child)) return;
    console.error(`${command.join(' ')} ended unasked (code ${code}, signal ${signal}); its last lines:`);
    console.error(last.join('\n'));
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim()) last.push(line.slice(0, 2000));
      if (last.length > 20) last.shift();
      if (!line.includes('listening on')) continue;
      try {
        const parsed = JSON.parse(line) as { startupMs?: number; databaseOpenMs?: number };
        startup.startupMs = parsed.startupMs;
        startup.databaseOpenMs = parsed.databaseOpenMs;
      } catch {
        // not a JSON log line
      }
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${command.join(' ')} exited with ${child.exitCode ?? child.signalCode}`);
    }
    try {
      const res = await fetch(`${url}${probe}`);
      await res.arrayBuffer();
      if (res.status === 200) return { child, url, firstOkMs: performance.now() - began, startup };
    } catch {
      // not listening yet
    }
    if (performance.now() - began > 60_000) {
      stopping.add(child);
      child.kill('SIGTERM');
      throw new Error(`${command.join(' ')} did not answer within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

const stopping = new WeakSet<ChildProcess>();

function stop(child: ChildProcess): Promise<void> {
  stopping.add(child);
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process, from /proc (Linux). */
function rssMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

interface Load {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(label: string, url: string): Promise<Load> {
  // A short warm-up so that caches and the JIT are in their steady state.
  await autocannon({ url, connections, duration: 1 });
  const r = await autocannon({ url, connections, duration: seconds });
  const errors = r.errors + r.timeouts + r.non2xx;
  console.log(`${label}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, errors ${errors}`);
  return { label, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const pct = (a: number, b: number) => `${Math.round((a / b) * 100)}%`;

const serveCmd = [cli, 'serve'];
const helloCmd = [path.join(root, 'bin/run-ts.js'), path.join(root, 'bench/hello-server.ts')];
const benchmarksFile = path.join(root, 'BENCHMARKS.md');

// The parts that may run alone, each writing one section of its own.
const parts = {
  load: () => benchLoad({ start, stop, serveCmd, helloCmd }),
  soak: () => benchSoak({ start, stop, serveCmd, helloCmd, secret: benchSecret }),
};
type Part = keyof typeof parts;
const asked = (process.argv.length > 2 ? process.argv.slice(2) : (process.env.BENCH_PARTS ?? '').split(','))
  .map((p) => p.trim())
  .filter(Boolean);
const unknown = asked.filter((p) => !(p in parts));
if (unknown.length)
  throw new Error(`unknown bench part ${unknown.join(', ')}; parts: ${Object.keys(parts).join(', ')}`);

/** The file with each new section in place of the section of the same heading (or added at the end). */
function replaceSections(file: string, sections: string[]): string {
  let out = file;
  for (const section of sections) {
    const heading = section.trim().split('\n')[0] as string;
    const at = out.indexOf(`\n${heading}\n`);
    if (at < 0) {
      out = `${out.trimEnd()}\n${section}`;
      continue;
    }
    const next = out.indexOf('\n## ', at + heading.length + 2);
    out = `${out.slice(0, at)}${section}${next < 0 ? '' : out.slice(next)}`;
  }
  return out;
}

if (asked.length > 0) {
  const sections: string[] = [];
  for (const part of asked as Part[]) sections.push(await parts[part]());
  const before = fs.existsSync(benchmarksFile) ? fs.readFileSync(benchmarksFile, 'utf8') : '# Benchmarks\n';
  fs.writeFileSync(benchmarksFile, replaceSections(before, sections));
  console.log(`BENCHMARKS.md: ${asked.join(', ')} written`);
  process.exit(0);
}

const data = tempDataDir();
try {
  // Start-up: a fresh data folder (creates the database, migrates, loads reference data), then a warm restart.
  const fresh = await start(serveCmd, { DATA_DIR: data.dir }, '/fr');
  console.log(`fresh data folder to first page: ${fmt(fresh.firstOkMs)} ms`);
  await stop(fresh.child);
  // Start-up time varies with what else the machine does: three warm restarts, the median is the figure.
  const restarts: Started[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await start(serveCmd, { DATA_DIR: data.dir }, '/fr');
    restarts.push(run);
    if (i < 2) await stop(run.child);
  }
  const warm = restarts[2] as Started;
  const byTime = [...restarts].sort((a, b) => a.firstOkMs - b.firstOkMs);
  const median = byTime[1] as Started;
  console.log(`warm restart to first page: ${restarts.map((r) => fmt(r.firstOkMs)).join(', ')} ms`);
  const rssIdle = rssMb(warm.child.pid);

  const hello = await start(helloCmd, {}, '/hello');
  const results: Load[] = [];
  results.push(await load('bare "hello" route (baseline)', `${hello.url}/hello`));
  results.push(await load('home page /fr', `${warm.url}/fr`));
  results.push(await load('scheme page /fr/schemes/das', `${warm.url}/fr/schemes/das`));
  results.push(await load('API /api/v1/schemes (JSON, uncached)', `${warm.url}/api/v1/schemes`));
  const rssLoaded = rssMb(warm.child.pid);
  await stop(warm.child);

  // The same pages rendered on every request: the page cache turned off.
  const uncached = await start(serveCmd, { DATA_DIR: data.dir, PAGE_CACHE_SECONDS: '0' }, '/fr');
  results.push(await load('home page /fr, page cache off', `${uncached.url}/fr`));
  results.push(await load('scheme page /fr/schemes/das, page cache off', `${uncached.url}/fr/schemes/das`));
  const figuresSection = await benchFigures(uncached.url, hello.url);
  await stop(uncached.child);
  await stop(hello.child);

  // Screening: a call with 1,000 applications, the officers' list and the XLSX export (bench/applications.ts).
  const screening = await benchApplications({ start, stop, serveCmd, secret: benchSecret });

  const base = results[0] as Load;
  const home = results[1] as Load;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const rows = results.map(
    (r) => `| ${r.label} | ${fmt(r.rps)} | ${pct(r.rps, base.rps)} | ${r.p50} | ${r.p99} | ${r.errors} |`,
  );
  const ok = (pass: boolean) => (pass ? 'met' : '**missed**');
  const md = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${os.cpus().length} cores
(${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${os.platform()} ${os.release()}.
Database: embedded PGlite in a fresh data folder. Load: autocannon on loopback, ${connections} connections,
${seconds} s per figure after a 1 s warm-up, running on the same cores as the server (so every figure, the
baseline included, is lower than on a machine where the load comes from elsewhere). Server started with
\`NODE_ENV=production\` and its default logging (one JSON line per request).

## Start-up

| measure | figure | target | |
|---|---|---|---|
| fresh data folder to first page (create database, migrate, load reference data, serve \`/fr\`) | ${fmt(fresh.firstOkMs)} ms | under 10 s | ${ok(fresh.firstOkMs < 10_000)} |
| warm restart to first page, median of three (${restarts.map((r) => fmt(r.firstOkMs)).join(', ')} ms) | ${fmt(median.firstOkMs)} ms | under 2 s | ${ok(median.firstOkMs < 2_000)} |
| of which: server start-up as it logs it (open the database, check migrations and reference data, build the app) | ${fmt(median.startup.startupMs ?? Number.NaN)} ms | | |
| of which: opening the PGlite database (WebAssembly start of PostgreSQL; the web layer loads meanwhile) | ${fmt(median.startup.databaseOpenMs ?? Number.NaN)} ms | | |
| resident memory after start | ${rssIdle} MB | | |
| resident memory after the load below | ${rssLoaded} MB | | |

## Requests per second

The baseline is a bare Hono route on the same \`@hono/node-server\`, with no middleware and no database,
measured in this run. Pages are served through the whole stack: request id and log line, security headers,
language cookie, page cache.

| route | req/s | of baseline | p50 ms | p99 ms | errors |
|---|---|---|---|---|---|
${rows.join('\n')}

Target: the home page at 20% or more of the bare route's requests per second on PGlite:
${pct(home.rps, base.rps)}, ${ok(home.rps / base.rps >= 0.2)}.

Public pages are the same for every visitor, so they are rendered once and kept in memory, compressed, until
the public data changes (see docs/architecture.md). The "page cache off" rows show the cost of rendering each
time: the database queries of a page (PGlite answers one query at a time, in the server's own thread) and the
JSX rendering.
${screening}
${figuresSection}`;
  // The library's search benchmark (bench/library.ts): its own corpus, engines and figures.
  const library = process.env.BENCH_LIBRARY === '0' ? '' : `\n${await libraryBenchmark({ start, stop, serveCmd })}`;
  const underLoad = await parts.load();
  const soak = await parts.soak();
  fs.writeFileSync(benchmarksFile, md + library + underLoad + soak);
  console.log('BENCHMARKS.md written');
} finally {
  data.remove();
}
