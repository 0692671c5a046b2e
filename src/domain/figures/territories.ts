/** Territories that indicator values may be given for: regions, country, EU and the 19 municipalities. */
export const regionCodes = ['BE10', 'BE2', 'BE3', 'BE', 'EU27_2020'] as const;
export type RegionCode = (typeof regionCodes)[number];

/** NIS codes of the 19 municipalities of the Brussels-Capital Region (21001 to 21019). */
export const municipalityCodes = Array.from({ length: 19 }, (_, i) => String(21001 + i));

export const isRegion = (code: string): code is RegionCode => (regionCodes as readonly string[]).includes(code);
export const isMunicipality = (code: string): boolean => municipalityCodes.includes(code);
export const isTerritory = (code: string): boolean => isRegion(code) || isMunicipality(code);

/** Dimensions of a breakdown and their values, in the order they are written (`lang=fr,level=primary`). */
export const dimensions = {
  sex: ['M', 'F'],
  lang: ['fr', 'nl'],
  level: ['nursery', 'primary', 'secondary'],
  residence: ['BE10', 'BE2', 'BE3'],
} as const;
export type Dimension = keyof typeof dimensions;
const order = Object.keys(dimensions) as Dimension[];

/** Parses a breakdown (`total` or `dim=value` pairs joined by commas, in the order above); null when invalid. */
export function parseBreakdown(text: string): Partial<Record<Dimension, string>> | null {
  if (text === 'total') return {};
  const parts: Partial<Record<Dimension, string>> = {};
  let last = -1;
  for (const pair of text.split(',')) {
    const [dim, value, extra] = pair.split('=');
    const index = order.indexOf(dim as Dimension);
    if (extra !== undefined || index <= last || value === undefined) return null;
    if (!(dimensions[dim as Dimension] as readonly string[]).includes(value)) return null;
    parts[dim as Dimension] = value;
    last = index;
  }
  return parts;
}

export const isBreakdown = (text: string): boolean => parseBreakdown(text) !== null;
