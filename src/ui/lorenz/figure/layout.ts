/**
 * Where the sweep figure puts things, and what its axes span. `figureLayout` is the single source
 * of where things are, so a click maps back to a parameter value exactly where the figure drew it.
 */
import { formatTick } from '../../../core/format.ts';
import type { SweepResults } from '../../../play/lorenz/sweep-results.ts';

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

export function xOfValue(layout: Pick<FigureLayout, 'diagram'>, results: SweepResults, v: number): number {
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

export const fmtTick = formatTick;

/** The diagram's z range: from the data, padded, starting at 0 when everything is positive. */
export function zRange(results: SweepResults): [number, number] {
  let lo = results.zMin;
  let hi = results.zMax;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 50];
  if (lo >= 0) lo = 0;
  if (hi - lo < 1) hi = lo + 1;
  return [lo, hi + 0.04 * (hi - lo)];
}

/** λ axis range: the data's, clamped to [−6, 4] so a very negative λ2 does not flatten λ1. */
export function lambdaRange(results: SweepResults): [number, number] {
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

/** Horizontal pixel span of column i (its share of the axis, at least one pixel). */
export function columnSpan(
  layout: Pick<FigureLayout, 'diagram'>,
  results: SweepResults,
  i: number,
): [number, number] {
  const n = results.count;
  const { from, to } = results.config;
  const h = n > 1 ? (to - from) / (n - 1) : to - from;
  const v = results.values[i];
  const xa = Math.floor(xOfValue(layout, results, Math.max(from, v - h / 2)));
  const xb = Math.ceil(xOfValue(layout, results, Math.min(to, v + h / 2)));
  return [xa, Math.max(xa + 1, xb)];
}
