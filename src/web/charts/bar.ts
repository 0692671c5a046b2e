import { scaleLinear } from 'd3-scale';
import { esc, r1, svgFrame } from './svg.ts';

/** A horizontal bar chart across territories (or any labelled items), the highlighted bar darker. */
export function barChart(o: {
  id: string;
  title: string;
  desc: string;
  bars: { label: string; value: number; highlight?: boolean }[];
  format: (n: number) => string;
  width?: number;
}): string {
  const width = o.width ?? 640;
  const rowHeight = 28;
  const labelWidth = Math.min(320, 14 + 7 * Math.max(...o.bars.map((b) => b.label.length), 4));
  const valueWidth = 90;
  const height = 12 + o.bars.length * rowHeight;
  const x = scaleLinear()
    .domain([0, Math.max(...o.bars.map((b) => b.value), 0) || 1])
    .range([0, width - labelWidth - valueWidth - 8]);
  const parts = o.bars.map((b, i) => {
    const top = 6 + i * rowHeight;
    const tip = `${b.label}: ${o.format(b.value)}`;
    return (
      `<text x="${r1(labelWidth - 8)}" y="${top + 18}" text-anchor="end" font-size="12" fill="#1a1a1a">${esc(b.label)}</text>` +
      `<rect x="${r1(labelWidth)}" y="${top + 4}" width="${r1(Math.max(1, x(b.value)))}" height="${rowHeight - 8}" ` +
      `fill="${b.highlight ? '#0b4f8a' : '#6b93c4'}" data-tip="${esc(tip)}"><title>${esc(tip)}</title></rect>` +
      `<text x="${r1(labelWidth + x(b.value) + 6)}" y="${top + 18}" font-size="12" fill="#1a1a1a">${esc(o.format(b.value))}</text>`
    );
  });
  return svgFrame({ id: o.id, width, height, title: o.title, desc: o.desc, body: parts.join('') });
}
