/** The figure's landmarks (the C± branch, the Hopf value), λ curves and legend. */

import { hopfR } from '../../../dynamics/lorenz/index.ts';
import type { SweepResults } from '../../../play/lorenz/sweep-results.ts';
import { rgba } from '../../shared/theme.ts';
import { type FigureLayout, xOfValue } from './layout.ts';
import { BEHAVIOUR_COLOURS, behaviourLabel, FONT, LAMBDA_COLOURS, MUTED, TEXT } from './style.ts';

/** Landmarks when sweeping r: the C± branch z = r − 1 and the Hopf value r_H. */
export function drawLandmarks(
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

export function polyline(
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

export function drawLegend(ctx: CanvasRenderingContext2D, layout: FigureLayout): void {
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
    ctx.fillText(behaviourLabel(b), x + 12, y);
    x += 16 + ctx.measureText(behaviourLabel(b)).width + 8;
  }
  ctx.textBaseline = 'alphabetic';
}
