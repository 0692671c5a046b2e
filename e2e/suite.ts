import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Download,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../test/smtp.ts';
import { type RunningServer, startServer } from './server.ts';

export { accessibilityViolations } from './browser.ts';

/** A data folder of its own for a test file: a copy of the run's seeded one, or empty; removed by `remove`. */
export function copiedDataDir(options: { empty?: boolean } = {}): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accroche-e2e-'));
  if (!options.empty) fs.cpSync(inject('e2eSeededDataDir'), dir, { recursive: true });
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Connects to the run's one Chromium (launched by e2e/global-setup.ts). */
export function connectChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (!endpoint) throw new Error('no Chromium: the global setup found none (see e2e/browser.ts)');
  return chromium.connect(endpoint);
}

export interface SuiteOptions {
  /** The server's environment beyond the data folder (NODE_ENV=development makes the demo accounts and data). */
  env?: Record<string, string>;
  /** Starts an SMTP server in the test process and sends the server's mail to it. */
  smtp?: boolean;
  /** Starts from an empty data folder instead of a copy of the seeded one. */
  empty?: boolean;
  /** Work on the data folder before the server starts (CLI imports, rows written directly). */
  prepare?: (dataDir: string) => Promise<void>;
  /** Starts the server in `beforeAll` (the default); with false, a test calls `start()` when it wants it. */
  startServer?: boolean;
  /** Connects to the shared Chromium (the default); false for files that only speak HTTP. */
  browser?: boolean;
}

export interface Suite {
  /** The file's data folder. */
  readonly dataDir: string;
  readonly server: RunningServer;
  /** The server's address, `http://localhost:PORT`. */
  readonly url: string;
  readonly smtp: TestSmtpServer;
  readonly browser: Browser;
  /** Starts the server (once), when the suite was made with `startServer: false`. */
  start(): Promise<RunningServer>;
  /** A new browser context, closed after the test that opened it. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new context of its own (closed after the test). */
  page(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * What a browser or server test file needs, set up in its `beforeAll` and torn down in its `afterAll`: a copy of
 * the seeded data folder, an `accroche serve` process on it (with, on demand, an SMTP server in this process to
 * receive its mail), and a connection to the run's one Chromium, with a context per test.
 */
export function browserSuite(options: SuiteOptions = {}): Suite {
  let data: { dir: string; remove: () => void } | undefined;
  let server: RunningServer | undefined;
  let starting: Promise<RunningServer> | undefined;
  let smtp: TestSmtpServer | undefined;
  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready (see browserSuite's options)`);
    return value;
  };

  const start = () => {
    starting ??= startServer({
      DATA_DIR: need(data, 'the data folder').dir,
      ...(smtp ? { SMTP_URL: smtp.url, MAIL_FROM: 'Accroche <no-reply@accroche.test>' } : {}),
      ...options.env,
    }).then((s) => {
      server = s;
      return s;
    });
    return starting;
  };

  beforeAll(async () => {
    data = copiedDataDir({ empty: options.empty });
    const connecting = options.browser === false ? undefined : connectChromium();
    // A failed preparation must not leave the connection unhandled.
    connecting?.catch(() => {});
    await options.prepare?.(data.dir);
    if (options.smtp) smtp = await startTestSmtpServer();
    await Promise.all([
      options.startServer === false ? undefined : start(),
      connecting?.then((b) => {
        browser = b;
      }),
    ]);
  });

  afterEach(async () => {
    await Promise.all([...contexts].map((c) => c.close().catch(() => {})));
    contexts.clear();
  });

  afterAll(async () => {
    await browser?.close();
    const running = await starting?.catch(() => undefined);
    if (running && running.child.exitCode === null && running.child.signalCode === null) await running.stop();
    await smtp?.close();
    data?.remove();
  });

  const suite: Suite = {
    get dataDir() {
      return need(data, 'the data folder').dir;
    },
    get server() {
      return need(server, 'the server');
    },
    get url() {
      return need(server, 'the server').url;
    },
    get smtp() {
      return need(smtp, 'the SMTP server');
    },
    get browser() {
      return need(browser, 'the browser');
    },
    start,
    async context(contextOptions) {
      const context = await need(browser, 'the browser').newContext(contextOptions);
      contexts.add(context);
      return context;
    },
    async page(contextOptions) {
      return (await suite.context(contextOptions)).newPage();
    },
  };
  return suite;
}

/** The text of a finished download, read through the connection (a shared browser keeps the file on its side). */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The link of a mail the server logged (without an SMTP server, the outbox worker writes each message to its log),
 * found by its address and a part of the link (`verify-email`). The worker sends a moment after the page that
 * queued the message has answered, so it is awaited.
 */
export async function mailedLink(server: RunningServer, to: string, kind: string): Promise<string> {
  const find = () =>
    server.output
      .find((l) => l.includes(to) && l.includes(kind))
      ?.match(new RegExp(`https?://[^\\s"\\\\]+${kind}[^\\s"\\\\]+`))?.[0];
  await expect.poll(find, { message: `link "${kind}" to ${to} in the server log`, timeout: 30_000 }).toBeDefined();
  return find() as string;
}
