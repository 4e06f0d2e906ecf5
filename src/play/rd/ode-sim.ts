/**
 * Sims 1–2: the well-mixed oscillator (RK4), recorded as a u, v time series, a phase-plane trail
 * and a rolling period (≈ 0.256 and ≈ 0.211, SPEC §4). It owns its stepping and its recording;
 * the session decides how many steps a frame gets and what a failure means for the run.
 */
import { RdOde, type RdParams, steadyState } from '../../dynamics/rd/index.ts';
import type { RdSimId } from '../../state/rd-settings.ts';
import { RingSeries, RollingPeriod } from './series.ts';
import { type Advance, type FieldStats, MAX_ABS } from './sim-common.ts';

/** Time window of the ODE time-series chart, and its samples. */
export const ODE_WINDOW = 3;
const ODE_SAMPLES = 900;
/** The phase-plane trail: one point per this much simulated time, this many points (≈ 2 cycles). */
const TRAIL_DT = 5e-4;
const TRAIL_POINTS = 1200;
/** RK4 steps per frame at most (10 time units per second at dt = 1e-5 would be 16 667). */
export const ODE_MAX_STEPS_PER_FRAME = 20_000;

export class OdeSim {
  readonly kind = 'ode';
  ode: RdOde;
  /** Steps since the last reset. */
  steps = 0;
  /** Homogeneous steady state u* = v* of the running parameters. */
  steady: number;
  /** (t, u, v) over the last ODE_WINDOW time units. */
  readonly series = new RingSeries(ODE_SAMPLES, 2);
  /** Phase-plane trail (t, u, v). */
  readonly trail = new RingSeries(TRAIL_POINTS, 2);
  readonly period = new RollingPeriod();
  /** The current u and v (min = max = mean: one point). */
  readonly uStats: FieldStats = { min: 0, max: 0, mean: 0 };
  readonly vStats: FieldStats = { min: 0, max: 0, mean: 0 };
  private params_: Readonly<RdParams>;
  private nextSample = 0;
  private nextTrail = 0;

  constructor(
    readonly id: RdSimId,
    params: Readonly<RdParams>,
    dt: number,
  ) {
    this.params_ = { ...params };
    this.ode = new RdOde(params, dt);
    this.steady = steadyState(params);
    this.reset();
  }

  get t(): number {
    return this.ode.t;
  }

  get dt(): number {
    return this.ode.dt;
  }

  get params(): Readonly<RdParams> {
    return this.params_;
  }

  /** New parameters or dt: continue from the same state and time. */
  configure(params: Readonly<RdParams>, dt: number): void {
    const old = this.ode;
    this.ode = new RdOde(params, dt, old.u, old.v);
    this.ode.t = old.t;
    this.params_ = { ...params };
    this.steady = steadyState(params);
    this.period.reset(this.steady);
  }

  /** Back to t = 0, just above the steady state (so the cycle starts), with empty records. */
  reset(): void {
    this.ode.reset(this.steady * 1.01, this.steady);
    this.steps = 0;
    this.series.clear();
    this.trail.clear();
    this.period.reset(this.steady);
    this.nextSample = 0;
    this.nextTrail = 0;
    this.record();
  }

  /** Take up to `n` RK4 steps, recording as it goes; stops at the first non-finite or runaway value. */
  advance(n: number): Advance {
    const ode = this.ode;
    for (let i = 0; i < n; i++) {
      ode.step(1);
      this.steps++;
      const { u, v, t } = ode;
      // One comparison pair catches NaN, ±Inf and runaways (NaN fails both).
      if (!(u >= -MAX_ABS && u <= MAX_ABS && v >= -MAX_ABS && v <= MAX_ABS)) {
        return {
          done: i,
          capped: false,
          problem: { code: 'rd-ode-blow-up', values: { t, u: String(u), v: String(v) } },
          failure:
            `Blow-up stopped the run at t ≈ ${t.toPrecision(4)}: u = ${u}, v = ${v}. ` +
            'RK4 needs dt·|λ| ≲ 2.8 for the stiffest rate λ, and v must stay positive (the model divides by it). ' +
            'Reset, or lower dt / change the parameters.',
        };
      }
      this.period.push(t, u);
      this.record();
    }
    return { done: n, capped: false, failure: '' };
  }

  /** Samples at a fixed spacing in simulated time: the time series, and the (coarser) trail. */
  private record(): void {
    const { t, u, v } = this.ode;
    this.uStats.min = this.uStats.max = this.uStats.mean = u;
    this.vStats.min = this.vStats.max = this.vStats.mean = v;
    if (t >= this.nextSample) {
      this.series.push(t, u, v);
      const spacing = ODE_WINDOW / this.series.capacity;
      this.nextSample = Math.max(this.nextSample + spacing, t + 0.5 * spacing);
    }
    if (t >= this.nextTrail) {
      this.trail.push(t, u, v);
      const spacing = Math.max(TRAIL_DT, this.ode.dt);
      this.nextTrail = Math.max(this.nextTrail + spacing, t + 0.5 * spacing);
    }
  }
}
