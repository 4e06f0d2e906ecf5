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

/**
 * Position of `v` in [min, max] on the heat map's colour scale, in [0, 1]. `log` is a symmetric
 * log (sign(v)·log(1 + |v|/c), with c a thousandth of the largest |value|): max-Q shrinks like
 * γ^distance away from G, which a linear scale paints all the same dark colour.
 */
export function heatPosition(v: number, min: number, max: number, scale: 'linear' | 'log'): number {
  if (!(max > min)) return 0;
  if (scale === 'linear') return (v - min) / (max - min);
  const c = Math.max(Math.abs(min), Math.abs(max)) * 1e-3;
  const f = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x) / c);
  return (f(v) - f(min)) / (f(max) - f(min));
}
