/**
 * The maze heat map's scale: where a cell's max-Q sits on the shared viridis map
 * (src/play/shared/colormap.ts), linear or log.
 */

export type HeatScale = 'auto' | 'linear' | 'log';

/** Values spanning more than this ratio (largest / smallest non-zero |value|) get a log scale in `auto`. */
const AUTO_LOG_RATIO = 20;

/**
 * The scale to draw with, and its log knee `c` (the smallest non-zero |value|). max-Q shrinks like
 * γ^distance away from G: in a large maze a linear scale paints most cells the same dark colour.
 */
export function chooseHeatScale(
  scale: HeatScale,
  range: { min: number; max: number; minAbsNonZero: number },
): { log: boolean; c: number } {
  const maxAbs = Math.max(Math.abs(range.min), Math.abs(range.max));
  const c = range.minAbsNonZero > 0 ? range.minAbsNonZero : maxAbs * 1e-3;
  const log = scale === 'log' || (scale === 'auto' && maxAbs > AUTO_LOG_RATIO * c);
  return { log, c };
}

/**
 * Position of `v` in [min, max] on the colour scale, in [0, 1]: linear, or a symmetric log
 * sign(v)·log(1 + |v|/c) that keeps zero (never learned) apart from the smallest learned value.
 */
export function heatPosition(v: number, min: number, max: number, log: boolean, c = 1): number {
  if (!(max > min)) return 0;
  if (!log) return (v - min) / (max - min);
  const f = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x) / c);
  return (f(v) - f(min)) / (f(max) - f(min));
}
