/**
 * The colour maps of every scene (the maze's heat map and its legend, the reaction–diffusion
 * field), and the loop that turns a field into pixels.
 *
 * Viridis and inferno (matplotlib's perceptually uniform maps): lightness rises monotonically, so a
 * higher value always reads as a brighter cell, in grey scale and for colour-blind viewers too. The
 * tables interpolate matplotlib's values at 0, 0.1, …, 1 (as published by d3-scale-chromatic), close
 * enough to the 256-entry originals that the difference is not visible.
 *
 * Lookup tables hold 32-bit pixels in the byte order of `ImageData` (R, G, B, A in memory), so a
 * frame is one table look-up and one 32-bit store per cell into a `Uint32Array` view of the pixels.
 */

const STOPS = {
  viridis: [
    0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26,
    0xfde725,
  ],
  inferno: [
    0x000004, 0x160b39, 0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a, 0xf37819, 0xfca50a, 0xf6d746,
    0xfcffa4,
  ],
} as const satisfies Record<string, readonly number[]>;

export type ColormapName = keyof typeof STOPS;

export const LUT_SIZE = 256;

/** 0xRRGGBB at t ∈ [0, 1] (clamped; NaN → 0). */
export function colormapRgb(name: ColormapName, t: number): number {
  const stops: readonly number[] = STOPS[name];
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i];
  const b = stops[i + 1];
  const mix = (shift: number) => Math.round(((a >> shift) & 255) * (1 - f) + ((b >> shift) & 255) * f);
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}

/** Viridis at t ∈ [0, 1] as 0xRRGGBB. */
export function viridis(t: number): number {
  return colormapRgb('viridis', t);
}

/** 0xRRGGBB as a CSS colour, `#rrggbb`. */
export function cssColor(rgb: number): string {
  return `#${rgb.toString(16).padStart(6, '0')}`;
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
export function colormapLut(name: ColormapName): Uint32Array {
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
