import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { loadConfig } from '../../core/config.ts';
import { DomainError } from '../../core/errors.ts';
import { mailOutbox } from '../../db/schema/index.ts';
import { createMailer, dispatchOutbox, enqueueMail, listOutbox, type MailRequest } from './index.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());
beforeEach(async () => {
  await database.db.delete(mailOutbox);
});

const now = new Date('2026-05-04T08:00:00Z');
const verify = (to: string, extra: Partial<MailRequest> = {}): MailRequest =>
  ({
    to,
    lang: 'fr',
    template: 'verify-email',
    params: { url: 'https://accroche.example.org/fr/verify?token=t', expiresAt: new Date('2026-05-05T08:00:00Z') },
    ...extra,
  }) as MailRequest;

describe('enqueueMail', () => {
  it('writes a rendered pending message, due now', async () => {
    const { id } = await enqueueMail(database.db, verify('amina@example.org', { requestId: 'req-1' }), now);
    const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row).toMatchObject({
      toAddress: 'amina@example.org',
      lang: 'fr',
      template: 'verify-email',
      status: 'pending',
      attempts: 0,
      requestId: 'req-1',
      subject: 'Confirmez votre adresse e-mail – Accroche',
    });
    expect(row?.nextAttemptAt.getTime()).toBe(now.getTime());
    expect(row?.textBody).toContain('https://accroche.example.org/fr/verify?token=t');
  });

  it('commits with the change that caused it, and leaves no row when that change rolls back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueMail(tx, verify('rolled-back@example.org'), now);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.db.$count(mailOutbox)).toBe(0);
    await database.db.transaction((tx) => enqueueMail(tx, verify('committed@example.org'), now));
    const rows = await database.db.select().from(mailOutbox);
    expect(rows.map((r) => r.toAddress)).toEqual(['committed@example.org']);
  });

  it('refuses a bad address or a name on several lines, writing nothing', async () => {
    const bad = [verify('not-an-address'), verify('a@example.org', { toName: 'Amina\r\nBcc: x@example.org' })];
    for (const message of bad) {
      const error = await enqueueMail(database.db, message, now).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('VALIDATION');
    }
    expect(await database.db.$count(mailOutbox)).toBe(0);
  });
});

describe('log-only mailer (no SMTP_URL)', () => {
  it('writes the message to the log and marks it logged, keeping it in the outbox', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const mailer = createMailer(loadConfig({}), logger);
    expect(mailer.kind).toBe('log');
    await enqueueMail(database.db, verify('log@example.org', { lang: 'nl' }), now);
    expect(await dispatchOutbox(database.db, mailer, now)).toEqual({ sent: 0, logged: 1, retrying: 0, failed: 0 });
    const [row] = await database.db.select().from(mailOutbox);
    expect(row).toMatchObject({ status: 'logged', attempts: 1, lastError: null });
    expect(row?.sentAt?.getTime()).toBe(now.getTime());
    const logged = lines.find((l) => l.mail) as { mail: { to: string; subject: string; text: string } };
    expect(logged.mail.to).toBe('log@example.org');
    expect(logged.mail.subject).toBe('Bevestig uw e-mailadres – Accroche');
    expect(logged.mail.text).toContain('https://accroche.example.org/fr/verify?token=t');
    expect(await dispatchOutbox(database.db, mailer, now)).toEqual({ sent: 0, logged: 0, retrying: 0, failed: 0 });
  });
});

describe('listOutbox', () => {
  it('lists newest first with the total, and filters by status', async () => {
    for (let i = 0; i < 5; i++) {
      await enqueueMail(database.db, verify(`p${i}@example.org`), new Date(now.getTime() + i * 1000));
    }
    await database.db.update(mailOutbox).set({ status: 'sent' }).where(eq(mailOutbox.toAddress, 'p1@example.org'));
    const page = await listOutbox(database.db, { limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.items.map((r) => r.toAddress)).toEqual(['p3@example.org', 'p2@example.org']);
    const sent = await listOutbox(database.db, { status: 'sent', limit: 10, offset: 0 });
    expect(sent).toMatchObject({ total: 1, items: [{ toAddress: 'p1@example.org' }] });
    await expect(listOutbox(database.db, { limit: 0, offset: 0 })).rejects.toBeInstanceOf(DomainError);
  });
});
