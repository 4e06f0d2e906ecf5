/**
 * Chart models (model.ts) as standalone SVG text, with no DOM, so the CLI writes it in Node (and
 * rasterizes it to PNG) and the page can offer the same file for download. Several charts stack
 * vertically in one picture (sb-6.3's interim and asymptotic sweeps).
 */
import type { ChartModel, ChartSeries } from './model.ts';
import { linearScale, niceDomain, ticks, tickText } from './scale.ts';
import { bandPath, esc, linePath, px, textWidth, wrapText } from './svg-text.ts';

/** Colour-blind-safe colours (Okabe & Ito), then black; series beyond them are dashed. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999999'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const FONT = "DejaVu Sans, Noto Sans CJK JP, Noto Sans JP, Hiragino Sans, 'Segoe UI', Arial, sans-serif";
/** Japanese text first finds a Japanese sans-serif face (a renderer's per-glyph fallback may pick a serif one). */
const FONT_JA = "Noto Sans CJK JP, Noto Sans JP, Hiragino Sans, 'Yu Gothic', Meiryo, DejaVu Sans, sans-serif";
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

export const CHART_WIDTH = 860;
const PLOT_HEIGHT = 340;
const LEFT = 76;
/** The legend's width: its longest label's, within these bounds (the plot takes the rest). */
const LEGEND_MIN = 200;
const LEGEND_MAX = 380;
const ROW = 17;

const colorOf = (i: number) => PALETTE[i % PALETTE.length];
const dashOf = (i: number) => DASHES[Math.floor(i / PALETTE.length) % DASHES.length];

function extent(model: ChartModel): { x: [number, number]; y: [number, number] } {
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  const seeY = (v: number) => {
    if (Number.isFinite(v)) {
      y0 = Math.min(y0, v);
      y1 = Math.max(y1, v);
    }
  };
  for (const s of model.series) {
    for (let i = 0; i < s.x.length; i++) {
      if (Number.isFinite(s.x[i])) {
        x0 = Math.min(x0, s.x[i]);
        x1 = Math.max(x1, s.x[i]);
      }
      seeY(s.y[i]);
      if (s.lo) seeY(s.lo[i]);
      if (s.hi) seeY(s.hi[i]);
    }
  }
  for (const l of model.hLines) seeY(l.y);
  if (!Number.isFinite(x0)) [x0, x1] = [0, 1];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  const bars = model.series.some((s) => s.style === 'bars');
  if (bars) {
    // Room for the end points' error bars.
    const pad = (x1 - x0) * 0.04;
    [x0, x1] = [x0 - pad, x1 + pad];
  }
  const y = model.yRange ?? niceDomain(y0, y1);
  return { x: [x0, x1], y };
}

/** One chart drawn in a group at vertical offset `top`; returns the SVG and its height. */
function chartGroup(model: ChartModel, top: number, id: string): { svg: string; height: number } {
  const titleLines = wrapText(model.title, 17, CHART_WIDTH - LEFT - 16);
  const titleHeight = titleLines.length * 22;
  const notesHeight = model.notes.length * 16;
  const plotTop = top + 12 + titleHeight + notesHeight + 10;
  const legendRows = model.series.length + model.hLines.length + model.vLines.length;
  const plotHeight = Math.max(PLOT_HEIGHT, legendRows * ROW + 10);
  const plotBottom = plotTop + plotHeight;
  const labels = [
    ...model.series.map((x) => x.label),
    ...model.hLines.map((l) => l.label),
    ...model.vLines.map((l) => l.label),
  ];
  // 28 px of swatch, the text (estimated 10 % wide), 12 px to the edge.
  const longest = Math.max(0, ...labels.map((l) => textWidth(l, 12) * 1.1));
  const legendWidth = Math.min(LEGEND_MAX, Math.max(LEGEND_MIN, 28 + longest + 12));
  const right = CHART_WIDTH - legendWidth - 16;
  const { x: xd, y: yd } = extent(model);
  const sx = linearScale(xd[0], xd[1], LEFT, right);
  const sy = linearScale(yd[0], yd[1], plotBottom, plotTop);
  const out: string[] = [];
  titleLines.forEach((line, i) => {
    out.push(
      `<text x="${LEFT}" y="${top + 24 + i * 22}" font-size="17" font-weight="bold">${esc(line)}</text>`,
    );
  });
  model.notes.forEach((n, i) => {
    const y = top + titleHeight + 20 + i * 16;
    out.push(`<text x="${LEFT}" y="${y}" font-size="12" fill="#555">${esc(n)}</text>`);
  });
  // Grid and ticks.
  for (const v of ticks(yd[0], yd[1], 6)) {
    const y = px(sy(v));
    out.push(`<line x1="${LEFT}" x2="${right}" y1="${y}" y2="${y}" stroke="#e4e4e4"/>`);
    out.push(
      `<text x="${LEFT - 6}" y="${y}" font-size="11" text-anchor="end" dominant-baseline="middle">${esc(tickText(v, model.percent))}</text>`,
    );
  }
  for (const v of ticks(xd[0], xd[1], 8)) {
    const x = px(sx(v));
    out.push(`<line x1="${x}" x2="${x}" y1="${plotTop}" y2="${plotBottom}" stroke="#f0f0f0"/>`);
    out.push(
      `<text x="${x}" y="${plotBottom + 16}" font-size="11" text-anchor="middle">${esc(tickText(v))}</text>`,
    );
  }
  out.push(
    `<rect x="${LEFT}" y="${plotTop}" width="${right - LEFT}" height="${plotHeight}" fill="none" stroke="#888"/>`,
  );
  out.push(
    `<text x="${px((LEFT + right) / 2)}" y="${plotBottom + 38}" font-size="13" text-anchor="middle">${esc(model.xLabel)}</text>`,
  );
  const cy = px((plotTop + plotBottom) / 2);
  out.push(
    `<text x="18" y="${cy}" font-size="13" text-anchor="middle" transform="rotate(-90 18 ${cy})">${esc(model.yLabel)}</text>`,
  );
  // Data, clipped to the plot area.
  out.push(
    `<clipPath id="${id}"><rect x="${LEFT}" y="${plotTop}" width="${right - LEFT}" height="${plotHeight}"/></clipPath>`,
  );
  out.push(`<g clip-path="url(#${id})">`);
  for (const s of model.series) out.push(...seriesMarks(s, sx, sy));
  model.hLines.forEach((l) => {
    const y = px(sy(l.y));
    out.push(`<line x1="${LEFT}" x2="${right}" y1="${y}" y2="${y}" stroke="#333" stroke-dasharray="5 4"/>`);
  });
  model.vLines.forEach((l) => {
    const x = px(sx(l.x));
    out.push(
      `<line x1="${x}" x2="${x}" y1="${plotTop}" y2="${plotBottom}" stroke="#333" stroke-dasharray="5 4"/>`,
    );
  });
  out.push('</g>');
  // Legend, right of the plot.
  const lx = right + 16;
  let ly = plotTop + 8;
  for (const s of model.series) {
    const c = colorOf(s.color);
    const dash = dashOf(s.color);
    out.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${c}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    out.push(
      `<text x="${lx + 28}" y="${ly}" font-size="12" dominant-baseline="middle">${esc(s.label)}</text>`,
    );
    ly += ROW;
  }
  for (const l of [...model.hLines, ...model.vLines]) {
    out.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="#333" stroke-dasharray="5 4"/>`,
      `<text x="${lx + 28}" y="${ly}" font-size="12" dominant-baseline="middle">${esc(l.label)}</text>`,
    );
    ly += ROW;
  }
  return { svg: `<g>${out.join('')}</g>`, height: plotBottom + 52 - top };
}

function seriesMarks(s: ChartSeries, sx: (x: number) => number, sy: (y: number) => number): string[] {
  const c = colorOf(s.color);
  const dash = dashOf(s.color);
  const xs = s.x.map(sx);
  const ys = s.y.map(sy);
  const out: string[] = [];
  const stroke = `stroke="${c}" stroke-width="2" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
  if (s.style === 'band' && s.lo && s.hi) {
    const d = bandPath(xs, s.lo.map(sy), s.hi.map(sy));
    if (d) out.push(`<path d="${d}" fill="${c}" fill-opacity="0.18" stroke="none"/>`);
  }
  out.push(`<path d="${linePath(xs, ys)}" ${stroke}/>`);
  if (s.style === 'bars') {
    for (let i = 0; i < xs.length; i++) {
      if (!Number.isFinite(ys[i])) continue;
      const x = px(xs[i]);
      if (s.lo && s.hi && s.hi[i] !== s.lo[i]) {
        const lo = px(sy(s.lo[i]));
        const hi = px(sy(s.hi[i]));
        out.push(
          `<path d="M${x} ${lo}L${x} ${hi}M${px(xs[i] - 4)} ${lo}L${px(xs[i] + 4)} ${lo}M${px(xs[i] - 4)} ${hi}L${px(xs[i] + 4)} ${hi}" stroke="${c}" stroke-width="1.5"/>`,
        );
      }
      out.push(`<circle cx="${x}" cy="${px(ys[i])}" r="3.5" fill="${c}"/>`);
    }
  }
  return out;
}

/** One SVG document with the charts stacked top to bottom. */
export function chartsToSVG(models: ChartModel[]): string {
  const groups: string[] = [];
  let top = 8;
  models.forEach((m, i) => {
    const g = chartGroup(m, top, `plot${i}`);
    groups.push(g.svg);
    top += g.height + 12;
  });
  const height = Math.max(100, top);
  const font = groups.some((g) => CJK.test(g)) ? FONT_JA : FONT;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${esc(font)}">` +
    `<rect width="${CHART_WIDTH}" height="${height}" fill="#ffffff"/>${groups.join('')}</svg>\n`
  );
}
