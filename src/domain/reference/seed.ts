import { createHash } from 'node:crypto';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { systemActor } from '../../core/context.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import type { Database } from '../../db/client.ts';
import {
  appMeta,
  calls,
  indicators,
  keyFigures,
  municipalities,
  schemes,
  sources,
  timelineEvents,
} from '../../db/schema/index.ts';
import { calls as callSeeds } from '../../db/seed/reference/calls.ts';
import { figureSources } from '../../db/seed/reference/figure-sources.ts';
import {
  indicators as indicatorSeeds,
  indicatorValues as indicatorValueSeeds,
} from '../../db/seed/reference/indicators.ts';
import { keyFigures as keyFigureSeeds } from '../../db/seed/reference/key-figures.ts';
import { libraryCategorySeeds, libraryRecordSeeds } from '../../db/seed/reference/library.ts';
import { municipalities as municipalitySeeds } from '../../db/seed/reference/municipalities.ts';
import { schemes as schemeSeeds } from '../../db/seed/reference/schemes.ts';
import { sources as sourceSeeds } from '../../db/seed/reference/sources.ts';
import { timeline as timelineSeeds } from '../../db/seed/reference/timeline.ts';
import { recordAudit } from '../audit/index.ts';
import { upsertIndicatorValues } from '../figures/index.ts';
import { seedLibrary } from '../library/index.ts';

const reference = {
  sources: [...sourceSeeds, ...figureSources],
  municipalities: municipalitySeeds,
  schemes: schemeSeeds,
  calls: callSeeds,
  timeline: timelineSeeds,
  keyFigures: keyFigureSeeds,
  indicators: indicatorSeeds,
  indicatorValues: indicatorValueSeeds,
  libraryCategories: libraryCategorySeeds,
  libraryRecords: libraryRecordSeeds,
};

/** A fingerprint of the reference data shipped with this version: the seed runs again when it changes. */
export const referenceVersion = createHash('sha256')
  .update(JSON.stringify(reference, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)))
  .digest('hex')
  .slice(0, 16);

const VERSION_KEY = 'reference_data_version';

export interface SeedResult {
  applied: boolean;
  version: string;
  counts: Record<keyof typeof reference, number>;
}

/** The `set` of an upsert: every column but the key takes the incoming value. */
function excludedExcept(table: PgTable, key: string) {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([, column]) => column.name !== key)
      .map(([property, column]) => [property, sql.raw(`excluded."${column.name}"`)]),
  );
}

/**
 * Loads the reference data (municipalities, schemes, past calls, timeline, key figures, their sources).
 * Idempotent: rows are upserted by their stable key, and nothing happens when this version is already loaded,
 * unless `force` is set. Rows created by people (e.g. new calls) are never deleted.
 */
export async function seedReferenceData(database: Database, options: { force?: boolean } = {}): Promise<SeedResult> {
  const counts = Object.fromEntries(Object.entries(reference).map(([k, v]) => [k, v.length])) as SeedResult['counts'];
  const { db } = database;
  const current = await db.select().from(appMeta).where(eq(appMeta.key, VERSION_KEY));
  if (!options.force && current[0]?.value === referenceVersion) {
    return { applied: false, version: referenceVersion, counts };
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(sources)
      .values(reference.sources)
      .onConflictDoUpdate({
        target: sources.id,
        set: excludedExcept(sources, 'id'),
      });
    await tx
      .insert(municipalities)
      .values(municipalitySeeds)
      .onConflictDoUpdate({
        target: municipalities.nisCode,
        set: excludedExcept(municipalities, 'nis_code'),
      });
    await tx
      .insert(schemes)
      .values(schemeSeeds)
      .onConflictDoUpdate({
        target: schemes.code,
        set: excludedExcept(schemes, 'code'),
      });
    await tx
      .insert(calls)
      .values(callSeeds)
      .onConflictDoUpdate({
        target: calls.code,
        set: excludedExcept(calls, 'code'),
      });
    await tx
      .insert(timelineEvents)
      .values(timelineSeeds)
      .onConflictDoUpdate({
        target: timelineEvents.code,
        set: excludedExcept(timelineEvents, 'code'),
      });
    await tx
      .insert(keyFigures)
      .values(keyFigureSeeds.map((f) => ({ ...f, value: String(f.value) })))
      .onConflictDoUpdate({ target: keyFigures.code, set: excludedExcept(keyFigures, 'code') });
    await tx
      .insert(indicators)
      .values(indicatorSeeds)
      .onConflictDoUpdate({ target: indicators.code, set: excludedExcept(indicators, 'code') });
    await upsertIndicatorValues(
      tx,
      indicatorValueSeeds.map(([indicatorCode, territory, year, breakdown, value, preferred, sourceId, note]) => ({
        indicatorCode,
        territory,
        year,
        breakdown,
        value,
        preferred: preferred === 1,
        sourceId,
        note: note ?? null,
      })),
    );
    await seedLibrary(tx, libraryCategorySeeds, libraryRecordSeeds, new Date());
    await recordAudit(
      tx,
      {
        actor: systemActor('seed'),
        db: database.db,
        requestId: 'seed',
        now: new Date(),
      },
      {
        action: 'reference.seed',
        entityType: 'reference_data',
        entityId: referenceVersion,
        changes: counts,
      },
    );
    await tx
      .insert(appMeta)
      .values({ key: VERSION_KEY, value: referenceVersion })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: referenceVersion, updatedAt: new Date() } });
  });
  bumpPublicDataGeneration();
  return { applied: true, version: referenceVersion, counts };
}
