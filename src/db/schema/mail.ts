import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A file sent with a message (a receipt's PDF), kept in the outbox row so that it commits with the change. */
export interface MailAttachment {
  fileName: string;
  mime: string;
  /** The content, base64-encoded. */
  base64: string;
}

/** Where an outgoing message stands: waiting (or retrying), delivered, only written to the log, or given up. */
export const mailStatuses = ['pending', 'sent', 'logged', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

/**
 * Outgoing e-mail, rendered and written in the same transaction as the change that caused it, then sent by the
 * outbox dispatcher. A rolled-back change leaves no message; a failed delivery is retried later.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    lang: text('lang', { enum: ['fr', 'nl', 'en'] }).notNull(),
    /** Key of the template the message was rendered from (`verify-email` ...), for the admin page and statistics. */
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    status: text('status', { enum: mailStatuses }).notNull().default('pending'),
    /** Delivery attempts started so far (counted when a dispatcher claims the message). */
    attempts: integer('attempts').notNull().default(0),
    /** When the message is next due; a dispatcher that claims it moves this forward as a lease. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** The Message-ID header of the delivered message, to trace it in the SMTP server's logs. */
    messageId: text('message_id'),
    /** The request that caused the message, to link it with the request's log lines. */
    requestId: text('request_id'),
    attachments: jsonb('attachments').$type<MailAttachment[]>(),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
    check('mail_outbox_status_check', sql`${t.status} IN ('pending', 'sent', 'logged', 'failed')`),
  ],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
