/**
 * Perceptual colour maps as 256-entry lookup tables, and the loop that turns a field into pixels.
 *
 * Viridis and inferno (matplotlib's perceptually uniform maps): lightness rises monotonically, so a
 * higher concentration always reads as a brighter cell, in grey scale and for colour-blind viewers
 * too. The tables interpolate matplotlib's values at 0, 0.1, …, 1 (as published by d3-scale-chromatic),
 * close enough to the 256-entry originals that the difference is not visible.
 *
 * Tables hold 32-bit pixels in the byte order of `ImageData` (R, G, B, A in memory), so a frame is
 * one table look-up and one 32-bit store per cell into a `Uint32Array` view of the pixels.
 */
import type { RdColormapName } from '../../state/rd-settings.ts';

const STOPS: Record<RdColormapName, readonly number[]> = {
  viridis: [
    0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26,
    0xfde725,
  ],
  inferno: [
    0x000004, 0x160b39, 0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a, 0xf37819, 0xfca50a, 0xf6d746,
    0xfcffa4,
  ],
};

export const LUT_SIZE = 256;

/** 0xRRGGBB at t ∈ [0, 1] (clamped; NaN → 0). */
export function colormapRgb(name: RdColormapName, t: number): number {
  const stops = STOPS[name];
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i];
  const b = stops[i + 1];
  const mix = (shift: number) => Math.round(((a >> shift) & 255) * (1 - f) + ((b >> shift) & 255) * f);
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}

/** True on little-endian machines (all current browsers' hosts); decides the pixel word layout. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** An opaque pixel word for `Uint32Array` views of `ImageData` bytes. */
export function pixelWord(rgb: number): number {
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  return LITTLE_ENDIAN ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((rgb << 8) | 255) >>> 0;
}

/** The 256 pixel words of a colour map, index 0 = low end. */
export function colormapLut(name: RdColormapName): Uint32Array {
  const lut = new Uint32Array(LUT_SIZE);
  for (let i = 0; i < LUT_SIZE; i++) lut[i] = pixelWord(colormapRgb(name, i / (LUT_SIZE - 1)));
  return lut;
}

/**
 * Colour `field` into `out` (one pixel word per cell, same layout), mapping [lo, hi] onto the
 * table. Values outside are clamped; NaN takes the low end. No allocation.
 */
export function colorize(
  field: ArrayLike<number>,
  out: Uint32Array,
  lut: Uint32Array,
  lo: number,
  hi: number,
  count = out.length,
): void {
  const top = lut.length - 1;
  const scale = hi > lo ? lut.length / (hi - lo) : 0;
  for (let i = 0; i < count; i++) {
    // (x − lo)·scale, truncated; the comparisons also send NaN to 0.
    const j = (field[i] - lo) * scale;
    out[i] = lut[j >= top ? top : j > 0 ? j | 0 : 0];
  }
}

/**
 * Quantiles of a field from a histogram between its known min and max (one pass, no sorting, no
 * allocation): the colour range ignores the few extreme cells of a fresh brush stroke, which would
 * otherwise stretch the map and wash out the pattern; those cells saturate at the end colour.
 */
export class QuantileRange {
  private readonly bins: Uint32Array;

  constructor(bins = 1024) {
    this.bins = new Uint32Array(bins);
  }

  /** [lo, hi] = the `q` and `1 − q` quantiles of `field` (to one bin of (max − min)/bins). */
  find(field: ArrayLike<number>, min: number, max: number, q: number, out: { lo: number; hi: number }): void {
    const n = field.length;
    if (!(max > min) || !Number.isFinite(max - min) || n === 0) {
      out.lo = min;
      out.hi = max;
      return;
    }
    const bins = this.bins;
    const nb = bins.length;
    bins.fill(0);
    const scale = nb / (max - min);
    for (let i = 0; i < n; i++) {
      const j = ((field[i] - min) * scale) | 0;
      bins[Math.min(nb - 1, Math.max(j, 0))]++;
    }
    const lowCount = q * n;
    const highCount = (1 - q) * n;
    let acc = 0;
    let lo = 0;
    while (lo < nb - 1 && acc + bins[lo] <= lowCount) acc += bins[lo++];
    let hi = lo;
    while (hi < nb - 1 && acc + bins[hi] < highCount) acc += bins[hi++];
    out.lo = min + lo / scale;
    out.hi = min + (hi + 1) / scale;
  }
}

/**
 * The colour range for a field with values in [min, max]: the range itself, widened around its
 * middle to at least `minSpan` so that a nearly uniform field (the steady state plus 1 % noise)
 * looks nearly uniform instead of being stretched into full-contrast noise.
 */
export function colorRange(min: number, max: number, minSpan: number): { lo: number; hi: number } {
  if (!(Number.isFinite(min) && Number.isFinite(max))) return { lo: 0, hi: 1 };
  if (max - min >= minSpan) return { lo: min, hi: max };
  const mid = 0.5 * (min + max);
  return { lo: mid - 0.5 * minSpan, hi: mid + 0.5 * minSpan };
}
