/**
 * Display-only transforms of a curve: the book's trailing moving average (the files keep the raw
 * means), and thinning a long curve to a bounded number of points (bin means) for the chart.
 */

/** Trailing moving average over `window` points (fewer at the start); NaN points are skipped. */
export function movingAverage(ys: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(ys.length);
  const w = Math.max(1, Math.floor(window));
  let sum = 0;
  let count = 0;
  for (let i = 0; i < ys.length; i++) {
    if (!Number.isNaN(ys[i])) {
      sum += ys[i];
      count++;
    }
    if (i >= w && !Number.isNaN(ys[i - w])) {
      sum -= ys[i - w];
      count--;
    }
    out[i] = count > 0 ? sum / count : Number.NaN;
  }
  return out;
}

/** All points up to `max`, else `max` bins of equal width, each its columns' mean (x: the bin's middle). */
export function thin(xs: ArrayLike<number>, columns: ArrayLike<number>[], max: number) {
  const n = xs.length;
  if (n <= max) return { x: Array.from(xs), columns: columns.map((c) => Array.from(c)) };
  const x: number[] = [];
  const out = columns.map(() => [] as number[]);
  for (let b = 0; b < max; b++) {
    const from = Math.floor((b * n) / max);
    const to = Math.floor(((b + 1) * n) / max);
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
