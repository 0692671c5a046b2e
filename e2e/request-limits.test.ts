import fs from 'node:fs';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite.ts';

/**
 * Oversized bodies against the real server: the answer comes at once, from the announced length or from the
 * bytes as they stream, and the server neither reads nor keeps the rest.
 */
const suite = browserSuite({ browser: false });

const mb = 1024 * 1024;

/** The server's resident memory, from /proc. */
const rss = () => {
  const status = fs.readFileSync(`/proc/${suite.server.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
};

/**
 * Posts up to `total` bytes in 256 kB chunks, announcing them with Content-Length or not (chunked), and stops
 * writing as soon as the answer arrives: the status, and how much had been written by then.
 */
async function flood(path: string, total: number, announce: boolean, headers: Record<string, string> = {}) {
  // The server closes the connection once it has answered: when that close reaches us while we still write, before
  // we read the answer, the answer is lost with the connection (EPIPE, ECONNRESET). Nothing is learnt: again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await floodOnce(path, total, announce, headers);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPIPE' && code !== 'ECONNRESET')) throw error;
    }
  }
}

function floodOnce(path: string, total: number, announce: boolean, headers: Record<string, string>) {
  return new Promise<{ status: number; written: number; body: string }>((resolve, reject) => {
    const url = new URL(path, suite.url);
    let written = 0;
    let answered = false;
    const req = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(announce ? { 'content-length': String(total) } : {}),
        ...headers,
      },
    });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, written, body }));
      res.on('error', reject);
    });
    // The server may close the connection while we still write: that is the point, not a failure.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(256 * 1024, 97);
    const pump = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('oversized request bodies on the real server', () => {
  it('answers an announced 300 MB anonymous post 413 at once, reading almost none of it', async () => {
    const result = await flood('/en/sign-in', 300 * mb, true);
    expect(result.status).toBe(413);
    expect(result.body).toContain('lang="en"');
    expect(result.written).toBeLessThan(64 * mb);
  });

  it('stops a chunked body without a length past the limit, and problem details on the API', async () => {
    const result = await flood('/api/v1/organisations', 300 * mb, false, {
      'content-type': 'application/json',
      'accept-language': 'nl',
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(result.written).toBeLessThan(64 * mb);
  });

  it('keeps answering health checks while a large body is refused, and its memory stays bounded', async () => {
    const before = await fetch(`${suite.url}/healthz`);
    expect(before.status).toBe(200);
    const memory = rss();
    const refused = flood('/fr/sign-in', 200 * mb, false);
    const health = await fetch(`${suite.url}/healthz`);
    expect(health.status).toBe(200);
    expect((await refused).status).toBe(413);
    const status = await fetch(`${suite.url}/healthz`);
    expect(status.status).toBe(200);
    // Far less than the 200 MB sent: at most the limit was ever held.
    expect(rss() - memory).toBeLessThan(100 * mb);
  });
});
