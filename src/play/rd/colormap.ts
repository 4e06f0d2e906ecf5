/**
 * The colour range of a reaction–diffusion field (the colour maps themselves are shared:
 * src/play/shared/colormap.ts).
 */

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
