import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/db.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/smtp.ts';
import { loadConfig } from '../../core/config.ts';
import type { Lang } from '../../core/i18n/index.ts';
import { mailOutbox } from '../../db/schema/index.ts';
import { createMailer, dispatchOutbox, enqueueMail, type Mailer, maxAttempts } from './index.ts';

let database: TestDatabase;
let smtp: TestSmtpServer;
let mailer: Mailer;
beforeAll(async () => {
  [database, smtp] = await Promise.all([freshDatabase(), startTestSmtpServer()]);
  const config = loadConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Accroche <no-reply@accroche.test>' });
  mailer = createMailer(config, pino({ level: 'silent' }));
});
afterAll(async () => {
  await mailer.close();
  await smtp.close();
  await database.dispose();
});
beforeEach(async () => {
  await database.db.delete(mailOutbox);
  smtp.received.length = 0;
  smtp.reject = undefined;
});

const now = new Date('2026-05-04T08:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const minutes = (n: number) => n * 60_000;
const invite = (to: string, lang: Lang, at = now) =>
  enqueueMail(
    database.db,
    {
      to,
      toName: 'Amina Benali',
      lang,
      template: 'invitation',
      params: {
        organisation: '<b>École & Co</b>',
        inviter: 'Jan "JP" Peeters',
        url: `https://accroche.example.org/${lang}/invitations/abc`,
        expiresAt: later(minutes(60 * 24 * 7)),
      },
    },
    at,
  );
const row = async (id: string) => (await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0];

describe('dispatchOutbox over SMTP', () => {
  it('delivers each message in its recipient language, with text and HTML parts and escaped parameters', async () => {
    const subjects = {
      fr: 'Invitation à rejoindre <b>École & Co</b> sur Accroche',
      nl: 'Uitnodiging om lid te worden van <b>École & Co</b> op Accroche',
      en: 'Invitation to join <b>École & Co</b> on Accroche',
    };
    const ids: Record<string, string> = {};
    for (const lang of ['fr', 'nl', 'en'] as const) ids[lang] = (await invite(`${lang}@example.org`, lang)).id;
    expect(await dispatchOutbox(database.db, mailer, now)).toEqual({ sent: 3, logged: 0, retrying: 0, failed: 0 });
    const received = await smtp.waitFor(3);
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const got = received.find((r) => r.rcptTo[0] === `${lang}@example.org`);
      if (!got) throw new Error(`nothing arrived for ${lang}`);
      const { mail } = got;
      expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]).toMatchObject({
        address: `${lang}@example.org`,
        name: 'Amina Benali',
      });
      expect(mail.from?.value[0]).toMatchObject({ address: 'no-reply@accroche.test', name: 'Accroche' });
      expect(mail.subject).toBe(subjects[lang]);
      expect(mail.text).toContain(`https://accroche.example.org/${lang}/invitations/abc`);
      expect(mail.text).toContain('<b>École & Co</b>');
      expect(mail.text).toContain('Jan "JP" Peeters');
      expect(mail.html).toContain(`<html lang="${lang}"`);
      expect(mail.html).toContain('&lt;b&gt;École &amp; Co&lt;/b&gt;');
      expect(mail.html).toContain('Jan &quot;JP&quot; Peeters');
      expect(mail.html).not.toContain('<b>École');
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      const stored = await row(ids[lang] as string);
      expect(stored).toMatchObject({ status: 'sent', attempts: 1, lastError: null, messageId: mail.messageId });
      expect(stored?.sentAt?.getTime()).toBe(now.getTime());
    }
  });

  it('keeps a refused message pending, then delivers it once the retry time has come', async () => {
    const { id } = await invite('busy@example.org', 'en');
    smtp.reject = 'Mailbox busy, try later';
    expect(await dispatchOutbox(database.db, mailer, now)).toMatchObject({ sent: 0, retrying: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(failed?.lastError).toContain('Mailbox busy');
    expect(failed?.nextAttemptAt.getTime()).toBe(later(minutes(1)).getTime());

    smtp.reject = undefined;
    expect(await dispatchOutbox(database.db, mailer, later(30_000))).toMatchObject({ sent: 0, retrying: 0 });
    expect(smtp.received).toHaveLength(0);
    expect(await dispatchOutbox(database.db, mailer, later(minutes(1)))).toMatchObject({ sent: 1 });
    await smtp.waitFor(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('waits longer after each failure and gives up after the last attempt', async () => {
    const { id } = await invite('gone@example.org', 'fr');
    smtp.reject = 'No such mailbox';
    let at = now;
    const waits: number[] = [];
    for (let attempt = 1; attempt < maxAttempts; attempt++) {
      expect(await dispatchOutbox(database.db, mailer, at)).toMatchObject({ retrying: 1 });
      const next = (await row(id))?.nextAttemptAt as Date;
      waits.push((next.getTime() - at.getTime()) / 60_000);
      at = next;
    }
    expect(waits).toEqual([1, 5, 30, 120, 360, 720, 1440]);
    expect(await dispatchOutbox(database.db, mailer, at)).toMatchObject({ failed: 1 });
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: maxAttempts });
    expect(await dispatchOutbox(database.db, mailer, later(minutes(60 * 24 * 30)))).toMatchObject({ failed: 0 });
  });

  it('sends the oldest due message first and no more than the batch', async () => {
    await invite('second@example.org', 'fr', later(2000));
    await invite('first@example.org', 'fr', later(1000));
    await invite('not-yet@example.org', 'fr', later(minutes(10)));
    expect(await dispatchOutbox(database.db, mailer, later(5000), { batch: 1 })).toMatchObject({ sent: 1 });
    expect(await dispatchOutbox(database.db, mailer, later(5000))).toMatchObject({ sent: 1 });
    const received = await smtp.waitFor(2);
    expect(received.map((r) => r.rcptTo[0])).toEqual(['first@example.org', 'second@example.org']);
  });

  it('never sends a message twice when two dispatchers run at the same time', async () => {
    for (let i = 0; i < 8; i++) await invite(`many${i}@example.org`, 'en');
    const results = await Promise.all([
      dispatchOutbox(database.db, mailer, now),
      dispatchOutbox(database.db, mailer, now),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(8);
    const received = await smtp.waitFor(8);
    await new Promise((resolve) => setTimeout(resolve, 100)); // room for a duplicate to arrive
    expect(received.map((r) => r.rcptTo[0]).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `many${i}@example.org`).sort(),
    );
  });
});
