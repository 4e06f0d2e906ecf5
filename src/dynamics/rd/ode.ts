/**
 * Sims 1 and 2: the reaction–diffusion model without space,
 *
 *   du/dt = a·Hill(u)/v − b·u + c,   dv/dt = r·(u − v),
 *
 * integrated with classical RK4 (fourth order; at the posts' dt = 5e-4 the stiffest rate, ≈ 80,
 * gives dt·|λ| ≈ 0.04, far inside RK4's stability region). No allocation per step: the state is
 * two numbers and the stages are locals.
 */
import { DynamicsRangeError } from '../errors.ts';
import { hillConstant, type RdParams, steadyState } from './model.ts';

export class RdOde {
  u: number;
  v: number;
  t = 0;
  /** RK4 step. */
  readonly dt: number;
  private readonly p: Readonly<RdParams>;
  private readonly kappa: number;

  /** Starts at (u0, v0); by default a little above the steady state so the cycle starts. */
  constructor(params: Readonly<RdParams>, dt: number, u0?: number, v0?: number) {
    if (!(dt > 0)) {
      throw new DynamicsRangeError(
        'dynamics-not-positive',
        { where: 'RdOde', name: 'dt', value: String(dt), allowZero: false },
        `RdOde: dt must be positive, got ${dt}`,
      );
    }
    this.dt = dt;
    this.p = { ...params };
    this.kappa = hillConstant(this.p);
    const us = steadyState(this.p);
    this.u = u0 ?? us * 1.01;
    this.v = v0 ?? us;
  }

  reset(u0: number, v0: number): void {
    this.u = u0;
    this.v = v0;
    this.t = 0;
  }

  /** du/dt, with the Hill constant hoisted. */
  private fu(u: number, v: number): number {
    const p = this.p;
    const un = p.n === 2 ? u * u : u ** p.n;
    return (p.a * un) / ((this.kappa + un) * v) - p.b * u + p.c;
  }

  /** Advance n RK4 steps of length dt. */
  step(n = 1): void {
    const h = this.dt;
    const r = this.p.r;
    let u = this.u;
    let v = this.v;
    for (let i = 0; i < n; i++) {
      const k1u = this.fu(u, v);
      const k1v = r * (u - v);
      const u2 = u + 0.5 * h * k1u;
      const v2 = v + 0.5 * h * k1v;
      const k2u = this.fu(u2, v2);
      const k2v = r * (u2 - v2);
      const u3 = u + 0.5 * h * k2u;
      const v3 = v + 0.5 * h * k2v;
      const k3u = this.fu(u3, v3);
      const k3v = r * (u3 - v3);
      const u4 = u + h * k3u;
      const v4 = v + h * k3v;
      const k4u = this.fu(u4, v4);
      const k4v = r * (u4 - v4);
      // y ← y + h/6·(k1 + 2k2 + 2k3 + k4)
      u += (h / 6) * (k1u + 2 * k2u + 2 * k3u + k4u);
      v += (h / 6) * (k1v + 2 * k2v + 2 * k3v + k4v);
    }
    this.u = u;
    this.v = v;
    this.t += n * h;
  }
}

/**
 * Times of upward crossings of a level, from samples fed one at a time (linear interpolation
 * between samples). Allocation-free after construction; works for the ODE and for the grid.
 */
export class UpCrossingTimer {
  /** Crossing times, in order; only the first `count` entries are valid. */
  readonly times: Float64Array;
  readonly level: number;
  count = 0;
  private prevT = Number.NaN;
  private prevX = Number.NaN;

  constructor(level: number, capacity = 4096) {
    this.level = level;
    this.times = new Float64Array(capacity);
  }

  push(t: number, x: number): void {
    const x0 = this.prevX;
    if (x0 < this.level && x >= this.level && this.count < this.times.length) {
      const f = (this.level - x0) / (x - x0);
      this.times[this.count++] = this.prevT + f * (t - this.prevT);
    }
    this.prevT = t;
    this.prevX = x;
  }

  /** Mean period over all recorded crossings ((last − first)/(count − 1)); NaN with < 2. */
  period(): number {
    return this.count < 2 ? Number.NaN : (this.times[this.count - 1] - this.times[0]) / (this.count - 1);
  }
}

export interface PeriodOptions {
  /** Step (default: the posts' 5e-4). */
  dt?: number;
  /** Time discarded before measuring, so the orbit has reached the limit cycle. Default 2. */
  transient?: number;
  /** Measuring window after the transient. Default 3 (≈ 12 cycles of sim 1). */
  duration?: number;
  /** Initial state; default 1 % above the steady state. */
  u0?: number;
  v0?: number;
}

export interface PeriodResult {
  /** Mean time between upward crossings of u through u*; NaN when u stops crossing (no cycle). */
  period: number;
  /** Number of crossings the mean is taken over. */
  crossings: number;
  uMin: number;
  uMax: number;
  vMin: number;
  vMax: number;
  /** The level crossed: the steady state u*. */
  steady: number;
}

/**
 * Period and amplitude of the limit cycle: integrate past a transient, then average the time
 * between upward crossings of u through u*. Sim 1: ≈ 0.256, u ∈ [0.016, 1.044];
 * sim 2: ≈ 0.211, u ∈ [0.024, 0.810].
 */
export function measurePeriod(params: Readonly<RdParams>, options: PeriodOptions = {}): PeriodResult {
  const dt = options.dt ?? 5e-4;
  const steady = steadyState(params);
  const ode = new RdOde(params, dt, options.u0, options.v0);
  ode.step(Math.round((options.transient ?? 2) / dt));
  const timer = new UpCrossingTimer(steady);
  let uMin = ode.u;
  let uMax = ode.u;
  let vMin = ode.v;
  let vMax = ode.v;
  const steps = Math.round((options.duration ?? 3) / dt);
  for (let i = 0; i < steps; i++) {
    ode.step();
    timer.push(ode.t, ode.u);
    if (ode.u < uMin) uMin = ode.u;
    if (ode.u > uMax) uMax = ode.u;
    if (ode.v < vMin) vMin = ode.v;
    if (ode.v > vMax) vMax = ode.v;
  }
  return { period: timer.period(), crossings: timer.count, uMin, uMax, vMin, vMax, steady };
}
