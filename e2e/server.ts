import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cli = path.join(root, 'bin/accroche.js');

/** A temporary data folder, removed by the returned function. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-e2e-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The environment for a child process: the embedded database unless told otherwise, quiet but parseable logs. */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', ...extra };
  // The test runner's own variables (BASE_URL among them) must not leak into the server's configuration.
  for (const name of ['DATABASE_URL', 'BASE_URL', 'DATA_DIR', 'HOST']) if (!(name in extra)) delete env[name];
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Every line the server printed so far. */
  output: string[];
  /** Sends SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
}

/** A port that is free on loopback now (so links the server writes, in mail for example, carry its real port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts `accroche serve` as a real process and resolves when it listens (else stops it after `timeoutMs`). */
export async function startServer(
  env: Record<string, string | undefined>,
  options: { timeoutMs?: number } = {},
): Promise<RunningServer> {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [cli, 'serve'], { cwd: root, env: childEnv({ ...env, PORT: port }) });
  const output: string[] = [];
  // 'close', not 'exit': the exit can be reported before the last lines written to stdout are read.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output.join('\n')}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        const match = line.match(/listening on (http:\/\/localhost:\d+)/);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve({
            url: match[1],
            child,
            output,
            stop: async () => {
              child.kill('SIGTERM');
              return exited;
            },
          });
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output.join('\n')}`));
    });
  });
}

/** Runs the CLI to completion: exit code and everything it printed. */
export function runCli(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
