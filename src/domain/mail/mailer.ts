import nodemailer from 'nodemailer';
import type { Config } from '../../core/config.ts';
import type { Logger } from '../../core/logger.ts';

/** A message as the outbox hands it to a mailer. */
export interface OutgoingMail {
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  html: string;
  /** Outbox row id, for the log lines. */
  id?: string;
  requestId?: string | null;
  attachments?: { fileName: string; mime: string; content: Buffer }[];
}

/** Sends mail, or only writes it to the log when no SMTP server is configured. */
export interface Mailer {
  /** `smtp` delivers; `log` writes to the log, and the outbox marks the message `logged` rather than `sent`. */
  readonly kind: 'smtp' | 'log';
  /** Resolves when the server accepted the message; rejects with the server's answer otherwise. */
  send(mail: OutgoingMail): Promise<{ messageId: string | null }>;
  close(): Promise<void>;
}

/**
 * The mailer the configuration asks for: SMTP through nodemailer when `smtpUrl` is set (sender `mailFrom`),
 * else a mailer that logs each message (recipient, subject, text), so that `npm start` needs no mail server.
 */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, logger: Logger): Mailer {
  if (!config.smtpUrl) return logMailer(logger);
  // Short timeouts: a message is claimed for ten minutes, and a stuck server must not outlast that claim.
  const transport = nodemailer.createTransport(
    { url: config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 },
    { from: config.mailFrom },
  );
  return {
    kind: 'smtp',
    async send(mail) {
      const info = await transport.sendMail({
        to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // RFC 3834: tells auto-responders (holiday replies) not to answer a no-reply sender.
        headers: { 'Auto-Submitted': 'auto-generated' },
        attachments: mail.attachments?.map((a) => ({ filename: a.fileName, contentType: a.mime, content: a.content })),
      });
      return { messageId: info.messageId ?? null };
    },
    async close() {
      transport.close();
    },
  };
}

function logMailer(logger: Logger): Mailer {
  return {
    kind: 'log',
    async send(mail) {
      logger.info(
        { mail: { id: mail.id, to: mail.to, subject: mail.subject, text: mail.text }, requestId: mail.requestId },
        'mail not sent (no SMTP_URL): written to the log and kept in the outbox',
      );
      return { messageId: null };
    },
    async close() {},
  };
}
