import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { esc, fallbackStyle, r1, svgFrame, territoryStyle } from './svg.ts';

export interface Series {
  key: string;
  label: string;
  points: { x: number; y: number }[];
}

interface Panel {
  label: string | null;
  series: Series[];
}

/**
 * Line charts over time drawn as SVG: one panel, or several side by side sharing their scales (small multiples).
 * Every point carries its value as a tooltip (`<title>` and `data-tip` for the page's script).
 */
export function lineChart(o: {
  id: string;
  title: string;
  desc: string;
  panels: Panel[];
  format: (n: number) => string;
  width?: number;
  height?: number;
}): string {
  const width = o.width ?? 640;
  const height = o.height ?? 320;
  const all = o.panels.flatMap((p) => p.series.flatMap((s) => s.points));
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const yMax = Math.max(...ys, 0);
  const legendHeight = 22 * Math.ceil(new Set(o.panels.flatMap((p) => p.series.map((s) => s.key))).size / 2);
  const margin = { top: 16 + (o.panels.length > 1 ? 18 : 0), right: 16, bottom: 28 + legendHeight, left: 48 };
  const gap = 20;
  const panelWidth = (width - margin.left - margin.right - gap * (o.panels.length - 1)) / o.panels.length;
  const y = scaleLinear()
    .domain([0, yMax || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const parts: string[] = [];
  // Horizontal grid and y labels, once on the left.
  for (const tick of y.ticks(5)) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${r1(y(tick))}" y2="${r1(y(tick))}" stroke="#d4d4d4"/>`,
      `<text x="${margin.left - 6}" y="${r1(y(tick) + 4)}" text-anchor="end" font-size="11" fill="#333">${esc(o.format(tick))}</text>`,
    );
  }
  o.panels.forEach((panel, index) => {
    const left = margin.left + index * (panelWidth + gap);
    const x = scaleLinear()
      .domain(xMin === xMax ? [xMin - 1, xMax + 1] : [xMin, xMax])
      .range([left + 6, left + panelWidth - 6]);
    if (panel.label) {
      parts.push(
        `<text x="${r1(left + panelWidth / 2)}" y="14" text-anchor="middle" font-size="12" font-weight="bold" fill="#1a1a1a">${esc(panel.label)}</text>`,
      );
    }
    const ticks = x.ticks(Math.max(2, Math.floor(panelWidth / 70))).filter(Number.isInteger);
    for (const tick of ticks) {
      parts.push(
        `<text x="${r1(x(tick))}" y="${height - margin.bottom + 16}" text-anchor="middle" font-size="11" fill="#333">${tick}</text>`,
      );
    }
    parts.push(
      `<line x1="${left}" x2="${r1(left + panelWidth)}" y1="${height - margin.bottom}" y2="${height - margin.bottom}" stroke="#666"/>`,
    );
    for (const s of panel.series) {
      const style = territoryStyle[s.key] ?? fallbackStyle;
      const points = [...s.points].sort((a, b) => a.x - b.x);
      const path = line<{ x: number; y: number }>()
        .x((p) => x(p.x))
        .y((p) => y(p.y))(points);
      parts.push(
        `<path d="${path}" fill="none" stroke="${style.colour}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      );
      for (const p of points) {
        const tip = `${s.label}${panel.label ? ` (${panel.label})` : ''}, ${p.x}: ${o.format(p.y)}`;
        parts.push(
          `<circle cx="${r1(x(p.x))}" cy="${r1(y(p.y))}" r="3.5" fill="${style.colour}" data-tip="${esc(tip)}"><title>${esc(tip)}</title></circle>`,
        );
      }
    }
  });
  // Legend: one entry per series key, two to a row.
  const keys = new Map<string, string>();
  for (const p of o.panels) for (const s of p.series) keys.set(s.key, s.label);
  [...keys].forEach(([key, label], i) => {
    const style = territoryStyle[key] ?? fallbackStyle;
    const lx = margin.left + (i % 2) * ((width - margin.left) / 2);
    const ly = height - legendHeight + 6 + Math.floor(i / 2) * 22;
    parts.push(
      `<line x1="${r1(lx)}" x2="${r1(lx + 26)}" y1="${ly + 6}" y2="${ly + 6}" stroke="${style.colour}" stroke-width="3"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      `<text x="${r1(lx + 32)}" y="${ly + 10}" font-size="12" fill="#1a1a1a">${esc(label)}</text>`,
    );
  });
  return svgFrame({ id: o.id, width, height, title: o.title, desc: o.desc, body: parts.join('') });
}
