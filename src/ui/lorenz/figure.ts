/**
 * The sweep figure, drawn with the Canvas 2D API: the bifurcation diagram (z maxima against the
 * swept parameter), under it a band coloured by the λ classification, and under that λ1 and λ2
 * against the same axis. The scene shows it as a Phaser canvas texture; the PNG export draws it
 * again at twice the size. `figureLayout` is the single source of where things are, so a click
 * maps back to a parameter value exactly where the figure drew it.
 */
import { formatTick } from '../../core/format.ts';
import { type Behaviour, hopfR, zeroExponentTolerance } from '../../dynamics/lorenz/index.ts';
import type { SweepResults } from '../../play/lorenz/sweep-results.ts';
import { CSS, rgba } from '../shared/theme.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FigureLayout {
  width: number;
  height: number;
  diagram: Rect;
  band: Rect;
  lyap: Rect;
  /** Baseline of the x tick labels. */
  axisY: number;
  legendY: number;
}

export const BEHAVIOUR_COLOURS: Record<Behaviour | 'pending', string> = {
  chaos: CSS.accent,
  periodic: CSS.green,
  'fixed-point': CSS.periwinkle,
  uncertain: '#b9bfcc',
  pending: CSS.text,
};

export const BEHAVIOUR_LABELS: Record<Behaviour, string> = {
  chaos: 'chaos',
  periodic: 'periodic',
  'fixed-point': 'fixed point',
  uncertain: 'uncertain',
};

const LAMBDA_COLOURS = { l1: CSS.accent, l2: CSS.cyan };
const BG = '#181b22';
const GRID = '#2a2e3b';
const MUTED = CSS.muted;
const TEXT = CSS.text;
const FONT = 'system-ui, sans-serif';
/** Widest dash (pixels) a maximum is drawn as. */
const MAX_DASH = 3;

export const PARAM_SYMBOL = { r: 'r', sigma: 'σ', b: 'b' } as const;

export function figureLayout(width: number, height: number): FigureLayout {
  const left = 46;
  const right = 10;
  const top = 40; // title + progress
  const bottom = 44; // x labels + legend
  const bandH = 8;
  const gap = 5;
  const avail = height - top - bottom - bandH - 2 * gap;
  const dh = Math.round(avail * 0.63);
  const w = width - left - right;
  const diagram = { x: left, y: top, w, h: dh };
  const band = { x: left, y: top + dh + gap, w, h: bandH };
  const lyap = { x: left, y: band.y + bandH + gap, w, h: avail - dh };
  return { width, height, diagram, band, lyap, axisY: lyap.y + lyap.h + 14, legendY: height - 9 };
}

/** The parameter value at figure x (null outside the plots' horizontal extent). */
export function valueAtX(layout: FigureLayout, results: SweepResults, x: number): number | null {
  const { x: x0, w } = layout.diagram;
  if (x < x0 || x > x0 + w) return null;
  const { from, to } = results.config;
  return from + ((x - x0) / w) * (to - from);
}

export function xOfValue(layout: FigureLayout, results: SweepResults, v: number): number {
  const { from, to } = results.config;
  return layout.diagram.x + ((v - from) / (to - from)) * layout.diagram.w;
}

/** About `n` round tick values covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, n = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9 * step; v += step)
    out.push(Number(v.toPrecision(12)));
  return out;
}

const fmtTick = formatTick;

/** The diagram's z range: from the data, padded, starting at 0 when everything is positive. */
function zRange(results: SweepResults): [number, number] {
  let lo = results.zMin;
  let hi = results.zMax;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 50];
  if (lo >= 0) lo = 0;
  if (hi - lo < 1) hi = lo + 1;
  return [lo, hi + 0.04 * (hi - lo)];
}

/** λ axis range: the data's, clamped to [−6, 4] so a very negative λ2 does not flatten λ1. */
function lambdaRange(results: SweepResults): [number, number] {
  let lo = -1;
  let hi = 1;
  const l = results.lyap;
  for (let i = 0; i < results.count; i++) {
    for (let j = 0; j < 2; j++) {
      const v = l[3 * i + j];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  lo = Math.max(-6, lo);
  hi = Math.min(4, hi);
  const pad = 0.06 * (hi - lo);
  return [lo - pad, hi + pad];
}

function parseColour(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function colourOf(results: SweepResults, i: number): string {
  return BEHAVIOUR_COLOURS[results.behaviour[i] ?? 'pending'];
}

/** Progress caption: which phase runs and how far it got. */
export function progressText(results: SweepResults): string {
  const n = results.count;
  if (!results.diagramComplete) return `diagram ${results.diagramDone}/${n}`;
  if (results.finished) return `done · λ at T = ${results.passes[results.passes.length - 1]}`;
  const t = results.passes[results.lyapPass];
  return `λ at T = ${t}: ${results.lyapDone}/${n}`;
}

export interface FigureOptions {
  /** Current value of the swept parameter, drawn as a line (the scene draws its own; the PNG uses this). */
  marker?: number | null;
  /** Title override (the PNG names the parameters). */
  title?: string;
}

/** Draw the whole figure into `ctx` (in layout units; scale the context for a larger image). */
export function drawFigure(
  ctx: CanvasRenderingContext2D,
  results: SweepResults,
  layout: FigureLayout,
  options: FigureOptions = {},
): void {
  const { width, height, diagram, band, lyap } = layout;
  const sym = PARAM_SYMBOL[results.config.param];
  ctx.save();
  ctx.fillStyle = BG;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';

  // Title and progress.
  ctx.font = `600 13px ${FONT}`;
  ctx.fillStyle = TEXT;
  ctx.textAlign = 'left';
  ctx.fillText(options.title ?? 'Bifurcation diagram: z maxima', 8, 17);
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.textAlign = 'right';
  ctx.fillText(progressText(results), width - 8, 17);
  ctx.fillStyle = GRID;
  ctx.fillRect(8, 25, width - 16, 4);
  ctx.fillStyle = results.finished ? CSS.green : CSS.accent;
  ctx.fillRect(8, 25, (width - 16) * results.progress, 4);

  const xOf = (v: number) => xOfValue(layout, results, v);
  const xTicks = niceTicks(results.config.from, results.config.to, Math.max(3, Math.floor(diagram.w / 70)));

  // Diagram frame, grid and z axis.
  const [z0, z1] = zRange(results);
  const yOfZ = (z: number) => diagram.y + diagram.h - ((z - z0) / (z1 - z0)) * diagram.h;
  frame(
    ctx,
    diagram,
    xTicks.map(xOf),
    niceTicks(z0, z1, 5).map((z) => [yOfZ(z), fmtTick(z)] as const),
    'z',
  );
  drawDensity(ctx, results, diagram, z0, z1);
  drawLandmarks(ctx, results, layout, yOfZ);
  drawBlowUps(ctx, results, diagram);

  // Classification band.
  ctx.fillStyle = GRID;
  ctx.fillRect(band.x, band.y, band.w, band.h);
  for (let i = 0; i < results.count; i++) {
    const b = results.behaviour[i];
    if (!b) continue;
    const [xa, xb] = columnSpan(layout, results, i);
    ctx.fillStyle = BEHAVIOUR_COLOURS[b];
    ctx.fillRect(xa, band.y, Math.max(1, xb - xa), band.h);
  }

  // λ plot.
  const [l0, l1] = lambdaRange(results);
  const yOfL = (l: number) => lyap.y + lyap.h - ((Math.max(l0, Math.min(l1, l)) - l0) / (l1 - l0)) * lyap.h;
  frame(
    ctx,
    lyap,
    xTicks.map(xOf),
    niceTicks(l0, l1, 4).map((l) => [yOfL(l), fmtTick(l)] as const),
    'λ',
  );
  const tMax = Math.max(...results.lyapTime);
  if (tMax > 0) {
    const tol = zeroExponentTolerance(Math.min(...Array.from(results.lyapTime).filter((t) => t > 0)));
    ctx.fillStyle = rgba('green', 0.14);
    const ya = yOfL(tol);
    ctx.fillRect(lyap.x, ya, lyap.w, Math.max(1, yOfL(-tol) - ya));
  }
  ctx.strokeStyle = '#58607a';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(lyap.x, Math.round(yOfL(0)) + 0.5);
  ctx.lineTo(lyap.x + lyap.w, Math.round(yOfL(0)) + 0.5);
  ctx.stroke();
  ctx.save();
  ctx.beginPath();
  ctx.rect(lyap.x, lyap.y, lyap.w, lyap.h);
  ctx.clip();
  polyline(ctx, results, 1, xOf, yOfL, LAMBDA_COLOURS.l2);
  polyline(ctx, results, 0, xOf, yOfL, LAMBDA_COLOURS.l1);
  ctx.restore();

  // Shared x axis labels under the λ plot.
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.textAlign = 'center';
  for (const v of xTicks) ctx.fillText(fmtTick(v), xOf(v), layout.axisY);
  ctx.textAlign = 'left';
  ctx.fillStyle = TEXT;
  ctx.font = `italic 13px ${FONT}`;
  ctx.fillText(sym, 6, layout.axisY);

  drawLegend(ctx, layout);

  if (options.marker !== undefined && options.marker !== null) {
    const x = Math.round(xOf(options.marker)) + 0.5;
    if (x >= diagram.x && x <= diagram.x + diagram.w) {
      ctx.strokeStyle = rgba('white', 0.85);
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, diagram.y);
      ctx.lineTo(x, lyap.y + lyap.h);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  ctx.restore();
}

/** Horizontal pixel span of column i (its share of the axis, at least one pixel). */
function columnSpan(layout: FigureLayout, results: SweepResults, i: number): [number, number] {
  const n = results.count;
  const { from, to } = results.config;
  const h = n > 1 ? (to - from) / (n - 1) : to - from;
  const v = results.values[i];
  const xa = Math.floor(xOfValue(layout, results, Math.max(from, v - h / 2)));
  const xb = Math.ceil(xOfValue(layout, results, Math.min(to, v + h / 2)));
  return [xa, Math.max(xa + 1, xb)];
}

function frame(
  ctx: CanvasRenderingContext2D,
  r: Rect,
  xs: number[],
  ys: (readonly [number, string])[],
  yLabel: string,
): void {
  ctx.fillStyle = CSS.background;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.strokeStyle = GRID;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const x of xs) {
    ctx.moveTo(Math.round(x) + 0.5, r.y);
    ctx.lineTo(Math.round(x) + 0.5, r.y + r.h);
  }
  for (const [y] of ys) {
    ctx.moveTo(r.x, Math.round(y) + 0.5);
    ctx.lineTo(r.x + r.w, Math.round(y) + 0.5);
  }
  ctx.stroke();
  ctx.strokeStyle = CSS.borderStrong;
  ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1);
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const [y, label] of ys) if (y > r.y + 5 && y < r.y + r.h - 4) ctx.fillText(label, r.x - 5, y);
  ctx.fillStyle = TEXT;
  ctx.textAlign = 'left';
  ctx.font = `italic 13px ${FONT}`;
  ctx.fillText(yLabel, 6, r.y + r.h / 2);
  ctx.textBaseline = 'alphabetic';
}

/**
 * The maxima as a density image: each maximum adds its class colour to its pixel; a pixel's
 * opacity is 1 − e^{−0.6·hits}, so a periodic orbit's few points stay crisp and chaos fills in.
 * A column without maxima whose orbit ended on a fixed point shows that point (z of its end state).
 */
function drawDensity(
  ctx: CanvasRenderingContext2D,
  results: SweepResults,
  r: Rect,
  z0: number,
  z1: number,
): void {
  const w = Math.max(1, Math.round(r.w) - 2);
  const h = Math.max(1, Math.round(r.h) - 2);
  const hits = new Float32Array(w * h);
  const rgb = new Float32Array(3 * w * h);
  const layout = { diagram: { ...r } } as FigureLayout;
  const plot = (px: number, z: number, c: [number, number, number], weight: number) => {
    const py = Math.round((1 - (z - z0) / (z1 - z0)) * (h - 1));
    if (px < 0 || px >= w || py < 0 || py >= h) return;
    const k = py * w + px;
    hits[k] += weight;
    rgb[3 * k] += c[0] * weight;
    rgb[3 * k + 1] += c[1] * weight;
    rgb[3 * k + 2] += c[2] * weight;
  };
  for (let i = 0; i < results.count; i++) {
    const m = results.maxima[i];
    if (!m) continue;
    const c = parseColour(colourOf(results, i));
    // Each maximum is a dash across its column, at most MAX_DASH wide: with few values the
    // columns stay points on a line rather than bars.
    const [xa, xb] = columnSpan(layout, results, i);
    const width = Math.min(MAX_DASH, xb - xa);
    const a = Math.round((xa + xb - width) / 2 - r.x - 1);
    const b = a + Math.max(1, width);
    const weight = 1 / (b - a);
    if (m.length === 0 && Number.isFinite(results.endZ[i])) {
      for (let px = a; px < b; px++) plot(px, results.endZ[i], c, 3 * weight);
      continue;
    }
    for (let j = 0; j < m.length; j++) for (let px = a; px < b; px++) plot(px, m[j], c, weight);
  }
  const img = ctx.createImageData(w, h);
  const bg = parseColour(CSS.background);
  for (let k = 0; k < w * h; k++) {
    const n = hits[k];
    const o = 4 * k;
    if (n === 0) {
      img.data[o] = bg[0];
      img.data[o + 1] = bg[1];
      img.data[o + 2] = bg[2];
    } else {
      const a = 1 - Math.exp(-0.6 * n);
      img.data[o] = bg[0] + a * (rgb[3 * k] / n - bg[0]);
      img.data[o + 1] = bg[1] + a * (rgb[3 * k + 1] / n - bg[1]);
      img.data[o + 2] = bg[2] + a * (rgb[3 * k + 2] / n - bg[2]);
    }
    img.data[o + 3] = 255;
  }
  // putImageData ignores the transform; draw through a temporary canvas so a scaled export works.
  const tmp = newCanvas(w, h);
  tmp.getContext('2d')?.putImageData(img, 0, 0);
  ctx.save();
  ctx.globalCompositeOperation = 'lighten';
  ctx.drawImage(tmp as CanvasImageSource, r.x + 1, r.y + 1, w, h);
  ctx.restore();
}

/**
 * Values whose integration blew up (NaN/Infinity): a red tick at the top of their column and a
 * caption; the full message is in `results.message`.
 */
function drawBlowUps(ctx: CanvasRenderingContext2D, results: SweepResults, r: Rect): void {
  let n = 0;
  let lambdaOnly = 0;
  const layout = { diagram: r } as FigureLayout;
  ctx.fillStyle = CSS.red;
  for (let i = 0; i < results.count; i++) {
    const diagramBlew = results.blownUp[i] === 1;
    const lambdaBlew = results.lyapTime[i] > 0 && !Number.isFinite(results.lyap[3 * i]);
    if (!diagramBlew && !lambdaBlew) continue;
    if (diagramBlew) n++;
    else lambdaOnly++;
    const [xa, xb] = columnSpan(layout, results, i);
    ctx.fillRect(xa, r.y + 1, Math.max(1, xb - xa), 6);
  }
  if (n + lambdaOnly === 0) return;
  const parts = [];
  if (n) parts.push(`${n} value${n > 1 ? 's' : ''} blew up`);
  if (lambdaOnly) parts.push(`λ blew up at ${lambdaOnly}`);
  ctx.font = `11px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(`${parts.join(', ')} (NaN/∞: too stiff for dt)`, r.x + r.w - 6, r.y + 20);
}

function newCanvas(w: number, h: number): HTMLCanvasElement | OffscreenCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

/** Landmarks when sweeping r: the C± branch z = r − 1 and the Hopf value r_H. */
function drawLandmarks(
  ctx: CanvasRenderingContext2D,
  results: SweepResults,
  layout: FigureLayout,
  yOfZ: (z: number) => number,
): void {
  const { diagram } = layout;
  const { param, from, to, sigma, b } = results.config;
  if (param !== 'r') return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(diagram.x, diagram.y, diagram.w, diagram.h);
  ctx.clip();
  ctx.strokeStyle = rgba('periwinkle', 0.45);
  ctx.setLineDash([3, 4]);
  ctx.beginPath();
  const a = Math.max(from, 1);
  ctx.moveTo(xOfValue(layout, results, a), yOfZ(a - 1));
  ctx.lineTo(xOfValue(layout, results, to), yOfZ(to - 1));
  ctx.stroke();
  const rH = hopfR({ sigma, b });
  ctx.font = `10px ${FONT}`;
  ctx.textAlign = 'left';
  if (rH > from && rH < to) {
    const x = Math.round(xOfValue(layout, results, rH)) + 0.5;
    ctx.strokeStyle = rgba('white', 0.3);
    ctx.beginPath();
    ctx.moveTo(x, diagram.y);
    ctx.lineTo(x, diagram.y + diagram.h);
    ctx.stroke();
    ctx.fillStyle = MUTED;
    ctx.fillText(`r_H ${rH.toFixed(2)}`, x + 3, diagram.y + 12);
  }
  ctx.fillStyle = rgba('periwinkle', 0.8);
  const labelR = from + 0.62 * (to - from);
  ctx.fillText('C±: z = r − 1', xOfValue(layout, results, labelR) + 4, yOfZ(labelR - 1) + 12);
  ctx.restore();
}

function polyline(
  ctx: CanvasRenderingContext2D,
  results: SweepResults,
  j: number,
  xOf: (v: number) => number,
  yOf: (l: number) => number,
  colour: string,
): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.4;
  ctx.beginPath();
  let pen = false;
  for (let i = 0; i < results.count; i++) {
    const l = results.lyap[3 * i + j];
    if (!Number.isFinite(l)) {
      pen = false;
      continue;
    }
    const x = xOf(results.values[i]);
    const y = yOf(l);
    if (pen) ctx.lineTo(x, y);
    else ctx.moveTo(x, y);
    pen = true;
  }
  ctx.stroke();
}

function drawLegend(ctx: CanvasRenderingContext2D, layout: FigureLayout): void {
  const y = layout.legendY;
  let x = 8;
  ctx.font = `11px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const [label, colour] of [
    ['λ1', LAMBDA_COLOURS.l1],
    ['λ2', LAMBDA_COLOURS.l2],
  ] as const) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 14, y);
    ctx.stroke();
    ctx.fillStyle = TEXT;
    ctx.fillText(label, x + 18, y);
    x += 42;
  }
  x += 4;
  for (const b of ['chaos', 'periodic', 'fixed-point', 'uncertain'] as const) {
    ctx.fillStyle = BEHAVIOUR_COLOURS[b];
    ctx.fillRect(x, y - 4, 9, 9);
    ctx.fillStyle = MUTED;
    ctx.fillText(BEHAVIOUR_LABELS[b], x + 12, y);
    x += 16 + ctx.measureText(BEHAVIOUR_LABELS[b]).width + 8;
  }
  ctx.textBaseline = 'alphabetic';
}
