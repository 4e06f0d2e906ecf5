/**
 * Sensitive dependence, measured: the copies of a `LorenzFlock` start SPREAD = 1e-6 from the
 * reference, and while the separation is small it grows like e^{λ1 t}. The meter samples
 * ln d(t) (the mean over copies of ln |x_k − x_0|) and fits a line by least squares:
 *
 *   slope = Σ (t − t̄)(y − ȳ) / Σ (t − t̄)²,   y = ln d
 *
 * over the window where growth is exponential: after ALIGN_TIME (a random initial offset first
 * turns into the most unstable direction; λ1 − λ3 ≈ 15 per unit at r = 28, so one unit is ample)
 * and before the separation reaches SATURATION (≈ 5 % of the attractor's size at r = 28, where the
 * linearization stops holding) or falls under COLLAPSE (round-off level: states of size 10–100 carry
 * ~1e-14 absolute error). A run also ends after HORIZON units (periodic orbits and fixed points never
 * saturate). A finite-time exponent over ~15 units scatters by a few tenths around λ1, so the meter
 * keeps the slopes of finished runs and reports their mean too.
 */
import type { LorenzFlock } from './flock.ts';

export const ALIGN_TIME = 1;
export const SATURATION = 1;
export const COLLAPSE = 1e-11;
export const HORIZON = 40;
export const SAMPLE_EVERY = 0.05;
/** Fewest samples in the window before a slope is reported. */
const MIN_SAMPLES = 20;
const CAPACITY = Math.ceil(HORIZON / SAMPLE_EVERY) + 2;

export type RunEnd = 'saturated' | 'collapsed' | 'horizon';

export interface SlopeFit {
  slope: number;
  /** ln d at the window's start, on the fitted line. */
  intercept: number;
  /** Window, in time since the run started. */
  from: number;
  to: number;
  samples: number;
}

export class SensitivityMeter {
  /** Time since the run's start, and mean ln d, per sample. */
  readonly t = new Float64Array(CAPACITY);
  readonly logd = new Float64Array(CAPACITY);
  length = 0;
  /** Flock time at which the current run started. */
  private t0 = 0;
  private lastSample = Number.NEGATIVE_INFINITY;
  /** Index of the first sample past saturation (the window ends there). */
  private windowEnd = -1;
  ended: RunEnd | null = null;
  /** Flock time at which the current run ended. */
  endedAt = 0;
  /** Waiting for the orbit to settle after a parameter change: nothing is recorded. */
  settling = false;
  /** Slopes of finished runs (latest last). */
  readonly finished: number[] = [];

  /** Start a new run at flock time `t` (after `LorenzFlock.place`). */
  begin(t: number): void {
    this.settling = false;
    this.t0 = t;
    this.length = 0;
    this.windowEnd = -1;
    this.lastSample = Number.NEGATIVE_INFINITY;
    this.ended = null;
  }

  /** Forget finished runs too (the parameters changed: their slopes describe another system). */
  resetHistory(): void {
    this.finished.length = 0;
  }

  /** Record the flock's separation if a sample is due. Needs at least two trajectories. */
  record(flock: LorenzFlock): void {
    if (this.ended || this.settling || flock.count < 2) return;
    const t = flock.time;
    if (t - this.lastSample < SAMPLE_EVERY - 1e-9) return;
    this.lastSample = t;
    let sum = 0;
    let max = 0;
    let min = Number.POSITIVE_INFINITY;
    for (let k = 1; k < flock.count; k++) {
      const d = flock.distance(k);
      sum += Math.log(Math.max(d, 1e-300));
      if (d > max) max = d;
      if (d < min) min = d;
    }
    if (this.length < CAPACITY) {
      this.t[this.length] = t - this.t0;
      this.logd[this.length] = sum / (flock.count - 1);
      this.length++;
    }
    let end: RunEnd | null = null;
    if (max >= SATURATION) end = 'saturated';
    else if (min <= COLLAPSE) end = 'collapsed';
    else if (t - this.t0 >= HORIZON || this.length >= CAPACITY) end = 'horizon';
    if (end) {
      this.ended = end;
      this.endedAt = t;
      this.windowEnd = this.length;
      const fit = this.fit();
      if (fit) this.finished.push(fit.slope);
    }
  }

  /** Least-squares slope of ln d over the exponential window so far, or null if too few samples. */
  fit(): SlopeFit | null {
    const end = this.windowEnd >= 0 ? this.windowEnd : this.length;
    let n = 0;
    let st = 0;
    let sy = 0;
    for (let i = 0; i < end; i++) {
      if (this.t[i] < ALIGN_TIME) continue;
      n++;
      st += this.t[i];
      sy += this.logd[i];
    }
    if (n < MIN_SAMPLES) return null;
    const tm = st / n;
    const ym = sy / n;
    let stt = 0;
    let sty = 0;
    let from = Number.POSITIVE_INFINITY;
    let to = 0;
    for (let i = 0; i < end; i++) {
      const t = this.t[i];
      if (t < ALIGN_TIME) continue;
      stt += (t - tm) * (t - tm);
      sty += (t - tm) * (this.logd[i] - ym);
      if (t < from) from = t;
      if (t > to) to = t;
    }
    const slope = sty / stt;
    return { slope, intercept: ym + slope * (from - tm), from, to, samples: n };
  }

  /** Mean slope over finished runs (null before the first ends). */
  get meanSlope(): number | null {
    if (this.finished.length === 0) return null;
    return this.finished.reduce((a, b) => a + b, 0) / this.finished.length;
  }

  /** Duration of the current run so far. */
  elapsed(time: number): number {
    return time - this.t0;
  }
}
