/**
 * The sweep figure, drawn with the Canvas 2D API: the bifurcation diagram (z maxima against the
 * swept parameter), under it a band coloured by the λ classification, and under that λ1 and λ2
 * against the same axis. The scene shows it on a canvas over the stage; the PNG export draws it
 * again at twice the size.
 */

import { zeroExponentTolerance } from '../../../dynamics/lorenz/index.ts';
import { t } from '../../../i18n/language.ts';
import type { SweepResults } from '../../../play/lorenz/sweep-results.ts';
import { CSS, rgba } from '../../shared/theme.ts';
import { drawBlowUps, drawDensity } from './density.ts';
import {
  columnSpan,
  type FigureLayout,
  fmtTick,
  lambdaRange,
  niceTicks,
  type Rect,
  xOfValue,
  zRange,
} from './layout.ts';
import { drawLandmarks, drawLegend, polyline } from './marks.ts';
import { BEHAVIOUR_COLOURS, BG, FONT, GRID, LAMBDA_COLOURS, MUTED, PARAM_SYMBOL, TEXT } from './style.ts';

/** Progress caption: which phase runs and how far it got. */
export function progressText(results: SweepResults): string {
  const w = t().lorenz.figure;
  const n = results.count;
  if (!results.diagramComplete) return w.diagram({ done: results.diagramDone, n });
  if (results.finished) return w.done({ t: results.passes[results.passes.length - 1] });
  return w.lambdaAt({ t: results.passes[results.lyapPass], done: results.lyapDone, n });
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
  ctx.fillText(options.title ?? t().lorenz.figure.title, 8, 17);
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
    const tol = zeroExponentTolerance(Math.min(...Array.from(results.lyapTime).filter((x) => x > 0)));
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
