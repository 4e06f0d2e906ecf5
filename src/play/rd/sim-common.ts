/** What both reaction–diffusion sims share: statistics records and the runaway bound. */
import type { CodedErrorData } from '../../core/coded-error.ts';

/** A value beyond this is a runaway (NaN and ±Inf fail the comparison too). */
export const MAX_ABS = 1e6;

export interface FieldStats {
  min: number;
  max: number;
  mean: number;
}

/** min/mean/max of a field into `out`, allocation-free. */
export function fieldStats(f: Float64Array, out: FieldStats): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let i = 0; i < f.length; i++) {
    const x = f[i];
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
  }
  out.min = min;
  out.max = max;
  out.mean = sum / f.length;
}

/** The result of stepping a sim for one frame. */
export interface Advance {
  /** Steps taken. */
  done: number;
  /** Why the run must stop (a blow-up), or '' when all is well. */
  failure: string;
  /** The same failure as coded data, for the page to word in its language. */
  problem?: CodedErrorData;
  /** The frame budget cut stepping short. */
  capped: boolean;
}
