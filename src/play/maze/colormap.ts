/**
 * Viridis, the perceptually uniform colour map (matplotlib's default): lightness rises steadily
 * from dark violet to yellow, so a higher max-Q always reads as a brighter cell, also in grey
 * scale and for colour-blind viewers. Ten evenly spaced stops, linearly interpolated.
 */
const STOPS = [
  0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725,
];

/** The colour for t in [0, 1] (clamped) as 0xRRGGBB. */
export function viridis(t: number): number {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const a = STOPS[i];
  const b = STOPS[i + 1];
  const mix = (shift: number) => Math.round(((a >> shift) & 255) * (1 - f) + ((b >> shift) & 255) * f);
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}

export function cssColor(rgb: number): string {
  return `#${rgb.toString(16).padStart(6, '0')}`;
}

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
