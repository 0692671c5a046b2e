import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { type Lang, languages } from '../../core/i18n/index.ts';
import type { Db } from '../../db/client.ts';
import { mailOutbox } from '../../db/schema/index.ts';
import { renderMail, type TemplateName, type TemplateParams, templateNames } from './templates.ts';

/** A message to send: one recipient, in their language, from one template with its parameters. */
export type MailRequest = {
  [T in TemplateName]: {
    to: string;
    toName?: string | undefined;
    lang: Lang;
    template: T;
    params: TemplateParams[T];
    /** The request that caused the message, to follow it in the logs. */
    requestId?: string | undefined;
    attachments?: { fileName: string; mime: string; content: Uint8Array }[];
  };
}[TemplateName];

// A line break in a name would let it forge header lines; the address itself is checked by zod's e-mail rule.
const oneLine = /^[^\r\n\0]*$/;
const envelope = z.object({
  to: z.email().max(254),
  toName: z.string().max(200).regex(oneLine, 'must be on one line').optional(),
  lang: z.enum(languages),
  template: z.enum(templateNames),
  requestId: z.string().max(200).optional(),
});

/**
 * Renders a message and writes it to the outbox as pending, through `tx`: pass the transaction of the change that
 * causes the message, so that both commit or neither does. The outbox dispatcher sends it afterwards.
 * Throws a VALIDATION DomainError for a bad address or name.
 */
export async function enqueueMail(tx: Db, message: MailRequest, now: Date): Promise<{ id: string }> {
  const parsed = envelope.safeParse(message);
  if (!parsed.success) {
    throw new DomainError(
      'VALIDATION',
      'The e-mail message is not valid',
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    );
  }
  // Rendered now, not at sending time: the outbox keeps exactly what the recipient gets.
  const rendered = renderMail(message.template, message.lang, message.params);
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      createdAt: now,
      toAddress: parsed.data.to,
      toName: parsed.data.toName?.trim() || null,
      lang: message.lang,
      template: message.template,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      requestId: parsed.data.requestId ?? null,
      attachments:
        message.attachments?.map((a) => ({
          fileName: a.fileName,
          mime: a.mime,
          base64: Buffer.from(a.content).toString('base64'),
        })) ?? null,
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error('The outbox insert returned no row');
  return { id: row.id };
}
