/** The swept values and the fixed parameters shared by the bifurcation and λ sweeps. */
import { DynamicsRangeError } from '../errors.ts';
import { CLASSIC, type LorenzParams, type SweepParam } from './params.ts';

/** `count` evenly spaced values from `from` to `to` inclusive (one value: `from`). */
export function sweepValues(from: number, to: number, count: number): Float64Array {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new DynamicsRangeError(
      'lorenz-sweep-bounds',
      { from: String(from), to: String(to) },
      `sweepValues: from and to must be finite, got ${String(from)}, ${String(to)}`,
    );
  }
  if (!Number.isInteger(count) || count < 1) {
    throw new DynamicsRangeError(
      'lorenz-sweep-count',
      { count: String(count) },
      `sweepValues: count must be a positive integer, got ${String(count)}`,
    );
  }
  const v = new Float64Array(count);
  for (let i = 0; i < count; i++) v[i] = count === 1 ? from : from + ((to - from) * i) / (count - 1);
  return v;
}

export interface SweepOptions {
  /** Swept parameter. Default 'r'. */
  param?: SweepParam;
  /** First swept value (required). */
  from: number;
  /** Last swept value, inclusive (required). */
  to: number;
  /** Number of values. Default 400. */
  count?: number;
  /** σ when not swept. Default 10. */
  sigma?: number;
  /** r when not swept. Default 28. */
  r?: number;
  /** b when not swept. Default 8/3. */
  b?: number;
}

export function sweepParams(o: SweepOptions): {
  param: SweepParam;
  values: Float64Array;
  base: LorenzParams;
} {
  const param = o.param ?? 'r';
  if (param !== 'sigma' && param !== 'r' && param !== 'b') {
    throw new DynamicsRangeError(
      'lorenz-sweep-param',
      { param: String(param) },
      `sweep: param must be 'sigma', 'r' or 'b', got ${String(param)}`,
    );
  }
  const base = { sigma: o.sigma ?? CLASSIC.sigma, r: o.r ?? CLASSIC.r, b: o.b ?? CLASSIC.b };
  return { param, values: sweepValues(o.from, o.to, o.count ?? 400), base };
}
