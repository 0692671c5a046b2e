import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it: the envelope and the parsed message. */
export interface Received {
  rcptTo: string[];
  mail: ParsedMail;
}

/** A real SMTP server in the test process (no TLS, no authentication), collecting what arrives. Tests only. */
export interface TestSmtpServer {
  url: string;
  received: Received[];
  /** While set, every message is refused with this reply (a temporary failure, 451). */
  reject: string | undefined;
  /** Resolves when `count` messages have arrived, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** Starts a test SMTP server on 127.0.0.1 and a free port. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  const state: TestSmtpServer = {
    url: '',
    received,
    reject: undefined,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(received);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} messages within ${timeoutMs} ms, got ${received.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (state.reject) {
            callback(Object.assign(new Error(state.reject), { responseCode: 451 }));
            return;
          }
          received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
          for (const waiter of [...waiters]) waiter();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}
