import { inArray } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import { sources } from '../../db/schema/index.ts';
import type { Source } from './schemas.ts';

/** Loads the given sources by id, as a map; unknown ids are simply absent. */
export async function loadSources(ctx: Context, ids: Iterable<string>): Promise<Map<string, Source>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db.select().from(sources).where(inArray(sources.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Looks a source up in a map loaded by `loadSources`; a missing one is a broken reference in the seed. */
export function sourceOf(map: Map<string, Source>, id: string): Source {
  const source = map.get(id);
  if (!source) throw new Error(`Source ${id} is referenced but not loaded`);
  return source;
}
