/**
 * Fold blocks of runs into means and 95 % intervals, always in run-index order whatever order the
 * blocks arrive in, so the floating-point sums (and the results file) are the same to the byte
 * with any number of workers. Each curve point and each summary uses Welford's update
 * (mean += (x − mean)/n; M₂ += (x − mean_old)(x − mean_new)); NaN values (an episode that never
 * visited the action-share state) are skipped, so each point keeps its own count.
 */
import type { ExperimentPlan } from './plan.ts';
import type { BlockNumbers, RunBlock } from './run-one.ts';
import { ci95 } from './t-quantile.ts';

/** Mean, 95 % half-width and count at each point of a curve. */
export interface CurveStats {
  mean: Float64Array;
  ci: Float64Array;
  n: Float64Array;
}

export interface SummaryStats {
  mean: number;
  ci: number;
  sd: number;
  n: number;
  /** Each folded run's summary, by run index (NaN when a run had nothing to average). */
  perRun: Float64Array;
}

interface Welford {
  mean: Float64Array;
  m2: Float64Array;
  n: Float64Array;
}

function welford(length: number): Welford {
  return { mean: new Float64Array(length), m2: new Float64Array(length), n: new Float64Array(length) };
}

function fold(w: Welford, i: number, x: number): void {
  if (Number.isNaN(x)) return;
  const n = w.n[i] + 1;
  const d = x - w.mean[i];
  const mean = w.mean[i] + d / n;
  w.m2[i] += d * (x - mean);
  w.mean[i] = mean;
  w.n[i] = n;
}

class ConditionAccumulator {
  /** Runs folded so far: runs 0 … folded − 1, all of them. */
  folded = 0;
  readonly curves: Welford[];
  readonly summary = welford(1);
  readonly perRun: Float64Array;
  private readonly pending = new Map<number, { count: number; numbers: BlockNumbers }>();

  constructor(
    private readonly plan: ExperimentPlan,
    runs: number,
  ) {
    this.curves = plan.metrics.map(() => welford(plan.curveLength));
    this.perRun = new Float64Array(runs).fill(Number.NaN);
  }

  add(runStart: number, count: number, numbers: BlockNumbers): void {
    this.pending.set(runStart, { count, numbers });
    for (let next = this.pending.get(this.folded); next !== undefined; next = this.pending.get(this.folded)) {
      this.pending.delete(this.folded);
      this.foldBlock(next.count, next.numbers);
    }
  }

  private foldBlock(count: number, { data, summaries }: BlockNumbers): void {
    const L = this.plan.curveLength;
    const M = this.curves.length;
    for (let i = 0; i < count; i++) {
      for (let m = 0; m < M; m++) {
        const w = this.curves[m];
        const base = (i * M + m) * L;
        for (let x = 0; x < L; x++) fold(w, x, data[base + x]);
      }
      fold(this.summary, 0, summaries[i]);
      this.perRun[this.folded] = summaries[i];
      this.folded++;
    }
  }
}

export class ExperimentAccumulator {
  readonly plan: ExperimentPlan;
  private readonly conditions: ConditionAccumulator[];

  constructor(plan: ExperimentPlan) {
    this.plan = plan;
    this.conditions = plan.conditions.map(() => new ConditionAccumulator(plan, plan.spec.runs));
  }

  /** Take a finished block (any order); it is folded once every earlier run of its condition is. */
  add(block: RunBlock, numbers: BlockNumbers): void {
    this.conditions[block.condition].add(block.runStart, block.count, numbers);
  }

  /** Runs folded per condition (a prefix 0 … k − 1 of the run indices). */
  foldedRuns(condition: number): number {
    return this.conditions[condition].folded;
  }

  /** Runs folded over all conditions. */
  get totalFolded(): number {
    let s = 0;
    for (const c of this.conditions) s += c.folded;
    return s;
  }

  /** The statistics so far (a copy: later blocks do not change it). */
  curve(condition: number, metric: number): CurveStats {
    const w = this.conditions[condition].curves[metric];
    const ci = new Float64Array(w.mean.length);
    for (let x = 0; x < ci.length; x++) ci[x] = ci95(w.n[x] > 1 ? w.m2[x] / (w.n[x] - 1) : 0, w.n[x]);
    return { mean: w.mean.slice(), ci, n: w.n.slice() };
  }

  summary(condition: number): SummaryStats {
    const c = this.conditions[condition];
    const n = c.summary.n[0];
    const variance = n > 1 ? c.summary.m2[0] / (n - 1) : Number.NaN;
    return {
      mean: n > 0 ? c.summary.mean[0] : Number.NaN,
      ci: ci95(variance, n),
      sd: Math.sqrt(variance),
      n,
      perRun: c.perRun.slice(0, c.folded),
    };
  }
}
