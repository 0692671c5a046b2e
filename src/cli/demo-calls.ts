import { and, eq, sql } from 'drizzle-orm';
import { type Context, systemActor } from '../core/context.ts';
import { bumpPublicDataGeneration } from '../core/generation.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/client.ts';
import { calls } from '../db/schema/index.ts';
import { recordAudit } from '../domain/audit/index.ts';
import { type CallInput, changePhase, createCall, instantToBrussels } from '../domain/calls/index.ts';

const DAY = 86_400_000;

/** French title of the open demo call: the demo applications of development look it up by it. */
export const demoOpenCallTitle = 'DAS 2027-2029 (démo)';
export const demoUpcomingCallTitle = 'DASC 2027-2029 (démo)';

const texts = (scheme: string) => ({
  body: {
    fr:
      `Appel de démonstration du dispositif ${scheme}. Il montre comment un appel se présente : textes, dates, ` +
      'enveloppe et conditions.\n\nAucune demande introduite ici ne sera financée.',
    nl:
      `Demonstratieoproep van de regeling ${scheme}. Ze toont hoe een oproep eruitziet: teksten, data, budget en ` +
      'voorwaarden.\n\nGeen enkele aanvraag die hier wordt ingediend, wordt gefinancierd.',
    en:
      `Demonstration call of the ${scheme} scheme. It shows what a call looks like: texts, dates, envelope and ` +
      'eligibility.\n\nNo application made here will be funded.',
  },
  whoMayApply: {
    fr: 'Les écoles et les associations actives en Région de Bruxelles-Capitale.',
    nl: 'Scholen en verenigingen die actief zijn in het Brussels Hoofdstedelijk Gewest.',
    en: 'Schools and associations active in the Brussels-Capital Region.',
  },
});

const question = {
  key: 'brussels',
  question: {
    fr: 'Le projet se déroule-t-il en Région de Bruxelles-Capitale ?',
    nl: 'Vindt het project plaats in het Brussels Hoofdstedelijk Gewest?',
    en: 'Does the project take place in the Brussels-Capital Region?',
  },
  blockingAnswer: 'no' as const,
  reason: {
    fr: 'L’appel ne finance que des projets menés en Région bruxelloise.',
    nl: 'De oproep financiert alleen projecten in het Brussels Gewest.',
    en: 'The call funds only projects carried out in the Brussels Region.',
  },
};

/**
 * Two demo calls for development, made once: "DAS 2027-2029 (démo)", open since yesterday and closing in 21
 * days, and "DASC 2027-2029 (démo)", published but opening in 14 days. Both carry the demo flag (a badge on every
 * page). When the open one has closed since, its dates move again so that development always has an open call.
 */
export async function ensureDemoCalls(db: Db, logger: Logger): Promise<void> {
  // Whole hours, as an officer would set them.
  const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const ctx: Context = { actor: systemActor('demo'), db, requestId: 'demo', now };
  const at = (days: number) => instantToBrussels(new Date(now.getTime() + days * DAY));
  const wanted: { title: string; input: CallInput }[] = [
    {
      title: demoOpenCallTitle,
      input: {
        schemeCode: 'das',
        title: { fr: demoOpenCallTitle, nl: 'DAS 2027-2029 (demo)', en: 'DAS 2027-2029 (demo)' },
        ...texts('DAS'),
        periodStart: 2027,
        opensAt: at(-1),
        closesAt: at(21),
        envelopeCents: 1_500_000_000,
        envelopeByYear: { 2027: 500_000_000, 2028: 500_000_000, 2029: 500_000_000 },
        minPerProjectCents: 500_000,
        maxPerProjectCents: 6_000_000,
        eligibleTypes: ['school', 'association'],
        eligibilityQuestions: [question],
      },
    },
    {
      title: demoUpcomingCallTitle,
      input: {
        schemeCode: 'dasc',
        title: { fr: demoUpcomingCallTitle, nl: 'DASC 2027-2029 (demo)', en: 'DASC 2027-2029 (demo)' },
        ...texts('DASC'),
        periodStart: 2027,
        opensAt: at(14),
        closesAt: at(75),
        envelopeCents: 900_000_000,
        minPerProjectCents: 1_000_000,
        maxPerProjectCents: 8_000_000,
        eligibleTypes: ['association'],
        eligibilityQuestions: [question],
      },
    },
  ];
  for (const { title, input } of wanted) {
    const [existing] = await db
      .select()
      .from(calls)
      .where(and(eq(calls.demo, true), sql`${calls.title}->>'fr' = ${title}`));
    if (!existing) {
      const created = await createCall(ctx, input, { demo: true });
      await changePhase(ctx, created.code, 'publish');
      logger.info({ code: created.code }, 'demo call created');
      continue;
    }
    if (
      title === demoOpenCallTitle &&
      existing.phase === 'published' &&
      existing.closesAt &&
      existing.closesAt <= now
    ) {
      await db.transaction(async (tx) => {
        const opensAt = new Date(now.getTime() - DAY);
        const closesAt = new Date(now.getTime() + 21 * DAY);
        await tx.update(calls).set({ opensAt, closesAt, updatedAt: now }).where(eq(calls.code, existing.code));
        await recordAudit(tx, ctx, {
          action: 'call.update',
          entityType: 'call',
          entityId: existing.code,
          changes: { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), demo: 'reopened' },
        });
      });
      bumpPublicDataGeneration();
    }
  }
}
