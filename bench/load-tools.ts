/**
 * What the load and soak parts of `npm run bench` share: one autocannon run with every figure the tables show
 * (requests per second, latency percentiles, connection errors, timeouts, 503 answers apart from other non-2xx),
 * the row that prints it beside its baseline, and the resident memory of a process read from /proc.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';

export interface LoadFigures {
  label: string;
  rps: number;
  /** Answers in 2xx per second over the run. */
  okRps: number;
  requests: number;
  p50: number;
  p975: number;
  p99: number;
  /** Connection errors other than timeouts. */
  errors: number;
  /** Requests without an answer within autocannon's timeout (10 s). */
  timeouts: number;
  /** Answers outside 2xx, other than 503. */
  non2xx: number;
  /** 503 answers: refused by a bounded queue, with Retry-After. */
  unavailable: number;
}

export type LoadOptions = Omit<autocannon.Options, 'duration' | 'connections'>;

/** One autocannon run after a 1 s warm-up, so that caches and the JIT are in their steady state. */
export async function measure(
  label: string,
  options: LoadOptions,
  seconds: number,
  connections: number,
): Promise<LoadFigures> {
  await autocannon({ ...options, connections, duration: 1 });
  const r = await autocannon({ ...options, connections, duration: seconds });
  const unavailable = r.statusCodeStats?.['503' as keyof typeof r.statusCodeStats]?.count ?? 0;
  const figures: LoadFigures = {
    label,
    rps: r.requests.average,
    okRps: r['2xx'] / r.duration,
    requests: r.requests.total,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    // autocannon counts a timeout among its errors too.
    errors: r.errors - r.timeouts,
    timeouts: r.timeouts,
    non2xx: r.non2xx - unavailable,
    unavailable,
  };
  console.log(
    `${label}: ${Math.round(figures.rps)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, errors ${figures.errors}, ` +
      `timeouts ${figures.timeouts}, non-2xx ${figures.non2xx}, 503 ${figures.unavailable}`,
  );
  return figures;
}

export const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const pct = (a: number, b: number) => `${Math.round((a / b) * 100)}%`;

/** The table head matching `loadRow`. */
export const loadHeader = `| route | req/s | of baseline | 2xx per s | p50 ms | p97.5 ms | p99 ms | errors | timeouts | non-2xx | 503 |
|---|---|---|---|---|---|---|---|---|---|---|`;

/** One table row, the requests per second also as a share of the baseline's. */
export function loadRow(f: LoadFigures, base: LoadFigures): string {
  const counts = [f.errors, f.timeouts, f.non2xx, f.unavailable].map(fmt).join(' | ');
  return `| ${f.label} | ${fmt(f.rps)} | ${pct(f.rps, base.rps)} | ${fmt(f.okRps)} | ${f.p50} | ${f.p975} | ${f.p99} | ${counts} |`;
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * Search parameters in the library's three languages that find records of the shipped seed: several distinct
 * searches, some repeated (as visitors repeat the frequent ones), a filter, a sort and a second page among them.
 */
const searches: Record<string, string>[] = [
  { q: 'ecole' },
  { q: 'décrochage scolaire' },
  { q: 'ecole' },
  { q: 'early school leaving' },
  { q: 'vroegtijdig schoolverlaten' },
  { q: 'ecole' },
  { q: 'décrochage scolaire' },
  { q: 'jeunes bruxelles' },
  { q: 'ecole', sort: 'newest' },
  { q: 'décrochage', category: 'prevention' },
  { q: 'spijbelen' },
  { q: 'school', page: '2' },
];

/** The searches above as autocannon requests on one path (each connection walks the list in turn). */
export function searchRequests(path: string): { method: 'GET'; path: string }[] {
  return searches.map((s) => ({ method: 'GET', path: `${path}?${new URLSearchParams(s)}` }));
}

/** A request whose query is new each time (an excluded word no record holds): the search cache never hits. */
export function freshSearchRequest(path: string): autocannon.Request {
  let n = 0;
  return {
    method: 'GET',
    setupRequest: (req) => {
      n += 1;
      return { ...req, path: `${path}?${new URLSearchParams({ q: `ecole -zq${n}` })}` };
    },
  };
}
