import { asc } from 'drizzle-orm';
import { authorize } from '../../core/authorize.ts';
import type { Context } from '../../core/context.ts';
import { DomainError } from '../../core/errors.ts';
import { bumpPublicDataGeneration } from '../../core/generation.ts';
import { municipalityBoundaries } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/index.ts';
import { memo } from './memo.ts';
import { figuresPolicy } from './policy.ts';
import { municipalityCodes } from './territories.ts';

export const maxGeoJsonBytes = 5 * 1024 * 1024;

export type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
export interface Boundary {
  nisCode: string;
  geometry: Geometry;
  credit: string;
}

/** Why a GeoJSON file was refused: a reason code and the detail (a feature number, a code ...). */
export type GeoRejectReason =
  | 'tooLarge'
  | 'notJson'
  | 'notFeatureCollection'
  | 'featureCount'
  | 'missingNisCode'
  | 'unknownNisCode'
  | 'duplicateNisCode'
  | 'badGeometry'
  | 'notWgs84';

export class GeoJsonRejected extends DomainError {
  constructor(
    readonly reason: GeoRejectReason,
    readonly detail: string,
  ) {
    super('VALIDATION', `GeoJSON refused: ${reason} ${detail}`.trim(), [{ field: 'file', message: reason }]);
    this.name = 'GeoJsonRejected';
  }
}

/** Every position of a Polygon (depth 3) or MultiPolygon (depth 4); null when the nesting is wrong. */
function positions(coordinates: unknown, depth: number): number[][] | null {
  if (!Array.isArray(coordinates)) return null;
  if (depth === 1) {
    return coordinates.length >= 2 && coordinates.every((n) => typeof n === 'number' && Number.isFinite(n))
      ? [coordinates as number[]]
      : null;
  }
  const out: number[][] = [];
  for (const child of coordinates) {
    const inner = positions(child, depth - 1);
    if (!inner) return null;
    out.push(...inner);
  }
  return out.length ? out : null;
}

/**
 * Checks a GeoJSON text: a FeatureCollection of exactly the 19 Brussels municipalities, each with its NIS code
 * (property `nis_code`, `NIS5` or `nis`), a Polygon or MultiPolygon geometry in WGS84 longitude/latitude.
 * Throws GeoJsonRejected with the first reason found.
 */
export function checkBoundaries(text: string): { nisCode: string; geometry: Geometry }[] {
  if (Buffer.byteLength(text) > maxGeoJsonBytes) throw new GeoJsonRejected('tooLarge', '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new GeoJsonRejected('notJson', '');
  }
  const collection = doc as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new GeoJsonRejected('notFeatureCollection', '');
  }
  if (collection.features.length !== 19) {
    throw new GeoJsonRejected('featureCount', String(collection.features.length));
  }
  const seen = new Set<string>();
  return collection.features.map((f: unknown, index: number) => {
    const feature = f as { properties?: Record<string, unknown> | null; geometry?: Geometry | null };
    const props = feature?.properties ?? {};
    const raw = props.nis_code ?? props.NIS5 ?? props.nis ?? props.NIS_CODE;
    if (raw === undefined || raw === null || raw === '') throw new GeoJsonRejected('missingNisCode', `#${index + 1}`);
    const nisCode = String(raw);
    if (!municipalityCodes.includes(nisCode)) throw new GeoJsonRejected('unknownNisCode', nisCode);
    if (seen.has(nisCode)) throw new GeoJsonRejected('duplicateNisCode', nisCode);
    seen.add(nisCode);
    const geometry = feature.geometry;
    const depth = geometry?.type === 'Polygon' ? 3 : geometry?.type === 'MultiPolygon' ? 4 : 0;
    const points = depth ? positions(geometry?.coordinates, depth) : null;
    if (!geometry || !points) throw new GeoJsonRejected('badGeometry', nisCode);
    // Brussels lies near 4.4° E, 50.8° N: anything else is another projection (e.g. Lambert 72 metres).
    if (points.some(([x = 0, y = 0]) => x < 3 || x > 6 || y < 49.5 || y > 52)) {
      throw new GeoJsonRejected('notWgs84', nisCode);
    }
    return { nisCode, geometry: { type: geometry.type, coordinates: geometry.coordinates } };
  });
}

/** Replaces the boundaries of the 19 municipalities with those of a checked GeoJSON file. Admins; audited. */
export async function importBoundaries(
  ctx: Context,
  input: { geojson: string; credit: string; fileName?: string },
): Promise<{ imported: number }> {
  authorize(figuresPolicy.importData(ctx.actor));
  const features = checkBoundaries(input.geojson);
  const credit = input.credit.trim().slice(0, 200) || 'Statbel';
  await ctx.db.transaction(async (tx) => {
    await tx.delete(municipalityBoundaries);
    await tx.insert(municipalityBoundaries).values(features.map((f) => ({ ...f, credit, importedAt: ctx.now })));
    await recordAudit(tx, ctx, {
      action: 'boundaries.import',
      entityType: 'municipality_boundaries',
      entityId: input.fileName?.slice(0, 200) || 'geojson',
      changes: { features: features.length, credit },
    });
  });
  bumpPublicDataGeneration();
  return { imported: features.length };
}

/** The imported boundaries (empty when none were imported). Public. */
export async function listBoundaries(ctx: Context): Promise<Boundary[]> {
  authorize(figuresPolicy.read(ctx.actor));
  return memo(ctx.db, 'boundaries', async () => {
    const rows = await ctx.db.select().from(municipalityBoundaries).orderBy(asc(municipalityBoundaries.nisCode));
    return rows.map(({ nisCode, geometry, credit }) => ({ nisCode, geometry, credit }));
  });
}
