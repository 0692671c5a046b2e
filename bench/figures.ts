/**
 * Public figures in the benchmark: the dashboard and an indicator page, rendered on every request (page cache
 * off, so each one queries the database and draws its SVG charts), timed one request at a time for their p95,
 * beside the bare "hello" route timed the same way in the same run.
 */

export interface Timing {
  label: string;
  p50: number;
  p95: number;
  max: number;
}

const requests = Number(process.env.BENCH_FIGURES_REQUESTS ?? 200);

async function time(label: string, url: string): Promise<Timing> {
  const once = async () => {
    const began = performance.now();
    const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - began;
  };
  for (let i = 0; i < 20; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) samples.push(await once());
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  const t = { label, p50: at(0.5), p95: at(0.95), max: at(1) };
  console.log(`${label}: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`);
  return t;
}

/** Times the figures pages on a server started with the page cache off; returns the section of BENCHMARKS.md. */
export async function benchFigures(serverUrl: string, helloUrl: string): Promise<string> {
  const rows = [
    await time('bare "hello" route (baseline)', `${helloUrl}/hello`),
    await time('dashboard /fr/figures (4 charts and the map)', `${serverUrl}/fr/figures`),
    await time(
      'indicator page /fr/figures/early-leavers-18-24 (3 charts, 217 values)',
      `${serverUrl}/fr/figures/early-leavers-18-24`,
    ),
    await time(
      'map page /nl/figures/map/disadvantaged-first-secondary',
      `${serverUrl}/nl/figures/map/disadvantaged-first-secondary`,
    ),
  ];
  const ms = (n: number) => n.toFixed(1);
  const pages = rows.slice(1, 3);
  const met = pages.every((r) => r.p95 < 50);
  return `
## Public figures

Rendered on every request (page cache off): the database queries, the SVG charts drawn with d3-scale,
d3-shape and d3-geo, and the page. ${requests} requests one after the other after 20 to warm up, timed by the
client, in the same run as the bare route.

| route | p50 ms | p95 ms | max ms |
|---|---|---|---|
${rows.map((r) => `| ${r.label} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} |`).join('\n')}

Target: the dashboard and an indicator page at p95 under 50 ms on PGlite, charts included:
${met ? 'met' : '**missed**'}.
`;
}
