/** Small helpers to write SVG text by hand: escaping and rounding. */

export const esc = (text: string | number): string =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rounds a coordinate to one decimal, enough on screen and half the bytes. */
export const r1 = (n: number): string => String(Math.round(n * 10) / 10);

export const font = 'font-family="DejaVu Sans, Arial, Helvetica, sans-serif"';

/** Colours (with their dash patterns, so that lines differ without colour too) per territory. */
export const territoryStyle: Record<string, { colour: string; dash: string }> = {
  BE10: { colour: '#0b4f8a', dash: '' },
  BE: { colour: '#a0460b', dash: '6 3' },
  EU27_2020: { colour: '#4b5563', dash: '2 3' },
  BE2: { colour: '#1f6f3a', dash: '10 3 2 3' },
  BE3: { colour: '#a3162d', dash: '4 2 4 6' },
};
export const fallbackStyle = { colour: '#333333', dash: '' };

/** The frame of a chart: an `<svg>` with its title and description, read by screen readers as one image. */
export function svgFrame(o: {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
  role?: 'img' | 'group';
}): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" ` +
    `height="${o.height}" role="${o.role ?? 'img'}" aria-labelledby="${o.id}-t ${o.id}-d" class="chart" ${font}>` +
    `<title id="${o.id}-t">${esc(o.title)}</title><desc id="${o.id}-d">${esc(o.desc)}</desc>` +
    `<rect width="${o.width}" height="${o.height}" fill="#ffffff"/>${o.body}</svg>`
  );
}
