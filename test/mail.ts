import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../src/core/context.ts';
import { mailOutbox } from '../src/db/schema/index.ts';

/** The first link of the newest message of a template queued for an address, as a URL. */
export async function mailedLink(db: Db, to: string, template: string): Promise<URL> {
  const [mail] = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, to), eq(mailOutbox.template, template)))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  const link = mail?.textBody.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no ${template} mailed to ${to}`);
  return new URL(link);
}
