import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { type MailOutboxRow, type MailStatus, mailOutbox, mailStatuses } from '../../db/schema/index.ts';

/** One page of the outbox and the number of messages matching the filter. */
export interface OutboxPage {
  items: MailOutboxRow[];
  total: number;
}

const query = z.object({
  status: z.enum(mailStatuses).optional(),
  limit: z.number().int().min(1).max(200),
  offset: z.number().int().min(0),
});

/**
 * The outbox, newest first, optionally only one status: for the admin page, where mail written to the log
 * (no SMTP_URL) can be read. Bodies may hold live links (password reset): show it to admins only.
 */
export async function listOutbox(
  db: Db,
  options: { status?: MailStatus | undefined; limit: number; offset: number },
): Promise<OutboxPage> {
  const parsed = query.safeParse(options);
  if (!parsed.success) {
    throw new DomainError(
      'VALIDATION',
      'Invalid outbox query',
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    );
  }
  const { status, limit, offset } = parsed.data;
  const where = status ? eq(mailOutbox.status, status) : undefined;
  const items = await db
    .select()
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit)
    .offset(offset);
  const total = await db.$count(mailOutbox, where);
  return { items, total };
}
