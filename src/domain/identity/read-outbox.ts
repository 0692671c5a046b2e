import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { listOutbox, type MailStatus, type OutboxPage } from '../mail/index.ts';
import { identityPolicy } from './policy.ts';

/**
 * The outbox as admins read it (newest first, optionally one status): bodies may hold live links (password
 * reset), so the policy is checked here rather than left to each caller.
 */
export async function readOutbox(
  ctx: Context,
  options: { status?: MailStatus | undefined; limit: number; offset: number },
): Promise<OutboxPage> {
  authorize(identityPolicy.readOutbox(ctx.actor));
  return listOutbox(ctx.db, options);
}
