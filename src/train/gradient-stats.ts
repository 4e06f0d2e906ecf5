/**
 * Running mean and variance of a stream of gradient estimates (Welford's algorithm, per component).
 * The jump scene uses it to show that subtracting a baseline leaves the expected gradient unchanged
 * while shrinking its variance (SPEC §2).
 */
export class GradientStats {
  readonly dim: number;
  count = 0;
  readonly mean: Float64Array;
  /** Σ (g − mean)² per component (Welford's M2). */
  private readonly m2: Float64Array;

  constructor(dim: number) {
    this.dim = dim;
    this.mean = new Float64Array(dim);
    this.m2 = new Float64Array(dim);
  }

  add(g: ArrayLike<number>): void {
    this.count++;
    const n = this.count;
    for (let i = 0; i < this.dim; i++) {
      const d = g[i] - this.mean[i];
      this.mean[i] += d / n; // mean_n = mean_{n−1} + (g − mean_{n−1}) / n
      this.m2[i] += d * (g[i] - this.mean[i]); // M2_n = M2_{n−1} + (g − mean_{n−1})(g − mean_n)
    }
  }

  /** Total variance: the trace of the covariance, Σ_i Var(g_i) (sample variance, n − 1). */
  totalVariance(): number {
    if (this.count < 2) return 0;
    let s = 0;
    for (let i = 0; i < this.dim; i++) s += this.m2[i];
    return s / (this.count - 1);
  }

  /** Euclidean norm of the mean gradient. */
  meanNorm(): number {
    let s = 0;
    for (let i = 0; i < this.dim; i++) s += this.mean[i] * this.mean[i];
    return Math.sqrt(s);
  }

  reset(): void {
    this.count = 0;
    this.mean.fill(0);
    this.m2.fill(0);
  }
}
