import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/smtp.ts';
import { loadConfig } from '../../core/config.ts';
import { mailOutbox } from '../../db/schema/index.ts';
import { createMailer, enqueueMail, type Mailer, type OutgoingMail, startOutboxWorker } from './index.ts';

let database: TestDatabase;
let smtp: TestSmtpServer;
const logger = pino({ level: 'silent' });
beforeAll(async () => {
  [database, smtp] = await Promise.all([freshDatabase(), startTestSmtpServer()]);
});
afterAll(async () => {
  await smtp.close();
  await database.dispose();
});
beforeEach(async () => {
  await database.db.delete(mailOutbox);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const enqueue = (to: string) =>
  enqueueMail(
    database.db,
    { to, lang: 'en', template: 'account-deleted', params: { deletedAt: new Date() } },
    new Date(),
  );

/** A mailer that takes its time and records how many sends overlap. */
function slowMailer(ms: number) {
  const sent: string[] = [];
  let active = 0;
  let maxActive = 0;
  let started: () => void = () => {};
  const firstStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  const mailer: Mailer = {
    kind: 'log',
    async send(mail: OutgoingMail) {
      active++;
      maxActive = Math.max(maxActive, active);
      started();
      await sleep(ms);
      sent.push(mail.to);
      active--;
      return { messageId: null };
    },
    async close() {},
  };
  return { mailer, sent, firstStarted, maxActive: () => maxActive };
}

describe('startOutboxWorker', () => {
  it('delivers right after a kick, without waiting for the interval', async () => {
    const mailer = createMailer(loadConfig({ SMTP_URL: smtp.url }), logger);
    const worker = startOutboxWorker({ db: database.db, mailer, logger, intervalMs: 60_000 });
    try {
      await sleep(300); // the start-up run finds nothing
      await enqueue('kicked@example.org');
      await sleep(300);
      expect(smtp.received).toHaveLength(0); // the interval alone would not send it yet
      worker.kick();
      const [got] = await smtp.waitFor(1, 3000);
      expect(got?.rcptTo).toEqual(['kicked@example.org']);
    } finally {
      await worker.stop();
      await mailer.close();
    }
  });

  it('never runs two dispatches at once, however often it is kicked', async () => {
    const slow = slowMailer(20);
    for (let i = 0; i < 6; i++) await enqueue(`m${i}@example.org`);
    const worker = startOutboxWorker({ db: database.db, mailer: slow.mailer, logger, intervalMs: 60_000, batch: 2 });
    for (let i = 0; i < 10; i++) {
      worker.kick();
      await sleep(5);
    }
    for (let i = 0; i < 100 && slow.sent.length < 6; i++) await sleep(20);
    await worker.stop();
    expect(slow.sent.sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5'].map((m) => `${m}@example.org`));
    expect(slow.maxActive()).toBe(1);
  });

  it('waits for the dispatch in flight when stopped', async () => {
    const slow = slowMailer(200);
    await enqueue('in-flight@example.org');
    const worker = startOutboxWorker({ db: database.db, mailer: slow.mailer, logger, intervalMs: 60_000 });
    await slow.firstStarted;
    await worker.stop();
    expect(slow.sent).toEqual(['in-flight@example.org']);
    const [row] = await database.db.select().from(mailOutbox);
    expect(row?.status).toBe('logged');
  });
});
