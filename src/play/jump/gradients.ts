/**
 * Why a baseline is allowed, in numbers: every REINFORCE update computes two estimates of ∇J on the
 * same batch, the one it applies (R − b̄) and the one without a baseline (R). `GradientLog` keeps their
 * running means and variances for one agent, across the page and the turbo worker, and a bounded
 * history for the charts:
 *
 * - `samples`: per update, one component of each estimate and of each running mean;
 * - `variance`: per update (or snapshot), the total variance of each estimate so far.
 *
 * The page folds every update itself (Watch); in Turbo the worker sends its own running statistics
 * (since the turbo run started), which are merged onto what the page had (Chan et al.'s parallel
 * combination of means and sums of squares).
 */
import { BoundedSeries } from './series.ts';

/** Running mean vector and total sum of squared deviations (Welford, summed over components). */
export class Moments {
  count = 0;
  readonly mean: Float64Array;
  /** Σ_i Σ_updates (g_i − mean_i)², the trace of the scatter matrix. */
  m2 = 0;

  constructor(dim: number) {
    this.mean = new Float64Array(dim);
  }

  add(g: ArrayLike<number>): void {
    this.count++;
    const n = this.count;
    let s = 0;
    for (let i = 0; i < this.mean.length; i++) {
      const d = g[i] - this.mean[i];
      this.mean[i] += d / n; // mean_n = mean_{n−1} + (g − mean_{n−1}) / n
      s += d * (g[i] - this.mean[i]); // M2_n = M2_{n−1} + (g − mean_{n−1})(g − mean_n)
    }
    this.m2 += s;
  }

  /** `base` combined with a run summarised as (count, mean, total sample variance); into this. */
  combine(base: Moments, count: number, mean: ArrayLike<number>, variance: number): void {
    const na = base.count;
    const n = na + count;
    let d2 = 0;
    for (let i = 0; i < this.mean.length; i++) {
      const d = mean[i] - base.mean[i];
      d2 += d * d;
      this.mean[i] = n > 0 ? (na * base.mean[i] + count * mean[i]) / n : 0;
    }
    const m2b = count > 1 ? variance * (count - 1) : 0;
    // M2 = M2_a + M2_b + δ² n_a n_b / n
    this.m2 = base.m2 + m2b + (n > 0 ? (d2 * na * count) / n : 0);
    this.count = n;
  }

  copyFrom(o: Moments): void {
    this.count = o.count;
    this.mean.set(o.mean);
    this.m2 = o.m2;
  }

  /** Total sample variance Σ_i Var(g_i) (n − 1 in the denominator); 0 below two updates. */
  variance(): number {
    return this.count < 2 ? 0 : this.m2 / (this.count - 1);
  }

  reset(): void {
    this.count = 0;
    this.mean.fill(0);
    this.m2 = 0;
  }
}

/** What the readout says. */
export interface GradientComparison {
  updates: number;
  /** ‖ḡ_baseline − ḡ_none‖: how far apart the two running means are. */
  meanGap: number;
  /** √Var(no baseline): the spread of a single no-baseline estimate (total over θ's components). */
  spread: number;
  /**
   * meanGap / spread: the gap between the means in units of one estimate's noise. Relative to ‖ḡ‖
   * it would mislead: as the policy converges the true gradient shrinks towards 0 while the noise
   * stays, and b̄, taken from the same batch, is not quite a constant (it shrinks the step by ≈ 1/M).
   */
  relativeGap: number;
  /** Var(no baseline) / Var(baseline). */
  varianceRatio: number;
  varianceBaseline: number;
  varianceNone: number;
}

export class GradientLog {
  /** The estimate the agent applied (with its baseline). */
  readonly applied: Moments;
  /** The no-baseline estimate on the same batches. */
  readonly none: Moments;
  /** [update, applied[c], none[c], mean applied[c], mean none[c]] for the shown component c. */
  readonly samples = new BoundedSeries(5, 600);
  /** [update, Var applied, Var none]. */
  readonly variance = new BoundedSeries(3, 1024);
  /** Index of the θ component the samples show. */
  readonly component: number;
  private readonly baseApplied: Moments;
  private readonly baseNone: Moments;
  private turboUpdates = 0;

  constructor(dim: number, component: number) {
    this.applied = new Moments(dim);
    this.none = new Moments(dim);
    this.baseApplied = new Moments(dim);
    this.baseNone = new Moments(dim);
    this.component = component;
  }

  get updates(): number {
    return this.applied.count;
  }

  /** One update computed on the page. */
  add(applied: ArrayLike<number>, none: ArrayLike<number>): void {
    this.applied.add(applied);
    this.none.add(none);
    this.record(applied[this.component], none[this.component]);
  }

  /** A turbo run starts: what the page has is the base its statistics are merged onto. */
  beginTurbo(): void {
    this.baseApplied.copyFrom(this.applied);
    this.baseNone.copyFrom(this.none);
    this.turboUpdates = 0;
  }

  /** A turbo snapshot's statistics (cumulative since `beginTurbo`). */
  turbo(g: {
    updates: number;
    mean: ArrayLike<number>;
    meanNoBaseline: ArrayLike<number>;
    variance: number;
    varianceNoBaseline: number;
    last: ArrayLike<number>;
    lastNoBaseline: ArrayLike<number>;
  }): void {
    if (g.updates === this.turboUpdates) return;
    this.turboUpdates = g.updates;
    this.applied.combine(this.baseApplied, g.updates, g.mean, g.variance);
    this.none.combine(this.baseNone, g.updates, g.meanNoBaseline, g.varianceNoBaseline);
    // The snapshot's last update stands for the many between two snapshots.
    this.record(g.last[this.component], g.lastNoBaseline[this.component]);
  }

  compare(): GradientComparison {
    const a = this.applied.mean;
    const b = this.none.mean;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff += (a[i] - b[i]) ** 2;
    const va = this.applied.variance();
    const vn = this.none.variance();
    const gap = Math.sqrt(diff);
    const spread = Math.sqrt(vn);
    return {
      updates: this.applied.count,
      meanGap: gap,
      spread,
      relativeGap: spread > 0 ? gap / spread : 0,
      varianceRatio: va > 0 ? vn / va : 1,
      varianceBaseline: va,
      varianceNone: vn,
    };
  }

  reset(): void {
    this.applied.reset();
    this.none.reset();
    this.baseApplied.reset();
    this.baseNone.reset();
    this.samples.clear();
    this.variance.clear();
    this.turboUpdates = 0;
  }

  private record(applied: number, none: number): void {
    const c = this.component;
    const n = this.applied.count;
    this.samples.push(n, applied, none, this.applied.mean[c], this.none.mean[c]);
    if (n >= 2) this.variance.push(n, this.applied.variance(), this.none.variance());
  }
}
