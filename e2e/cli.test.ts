import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startServer, tempDataDir } from './server.ts';

const data = tempDataDir();
afterAll(() => data.remove());

describe('the accroche command', () => {
  it('refuses to start on an invalid configuration and names the variable', async () => {
    const [result, bad] = await Promise.all([
      runCli(['serve'], { PORT: 'eighty', DATA_DIR: data.dir }),
      runCli(['migrate'], { DATABASE_URL: 'mysql://nowhere', DATA_DIR: data.dir }),
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('PORT');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('DATABASE_URL');
  });

  it('starts on a fresh data folder, serves pages, refuses a second process, and stops cleanly on SIGTERM', async () => {
    const server = await startServer({ DATA_DIR: data.dir });
    try {
      const res = await fetch(`${server.url}/fr/schemes/das`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('DAS');
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

      const second = await runCli(['migrate'], { DATA_DIR: data.dir });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`in use by process ${server.child.pid}`);
    } finally {
      const code = await server.stop();
      expect(code).toBe(0);
    }
    expect(server.output.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    expect(fs.existsSync(path.join(data.dir, 'accroche.lock'))).toBe(false);
  });

  it('restarts on the same folder with its data, and every log line carries a request id', async () => {
    const server = await startServer({ DATA_DIR: data.dir });
    try {
      expect((await fetch(`${server.url}/nl/municipalities/21009`)).status).toBe(200);
      expect(server.output.some((l) => l.includes('"referenceData":"current'))).toBe(true);
    } finally {
      await server.stop();
    }
    const requestLines = server.output.filter((l) => l.includes('"msg":"request"'));
    expect(requestLines.length).toBeGreaterThan(0);
    for (const line of requestLines) expect(JSON.parse(line).reqId).toMatch(/[0-9a-f-]{36}/);
  });

  it('seeds idempotently and reports a healthy installation', async () => {
    const seed = await runCli(['seed'], { DATA_DIR: data.dir });
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain('already loaded');
    const forced = await runCli(['seed', '--force'], { DATA_DIR: data.dir });
    expect(forced.stdout).toMatch(/loaded: .*19 municipalities/);
    const doctor = await runCli(['doctor'], { DATA_DIR: data.dir });
    expect(doctor.stdout).toContain('Everything looks right.');
    expect(doctor.code).toBe(0);
  });

  it('says what is wrong when the database is behind', async () => {
    const empty = tempDataDir();
    try {
      const doctor = await runCli(['doctor'], { DATA_DIR: empty.dir });
      expect(doctor.code).toBe(1);
      expect(doctor.stdout).toMatch(/FAIL {2}migrations/);
    } finally {
      empty.remove();
    }
  });

  it('rejects an unknown command with usage', async () => {
    const result = await runCli(['frobnicate'], {});
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('Usage: accroche');
  });
});
