/**
 * Display-only transforms of a curve: a trailing moving average (the book's figures smooth their
 * curves; the files keep the raw means) and thinning to a bounded number of points, so that an SVG
 * of 100 000 episodes stays small.
 */

/** Trailing moving average over `window` points (fewer at the start); NaN points are skipped. */
export function movingAverage(ys: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(ys.length);
  const w = Math.max(1, Math.floor(window));
  let sum = 0;
  let count = 0;
  for (let i = 0; i < ys.length; i++) {
    const y = ys[i];
    if (!Number.isNaN(y)) {
      sum += y;
      count++;
    }
    if (i >= w) {
      const old = ys[i - w];
      if (!Number.isNaN(old)) {
        sum -= old;
        count--;
      }
    }
    out[i] = count > 0 ? sum / count : Number.NaN;
  }
  return out;
}

/**
 * Indices to draw: all of them up to `max`, else bins of equal width each represented by its mean
 * (x: the bin's middle). Returns [x, y] pairs per array given.
 */
export function thin(
  xs: ArrayLike<number>,
  columns: ArrayLike<number>[],
  max: number,
): { x: number[]; columns: number[][] } {
  const n = xs.length;
  if (n <= max) return { x: Array.from(xs), columns: columns.map((c) => Array.from(c)) };
  const bins = Math.max(1, Math.floor(max));
  const x: number[] = [];
  const out = columns.map(() => [] as number[]);
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * n) / bins);
    const to = Math.floor(((b + 1) * n) / bins);
    x.push((xs[from] + xs[to - 1]) / 2);
    columns.forEach((c, k) => {
      let s = 0;
      let m = 0;
      for (let i = from; i < to; i++) {
        if (!Number.isNaN(c[i])) {
          s += c[i];
          m++;
        }
      }
      out[k].push(m > 0 ? s / m : Number.NaN);
    });
  }
  return { x, columns: out };
}

/**
 * A curve as the charts draw it: episodes (or steps) `xFrom`…`xTo` (counted from 1), mean and
 * interval half-width smoothed by `smooth` points, then thinned to `max` points; `n` the runs
 * behind each point. Null when the window is empty.
 */
export function curveWindow(
  s: { mean: Float64Array; ci: Float64Array; n: Float64Array },
  o: { xFrom?: number; xTo?: number; smooth?: number },
  max: number,
): { x: number[]; mean: number[]; half: number[]; n: number[] } | null {
  const from = Math.max(1, o.xFrom ?? 1);
  const to = Math.min(s.mean.length, o.xTo ?? s.mean.length);
  if (to < from) return null;
  const w = o.smooth ?? 1;
  const mean = s.mean.subarray(from - 1, to);
  const ci = s.ci.subarray(from - 1, to);
  const xs = Float64Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const th = thin(
    xs,
    [w > 1 ? movingAverage(mean, w) : mean, w > 1 ? movingAverage(ci, w) : ci, s.n.subarray(from - 1, to)],
    max,
  );
  return { x: th.x, mean: th.columns[0], half: th.columns[1], n: th.columns[2] };
}
