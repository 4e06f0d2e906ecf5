/**
 * Exports of the Lorenz scene: the sweep figure as a PNG (drawn again at twice the on-screen size,
 * with the current parameter marked), downloaded through src/ui/shared/files.ts.
 */
import { t } from '../../i18n/language.ts';
import type { SweepResults } from '../../play/lorenz/sweep-results.ts';
import { downloadBlob } from '../shared/files.ts';
import { drawFigure, figureLayout, PARAM_SYMBOL } from './figure/index.ts';

/** Logical size of the exported figure; the PNG has twice as many pixels each way. */
export const PNG_SIZE = { width: 900, height: 660, scale: 2 };

const short = (v: number) => String(Number(v.toPrecision(5)));

/** File name that says what the figure shows, e.g. lorenz-bifurcation-r-0-250-sigma10-b2.6667.png. */
export function diagramFileName(results: SweepResults): string {
  const { param, from, to, sigma, r, b } = results.config;
  const fixed = (['sigma', 'r', 'b'] as const)
    .filter((k) => k !== param)
    .map((k) => `${k}${short({ sigma, r, b }[k])}`)
    .join('-');
  return `lorenz-bifurcation-${param}-${short(from)}-${short(to)}-${fixed}.png`;
}

/**
 * Render the figure off screen and download it as a PNG. Resolves with the file's size in bytes.
 * Encoded with `OffscreenCanvas.convertToBlob` where available: `HTMLCanvasElement.toBlob` waits
 * for idle time, which a page animating every frame rarely has (seconds on a busy machine).
 */
export async function exportDiagramPng(results: SweepResults, marker: number | null): Promise<number> {
  const { width, height, scale } = PNG_SIZE;
  const canvas: OffscreenCanvas | HTMLCanvasElement =
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(width * scale, height * scale)
      : Object.assign(document.createElement('canvas'), { width: width * scale, height: height * scale });
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | null;
  if (!ctx) throw new Error('no 2D canvas context for the PNG export');
  ctx.scale(scale, scale);
  const { param, sigma, r, b } = results.config;
  const others = (['sigma', 'r', 'b'] as const)
    .filter((k) => k !== param)
    .map((k) => `${PARAM_SYMBOL[k]} = ${short({ sigma, r, b }[k])}`)
    .join(', ');
  drawFigure(ctx, results, figureLayout(width, height), {
    marker,
    title: t().lorenz.figure.pngTitle({ symbol: PARAM_SYMBOL[param], others }),
  });
  const blob =
    canvas instanceof HTMLCanvasElement
      ? await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
      : await canvas.convertToBlob({ type: 'image/png' });
  if (!blob) throw new Error('the browser could not encode the PNG');
  downloadBlob(diagramFileName(results), blob);
  return blob.size;
}
