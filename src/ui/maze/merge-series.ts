/** Series with their own x values on one x axis, for uPlot's aligned data (pure, tested in Node). */

/** Sorted x values and, per series, a value or null at each x. */
export interface Merged {
  xs: number[];
  ys: (number | null)[][];
}

/**
 * Put series with their own sorted x values on one x axis: the union of the xs, each series null
 * where it has no point. Pure (tested in Node).
 */
export function mergeSeries(series: { xs: ArrayLike<number>; ys: ArrayLike<number> }[]): Merged {
  const at = series.map(() => 0);
  const xs: number[] = [];
  const ys: (number | null)[][] = series.map(() => []);
  for (;;) {
    let next = Number.POSITIVE_INFINITY;
    for (let k = 0; k < series.length; k++)
      if (at[k] < series[k].xs.length) next = Math.min(next, series[k].xs[at[k]]);
    if (next === Number.POSITIVE_INFINITY) break;
    xs.push(next);
    for (let k = 0; k < series.length; k++) {
      const s = series[k];
      if (at[k] < s.xs.length && s.xs[at[k]] === next) ys[k].push(s.ys[at[k]++]);
      else ys[k].push(null);
    }
  }
  return { xs, ys };
}
