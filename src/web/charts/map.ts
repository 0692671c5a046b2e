import { type GeoPermissibleObjects, geoIdentity, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { esc, r1, svgFrame } from './svg.ts';

export interface MapItem {
  nis: string;
  name: string;
  value: number | null;
  href: string;
}

type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

const colours = ['#deebf7', '#9ecae1', '#5a9fd0', '#2f73b5', '#08407e'];
const noValue = '#f2f2f2';

/**
 * Where each municipality sits on the tile-grid map (column, row), laid out by hand from their positions: north
 * at the top, the canal zone in the middle, the south-east woods at the bottom right.
 */
export const tileGrid: Record<string, [number, number]> = {
  '21008': [1, 0],
  '21010': [2, 0],
  '21004': [3, 0],
  '21006': [4, 0],
  '21003': [0, 1],
  '21011': [1, 1],
  '21012': [2, 1],
  '21014': [3, 1],
  '21015': [4, 1],
  '21018': [5, 1],
  '21001': [1, 2],
  '21013': [2, 2],
  '21009': [3, 2],
  '21005': [4, 2],
  '21019': [5, 2],
  '21007': [1, 3],
  '21016': [2, 3],
  '21017': [3, 3],
  '21002': [4, 3],
};

/** Projects WGS84 boundaries onto the plane (longitudes shrunk by the cosine of Brussels' latitude). */
function planar(geometry: Geometry): Geometry {
  const k = Math.cos((50.84 * Math.PI) / 180);
  const walk = (c: unknown): unknown =>
    Array.isArray(c) && typeof c[0] === 'number' ? [(c[0] as number) * k, c[1]] : (c as unknown[]).map(walk);
  return { type: geometry.type, coordinates: walk(geometry.coordinates) };
}

/** Paths and label points of the boundaries, computed once per set of boundaries (they change on import only). */
const projections = new WeakMap<Map<string, Geometry>, Map<string, { d: string; cx: number; cy: number }>>();
function projected(boundaries: Map<string, Geometry>, width: number, height: number) {
  const known = projections.get(boundaries);
  if (known) return known;
  const features = [...boundaries].map(([nis, g]) => ({
    type: 'Feature' as const,
    properties: { nis },
    geometry: planar(g),
  }));
  const collection = { type: 'FeatureCollection', features } as unknown as GeoPermissibleObjects;
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      collection,
    );
  const path = geoPath(projection).digits(1);
  const shapes = new Map<string, { d: string; cx: number; cy: number }>();
  for (const f of features) {
    const feature = f as unknown as GeoPermissibleObjects;
    const [cx, cy] = path.centroid(feature);
    shapes.set(f.properties.nis, { d: path(feature) ?? '', cx, cy });
  }
  projections.set(boundaries, shapes);
  return shapes;
}

/** Splits a long name over lines at hyphens and spaces, at most about 11 characters a line. */
function wrap(name: string): string[] {
  const words = name.split(/(?<=-)|\s+/);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] as string).length + w.length <= 11) lines[last] += w;
    else lines.push(w);
  }
  return lines;
}

/**
 * A choropleth map of the 19 municipalities: real boundaries when they were imported, else the tile grid. Each
 * municipality is a link to its page (reachable with the keyboard) named with its value; a legend follows.
 */
export function municipalMap(o: {
  id: string;
  title: string;
  desc: string;
  items: MapItem[];
  boundaries: Map<string, Geometry> | null;
  format: (n: number) => string;
  noValueLabel: string;
}): string {
  const width = 640;
  const mapHeight = o.boundaries ? 520 : 400;
  const values = o.items.flatMap((i) => (i.value === null ? [] : [i.value]));
  const min = Math.min(...values);
  const max = Math.max(...values);
  const colour = scaleQuantize<string>()
    .domain(values.length ? [min, max === min ? min + 1 : max] : [0, 1])
    .range(colours);
  const fillOf = (v: number | null) => (v === null ? noValue : colour(v));
  const parts: string[] = [];
  const link = (item: MapItem, shape: string, label: string) => {
    const name = `${item.name}: ${item.value === null ? o.noValueLabel : o.format(item.value)}`;
    return `<a href="${esc(item.href)}" aria-label="${esc(name)}" data-tip="${esc(name)}">${shape}<title>${esc(name)}</title>${label}</a>`;
  };
  const labelText = (x: number, y: number, name: string, size: number) =>
    wrap(name)
      .map(
        (line, i, all) =>
          `<text x="${r1(x)}" y="${r1(y + (i - (all.length - 1) / 2) * (size + 1) + size / 3)}" text-anchor="middle" ` +
          `font-size="${size}" fill="#111111" stroke="#ffffff" stroke-width="2.5" paint-order="stroke" ` +
          `pointer-events="none">${esc(line)}</text>`,
      )
      .join('');
  if (o.boundaries) {
    const shapes = projected(o.boundaries, width, mapHeight);
    for (const item of o.items) {
      const shape = shapes.get(item.nis);
      if (!shape) continue;
      parts.push(
        link(
          item,
          `<path d="${shape.d}" fill="${fillOf(item.value)}" stroke="#ffffff" stroke-width="1.2" class="map-shape"/>`,
          labelText(shape.cx, shape.cy, item.name, 10),
        ),
      );
    }
  } else {
    const size = 96;
    const left = (width - 6 * size) / 2;
    for (const item of o.items) {
      const [col, row] = tileGrid[item.nis] ?? [0, 0];
      const x = left + col * size;
      const y = 8 + row * size;
      parts.push(
        link(
          item,
          `<rect x="${r1(x + 2)}" y="${r1(y + 2)}" width="${size - 4}" height="${size - 4}" rx="4" fill="${fillOf(item.value)}" stroke="#6b7280" stroke-width="1" class="map-shape"/>`,
          labelText(x + size / 2, y + size / 2, item.name, 11),
        ),
      );
    }
  }
  // Legend: the classes and their bounds, then "no value".
  const legendTop = mapHeight + 8;
  const step = (colour.domain()[1] - colour.domain()[0]) / colours.length;
  const classes = values.length
    ? colours.map((c, i) => {
        const from = colour.domain()[0] + i * step;
        return { fill: c, label: `${o.format(from)} – ${o.format(from + step)}` };
      })
    : [];
  [...classes, { fill: noValue, label: o.noValueLabel }].forEach((entry, i) => {
    const x = 12 + (i % 3) * 210;
    const y = legendTop + Math.floor(i / 3) * 24;
    parts.push(
      `<rect x="${x}" y="${y}" width="18" height="18" fill="${entry.fill}" stroke="#6b7280"/>`,
      `<text x="${x + 26}" y="${y + 14}" font-size="12" fill="#1a1a1a">${esc(entry.label)}</text>`,
    );
  });
  const height = legendTop + 2 * 24 + 8;
  return svgFrame({
    id: o.id,
    width,
    height,
    title: o.title,
    desc: o.desc,
    body: parts.join(''),
    role: 'group',
  });
}
