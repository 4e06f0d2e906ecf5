/** Small statistics helpers shared by the runner's consumers and the charts. */

/** Trailing moving average over `window` points (shorter at the start). */
export function movingAverage(xs: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(xs.length);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    sum += xs[i];
    if (i >= window) sum -= xs[i - window];
    out[i] = sum / Math.min(i + 1, window);
  }
  return out;
}

export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return xs.length ? s / xs.length : 0;
}
