/**
 * `npm run bench -- load`: the library search under many connections. A real server (`accroche serve`, PGlite, a
 * fresh data folder with the shipped library) takes 50 connections on loopback for a fixed time on the search
 * API and the HTML search page, beside a cached public page and the bare "hello" route measured in the same run.
 */
import type { ChildProcess } from 'node:child_process';
import { tempDataDir } from '../e2e/server.ts';
import {
  fmt,
  freshSearchRequest,
  type LoadFigures,
  loadHeader,
  loadRow,
  measure,
  rssMb,
  searchRequests,
} from './load-tools.ts';

interface Server {
  child: ChildProcess;
  url: string;
}

export interface BenchTools {
  start: (command: string[], env: Record<string, string>, probe: string) => Promise<Server>;
  stop: (child: ChildProcess) => Promise<void>;
  serveCmd: string[];
  helloCmd: string[];
}

/** Seconds of load per figure (after a 1 s warm-up) and connections: settings of the run. */
export const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
export const loadConnections = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);

/** Runs the load figures and returns their section of BENCHMARKS.md. */
export async function benchLoad(tools: BenchTools): Promise<string> {
  const data = tempDataDir();
  const hello = await tools.start(tools.helloCmd, {}, '/hello');
  let server: Server | undefined;
  try {
    server = await tools.start(tools.serveCmd, { DATA_DIR: data.dir }, '/fr');
    const live = server;
    const run = async (label: string, options: Parameters<typeof measure>[1]) => {
      const figures = await measure(label, options, loadSeconds, loadConnections);
      if (live.child.exitCode !== null || live.child.signalCode !== null) {
        throw new Error(`the server ended during "${label}" (${live.child.exitCode ?? live.child.signalCode})`);
      }
      return figures;
    };
    const rssIdle = rssMb(server.child.pid);
    const api = `${server.url}/api/v1/library/search`;
    const rows: LoadFigures[] = [
      await run('bare "hello" route (baseline)', { url: `${hello.url}/hello` }),
      await run('public page /fr (page cache)', { url: `${server.url}/fr` }),
      await run('API search, one query repeated (`?q=ecole`)', { url: `${api}?q=ecole` }),
      await run('API search, 12 searches in turn (9 distinct)', { url: server.url, requests: searchRequests(api) }),
      await run('HTML search page, the same 12 in turn', {
        url: server.url,
        requests: searchRequests('/fr/library'),
      }),
      await run('API search, a new query on every request (never cached)', {
        url: server.url,
        requests: [freshSearchRequest('/api/v1/library/search')],
      }),
      await run('HTML search page, a new query on every request', {
        url: server.url,
        requests: [freshSearchRequest('/fr/library')],
      }),
    ];
    const rssLoaded = rssMb(server.child.pid);
    const base = rows[0] as LoadFigures;
    return `
## Library search under load

${loadConnections} connections on loopback for ${loadSeconds} s per row (after a 1 s warm-up), against a real
server (\`accroche serve\`, \`NODE_ENV=production\`, default logging, embedded PGlite, a fresh data folder
holding the shipped library), beside the bare "hello" route and a page-cached public page in the same run.
The client runs on the same cores as the server. Columns in turn: requests per second (answered, whatever the
status), those answered in 2xx per second, latency percentiles of the answered requests, connection errors,
requests left unanswered after 10 s (timeouts), answers outside 2xx other than 503, and 503 answers (the
search's queue full or waited in too long, sent with \`Retry-After\`; the client sends its next request at once
instead of waiting as told, so a refusal costs nothing but its own answer). "12 searches
in turn" walks nine distinct searches (words in French, Dutch and English, a filter, a sort, a second page), two
of them asked again (three repeats in the twelve); "a new query" adds a word no record holds, so each request is a new search.

${loadHeader}
${rows.map((r) => loadRow(r, base)).join('\n')}

Resident memory of the server: ${fmt(rssIdle)} MB after start, ${fmt(rssLoaded)} MB after the load.
`;
  } finally {
    if (server) await tools.stop(server.child);
    await tools.stop(hello.child);
    data.remove();
  }
}
