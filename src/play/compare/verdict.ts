/**
 * Is condition B really different from condition A? The verdict of "Compare over N seeds", from the
 * per-run summaries (each run's mean of the metric over its episodes). Run k of A and run k of B
 * share their seeds (the experiment derives both from the same k), so the runs are paired: the
 * interval is that of the mean paired difference d_k = B_k − A_k, Student t with n − 1 degrees of
 * freedom, d̄ ± t₀.₉₇₅(n−1)·s_d/√n. The difference is called real when that interval leaves out 0.
 * No words here: the dialog words the verdict (src/i18n/…/compare.ts).
 */
import { ci95 } from '../../train/experiment/t-quantile.ts';

/**
 * What the summaries say: B above A, below A, no clear difference, exactly the same numbers in
 * every run (a change that does not matter here, e.g. α or γ in a deterministic maze whose only
 * reward is at G: they scale Q but never reorder the actions), or too few runs to tell.
 */
export type VerdictKind = 'higher' | 'lower' | 'overlap' | 'identical' | 'too-few';

export interface Verdict {
  kind: VerdictKind;
  /** Mean of B − A over the paired runs (NaN without runs). */
  difference: number;
  /** Half-width of its 95 % interval (NaN below 2 pairs). */
  ci: number;
  /** Pairs used: runs finished in both conditions with a number in each. */
  n: number;
  /** A's and B's means over the same pairs. */
  meanA: number;
  meanB: number;
}

/** Runs needed before a verdict is given (with 2 the t quantile is 12.7: the interval says little). */
export const MIN_PAIRS = 3;

/**
 * The paired verdict over runs 0 … min(|a|, |b|) − 1 (both arrays are by run index, as the
 * experiment folds them); a run without a number in either condition (NaN) is left out.
 */
export function pairedVerdict(a: ArrayLike<number>, b: ArrayLike<number>): Verdict {
  const len = Math.min(a.length, b.length);
  // Welford over the differences, and plain sums for the two means.
  let n = 0;
  let mean = 0;
  let m2 = 0;
  let same = true;
  let sumA = 0;
  let sumB = 0;
  for (let k = 0; k < len; k++) {
    const x = a[k];
    const y = b[k];
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    n++;
    const d = y - x;
    if (d !== 0) same = false;
    const delta = d - mean;
    mean += delta / n;
    m2 += delta * (d - mean);
    sumA += x;
    sumB += y;
  }
  const difference = n > 0 ? mean : Number.NaN;
  const ci = n > 1 ? ci95(m2 / (n - 1), n) : Number.NaN;
  const meanA = n > 0 ? sumA / n : Number.NaN;
  const meanB = n > 0 ? sumB / n : Number.NaN;
  let kind: VerdictKind;
  if (n < MIN_PAIRS) kind = 'too-few';
  else if (same) kind = 'identical';
  else if (difference - ci > 0) kind = 'higher';
  else if (difference + ci < 0) kind = 'lower';
  else kind = 'overlap';
  return { kind, difference, ci, n, meanA, meanB };
}

/** Whether a larger value of the metric is better (return, success) or worse (steps per episode). */
export function higherIsBetter(metric: 'return' | 'steps' | 'success'): boolean {
  return metric !== 'steps';
}
