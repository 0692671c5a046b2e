import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Context, Db } from '../../core/context.ts';
import { systemActor } from '../../core/context.ts';
import type { Logger } from '../../core/logger.ts';
import { applicationReminders, applications, calls } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { applicantLinks, applicantsOf } from './request-information.ts';

const DAY = 86_400_000;

/** The reminders before a call closes, latest first: within a day of closing, only the last one is sent. */
export const reminderKinds = [
  { kind: 'closing_1d', within: DAY },
  { kind: 'closing_7d', within: 7 * DAY },
] as const;
export type ReminderKind = (typeof reminderKinds)[number]['kind'];

/** Which reminder is due for a call closing at `closesAt`, seen at `now`: none once closed or when far off. */
export function reminderDue(closesAt: Date, now: Date): ReminderKind | undefined {
  const left = closesAt.getTime() - now.getTime();
  if (left <= 0) return undefined;
  return reminderKinds.find((r) => left <= r.within)?.kind;
}

export interface ReminderResult {
  /** Applications reminded in this run (each mailed to every member of its organisation). */
  reminded: number;
  mails: number;
}

/**
 * Reminds the members of each organisation whose application is still a draft that the call closes soon: seven
 * days before, and again one day before. Each application gets each kind once: the reminder row is inserted with
 * ON CONFLICT DO NOTHING in the same transaction as the mails, so a second run, or two processes running at the
 * same time, find the row taken and send nothing (on PostgreSQL the second insert waits for the first commit).
 * Calls open now (published, opened, not closed) with a closing within seven days are looked at.
 */
export async function sendClosingReminders(ctx: Context, options: { baseUrl: string }): Promise<ReminderResult> {
  const soon = new Date(ctx.now.getTime() + 7 * DAY);
  const open = await ctx.db
    .select({ code: calls.code, title: calls.title, closesAt: calls.closesAt })
    .from(calls)
    .where(
      and(
        eq(calls.phase, 'published'),
        lte(calls.opensAt, ctx.now),
        gt(calls.closesAt, ctx.now),
        lte(calls.closesAt, soon),
      ),
    );
  const result: ReminderResult = { reminded: 0, mails: 0 };
  for (const call of open) {
    if (!call.closesAt) continue;
    const kind = reminderDue(call.closesAt, ctx.now);
    if (!kind) continue;
    const drafts = await ctx.db
      .select({ id: applications.id, reference: applications.reference, organisationId: applications.organisationId })
      .from(applications)
      .where(
        and(
          eq(applications.callCode, call.code),
          eq(applications.state, 'draft'),
          sql`not exists (select 1 from ${applicationReminders} where ${applicationReminders.applicationId} = ${applications.id} and ${applicationReminders.kind} = ${kind})`,
        ),
      )
      .orderBy(asc(applications.reference));
    for (const draft of drafts) {
      const mails = await ctx.db.transaction(async (tx) => {
        const [claimed] = await tx
          .insert(applicationReminders)
          .values({ applicationId: draft.id, kind, sentAt: ctx.now })
          .onConflictDoNothing()
          .returning({ applicationId: applicationReminders.applicationId });
        if (!claimed) return 0;
        // Still a draft now that the reminder is ours (it may have been submitted since the list was read).
        const [still] = await tx
          .select({ state: applications.state })
          .from(applications)
          .where(eq(applications.id, draft.id));
        if (still?.state !== 'draft') return 0;
        const links = applicantLinks(options.baseUrl, draft.id);
        const people = await applicantsOf(tx, draft, { collaborators: false });
        for (const person of people) {
          await enqueueMail(
            tx,
            {
              to: person.email,
              toName: person.name,
              lang: person.lang,
              template: 'closing-reminder',
              params: {
                name: person.name,
                reference: draft.reference,
                call: call.title[person.lang],
                closesAt: call.closesAt as Date,
                url: links.applicationUrl(person.lang),
              },
              requestId: ctx.requestId,
            },
            ctx.now,
          );
        }
        await recordAudit(tx, ctx, {
          action: 'application.remind',
          entityType: 'application',
          entityId: draft.id,
          changes: { reference: draft.reference, kind, recipients: people.length },
        });
        return people.length;
      });
      if (mails > 0) {
        result.reminded += 1;
        result.mails += mails;
      }
    }
  }
  return result;
}

export interface ReminderJob {
  /** Stops the timer and waits for a run in flight. */
  stop(): Promise<void>;
}

/**
 * Runs `sendClosingReminders` at start and then every `intervalMs` (15 minutes by default). What was sent is in
 * the database, so a restart neither loses nor repeats a reminder. Runs never overlap; a failing run is logged.
 */
export function startReminderJob(
  db: Db,
  logger: Logger,
  options: { baseUrl: string; intervalMs?: number; now?: () => Date; mailQueued?: () => void },
): ReminderJob {
  const { intervalMs = 15 * 60_000, now = () => new Date() } = options;
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref();
  };
  function run() {
    if (stopped || running) return;
    running = (async () => {
      try {
        const ctx: Context = {
          actor: systemActor('reminders'),
          db,
          requestId: `reminders-${randomUUID().slice(0, 8)}`,
          now: now(),
        };
        const result = await sendClosingReminders(ctx, { baseUrl: options.baseUrl });
        if (result.mails > 0) {
          logger.info({ reminders: result }, 'closing reminders queued');
          options.mailQueued?.();
        }
      } catch (error) {
        logger.error({ err: error }, 'closing reminders failed');
      }
    })().finally(() => {
      running = undefined;
      if (!stopped) schedule(intervalMs);
    });
  }
  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
