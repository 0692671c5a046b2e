import { asc } from 'drizzle-orm';
import type { Context } from '../../core/context.ts';
import type { Localized } from '../../core/i18n/index.ts';
import { libraryCategories } from '../../db/schema/library.ts';
import { facetIndex, type IndexFacet } from './search-engine.ts';

export interface Category {
  code: string;
  label: Localized;
}

/** The taxonomy, in display order. */
export async function listCategories(ctx: Context): Promise<Category[]> {
  const rows = await ctx.db.select().from(libraryCategories).orderBy(asc(libraryCategories.position));
  return rows.map((r) => ({ code: r.code, label: r.label }));
}

/** An index of the published records by author, keyword or category, with counts, in alphabetical order. */
export function browseIndex(ctx: Context, facet: IndexFacet): Promise<{ value: string; count: number }[]> {
  return facetIndex(ctx.db, facet);
}
