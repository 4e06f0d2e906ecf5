/** The diagram's maxima as a density image, and the marks of values that blew up. */

import { t } from '../../../i18n/language.ts';
import type { SweepResults } from '../../../play/lorenz/sweep-results.ts';
import { CSS } from '../../shared/theme.ts';
import { columnSpan, type Rect } from './layout.ts';
import { colourOf, FONT, MAX_DASH, parseColour } from './style.ts';

/**
 * The maxima as a density image: each maximum adds its class colour to its pixel; a pixel's
 * opacity is 1 − e^{−0.6·hits}, so a periodic orbit's few points stay crisp and chaos fills in.
 * A column without maxima whose orbit ended on a fixed point shows that point (z of its end state).
 */
export function drawDensity(
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
  const layout = { diagram: { ...r } };
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
export function drawBlowUps(ctx: CanvasRenderingContext2D, results: SweepResults, r: Rect): void {
  let n = 0;
  let lambdaOnly = 0;
  const layout = { diagram: r };
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
  const w = t().lorenz.figure;
  if (n) parts.push(w.valuesBlewUp({ n }));
  if (lambdaOnly) parts.push(w.lambdaBlewUp({ n: lambdaOnly }));
  ctx.font = `11px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(`${parts.join(', ')} ${w.tooStiff}`, r.x + r.w - 6, r.y + 20);
}

export function newCanvas(w: number, h: number): HTMLCanvasElement | OffscreenCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}
