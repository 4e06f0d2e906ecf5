/**
 * Sim 3: the reaction–diffusion PDE on a 2-D grid of square cells of side dx,
 *
 *   du/dt = D_u Δu + a·uⁿ/((κ + uⁿ)·v) − b·u + c,   dv/dt = D_v Δv + r·(u − v),
 *
 * explicit Euler in time, 5-point Laplacian Δf ≈ (f_W + f_E + f_N + f_S − 4f)/dx².
 *
 * Boundaries: periodic (default) or no-flux (zero-gradient ghost cells: the missing neighbour is
 * the cell itself, so pure diffusion conserves the total exactly).
 *
 * Stability: the step is checked with `checkStability` on exactly this grid's Fourier modes when
 * the grid is built or dt/params change. An unstable dt is, by `onUnstable`, split into substeps
 * (default, with a message), refused (RangeError), or run anyway ('unsafe', for tests/demos).
 * Whatever happens, a periodic scan of both fields stops the run on NaN/±Inf or a runaway value
 * and sets `status = 'blown-up'` with a message — never a silent blow-up.
 *
 * Speed (see bench/reaction-diffusion.ts): Float64Array fields (measured faster than Float32Array
 * here: no float↔double conversions, and 4 fields of 256² doubles still fit in L2), the fused
 * row kernel in grid-kernel.ts, and double buffering by swapping references. No allocation per step.
 */
import { Rng } from '../../core/rng.ts';
import { type DynamicsProblem, DynamicsRangeError } from '../errors.ts';
import { Coefficients, rowFast, rowGeneral, sweepGrid } from './grid-kernel.ts';
import { RD_DX, RD_GRID_DT, RD_PRESETS, type RdParams, steadyState } from './model.ts';
import { checkStability, type StabilityReport } from './stability.ts';

export type Boundary = 'periodic' | 'no-flux';

/** What to do when dt breaks the explicit stability limit. */
export type UnstablePolicy =
  /** Split each step into the fewest substeps that are stable, and say so in `message`. */
  | 'subdivide'
  /** Throw a RangeError carrying the stability message. */
  | 'refuse'
  /** Run as asked (the blow-up detector still stops the run). For tests and demonstrations. */
  | 'unsafe';

export interface RdGridOptions {
  /** Cells across. */
  width: number;
  /** Cells down. */
  height: number;
  /** Model parameters; missing fields come from sim 3 (D_u = 0.5, D_v = 5, r = 30). */
  params?: Partial<RdParams>;
  /** Cell size (length units). Default 0.1. */
  dx?: number;
  /** Time step. Default 4e-4 (the 2-D explicit limit for sim 3 is ≈ 4.96e-4). */
  dt?: number;
  /** Default 'periodic'. */
  boundary?: Boundary;
  /** Default 'subdivide'. */
  onUnstable?: UnstablePolicy;
  /** Scan both fields for NaN/Inf/runaway every this many sweeps. Default 64 (≈ 1 % extra work). */
  checkEvery?: number;
  /** |u| or |v| above this counts as a blow-up, long before overflow. Default 1e6. */
  maxAbs?: number;
}

export interface RdInit {
  /** Initial u everywhere; default the steady state u*. */
  u?: number;
  /** Initial v everywhere; default the steady state v* = u*. */
  v?: number;
}

export type GridStatus = 'ok' | 'blown-up';

export class RdGrid {
  readonly width: number;
  readonly height: number;
  readonly dx: number;
  readonly boundary: Boundary;
  readonly onUnstable: UnstablePolicy;
  /** Simulated time: number of steps × dt (substeps do not count separately). */
  t = 0;
  /** Steps taken since the last reset. */
  steps = 0;
  /** 'blown-up' once NaN/Inf/runaway is found; `step` then does nothing until `reset`. */
  status: GridStatus = 'ok';
  /** What the user should know: the subdivision note, or why the run stopped. '' when nothing. */
  message = '';
  /** The same as `message`, coded for the app layer to word; null when there is nothing to say. */
  problem: DynamicsProblem | null = null;
  private _params: RdParams;
  private _dt: number;
  private _stability!: StabilityReport;
  private _substeps = 1;
  private _steady = 0;
  private readonly checkEvery: number;
  private readonly maxAbs: number;
  private sinceCheck = 0;
  private readonly k = new Coefficients();
  // Double buffering: `uCur`/`vCur` are read, `uNext`/`vNext` written, then the references swap.
  private uCur: Float64Array;
  private vCur: Float64Array;
  private uNext: Float64Array;
  private vNext: Float64Array;

  constructor(options: RdGridOptions) {
    const { width, height } = options;
    if (!Number.isInteger(width) || width < 1 || !Number.isInteger(height) || height < 1) {
      throw new DynamicsRangeError(
        'rd-grid-size',
        { width, height },
        `RdGrid: width and height must be positive integers, got ${width}×${height}`,
      );
    }
    this.width = width;
    this.height = height;
    this.dx = options.dx ?? RD_DX;
    this.boundary = options.boundary ?? 'periodic';
    this.onUnstable = options.onUnstable ?? 'subdivide';
    this.checkEvery = Math.max(1, Math.floor(options.checkEvery ?? 64));
    this.maxAbs = options.maxAbs ?? 1e6;
    this._params = { ...RD_PRESETS.sim3.params, ...options.params };
    this._dt = options.dt ?? RD_GRID_DT;
    const n = width * height;
    this.uCur = new Float64Array(n);
    this.vCur = new Float64Array(n);
    this.uNext = new Float64Array(n);
    this.vNext = new Float64Array(n);
    this.configure();
    this.reset();
  }

  /** Current u field, row-major (index y·width + x). The buffer swaps every step: re-read it. */
  get u(): Float64Array {
    return this.uCur;
  }

  /** Current v field, row-major. The buffer swaps every step: re-read it. */
  get v(): Float64Array {
    return this.vCur;
  }

  get params(): Readonly<RdParams> {
    return this._params;
  }

  get dt(): number {
    return this._dt;
  }

  /** The stability report for the current dt, dx, params and grid. */
  get stability(): StabilityReport {
    return this._stability;
  }

  /** Substeps per step (1 unless an unstable dt is being subdivided). */
  get substeps(): number {
    return this._substeps;
  }

  /** Homogeneous steady state u* = v* of the current params. */
  get steady(): number {
    return this._steady;
  }

  /**
   * Change parameters live (missing fields keep their values); re-checks stability. If the new
   * setting is refused (RangeError), the grid keeps the old one.
   */
  setParams(overrides: Partial<RdParams>): void {
    this.reconfigure({ ...this._params, ...overrides }, this._dt);
  }

  /** Change the time step; re-checks stability. A refused dt leaves the old one in place. */
  setDt(dt: number): void {
    this.reconfigure(this._params, dt);
  }

  /** Both fields uniform (default: the steady state), t = 0, status cleared. */
  reset(init: RdInit = {}): void {
    this.uCur.fill(init.u ?? this._steady);
    this.vCur.fill(init.v ?? this._steady);
    this.t = 0;
    this.steps = 0;
    this.sinceCheck = 0;
    this.status = 'ok';
    this.message = this.stabilityNote();
    this.problem = this.stabilityProblem();
  }

  /**
   * Add uniform noise in [−amplitude, amplitude) to u, v or both, from a generator seeded here
   * (same seed ⇒ same field in Node, worker and page).
   */
  addNoise(amplitude: number, seed: number | string, field: 'u' | 'v' | 'both' = 'both'): void {
    const rng = new Rng(seed);
    const u = this.uCur;
    const v = this.vCur;
    for (let i = 0; i < u.length; i++) {
      if (field !== 'v') u[i] += amplitude * (2 * rng.random() - 1);
      if (field !== 'u') v[i] += amplitude * (2 * rng.random() - 1);
    }
  }

  /**
   * Add `amount` to a field in the disc of `radius` cells around cell coordinates (x, y) — a
   * brush for painting. The disc wraps around periodic edges and is clipped at no-flux ones.
   */
  perturb(x: number, y: number, radius: number, amount: number, field: 'u' | 'v' = 'u'): void {
    const f = field === 'u' ? this.uCur : this.vCur;
    const { width: w, height: h } = this;
    const periodic = this.boundary === 'periodic';
    const r2 = radius * radius;
    const x0 = Math.ceil(x - radius);
    const x1 = Math.floor(x + radius);
    const y0 = Math.ceil(y - radius);
    const y1 = Math.floor(y + radius);
    // A disc wider than the grid would visit cells twice when wrapped; clamp the box to one period.
    const xs = periodic ? Math.max(x0, x1 - w + 1) : Math.max(x0, 0);
    const xe = periodic ? x1 : Math.min(x1, w - 1);
    const ys = periodic ? Math.max(y0, y1 - h + 1) : Math.max(y0, 0);
    const ye = periodic ? y1 : Math.min(y1, h - 1);
    for (let cy = ys; cy <= ye; cy++) {
      const row = (((cy % h) + h) % h) * w;
      for (let cx = xs; cx <= xe; cx++) {
        if ((cx - x) ** 2 + (cy - y) ** 2 > r2) continue;
        f[row + (((cx % w) + w) % w)] += amount;
      }
    }
  }

  /**
   * Advance n steps of dt (each possibly split into substeps). Returns the number of steps
   * actually taken: fewer than n when a blow-up stops the run.
   */
  step(n = 1): number {
    if (this.status !== 'ok') return 0;
    const subs = this._substeps;
    for (let s = 0; s < n; s++) {
      for (let j = 0; j < subs; j++) {
        this.sweep();
        if (++this.sinceCheck >= this.checkEvery && !this.check()) return s;
      }
      this.steps++;
      this.t += this._dt;
    }
    return n;
  }

  /** Scan both fields now; false (and status 'blown-up') if any value is NaN, ±Inf or runaway. */
  check(): boolean {
    this.sinceCheck = 0;
    const lim = this.maxAbs;
    for (let f = 0; f < 2; f++) {
      const a = f === 0 ? this.uCur : this.vCur;
      for (let i = 0; i < a.length; i++) {
        const x = a[i];
        // One comparison pair catches all three: NaN fails both, ±Inf and runaways fail one.
        if (!(x >= -lim && x <= lim)) {
          this.stop(f === 0 ? 'u' : 'v', i, x);
          return false;
        }
      }
    }
    return true;
  }

  /** min, max and mean of a field (for tests, legends and the uniform-state check). */
  stats(field: 'u' | 'v' = 'u'): { min: number; max: number; mean: number } {
    const a = field === 'u' ? this.uCur : this.vCur;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let sum = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      if (x < min) min = x;
      if (x > max) max = x;
      sum += x;
    }
    return { min, max, mean: sum / a.length };
  }

  private stop(field: 'u' | 'v', index: number, value: number): void {
    const x = index % this.width;
    const y = (index - x) / this.width;
    this.status = 'blown-up';
    this.problem = {
      code: 'rd-blow-up',
      values: {
        t: this.t,
        steps: this.steps,
        field,
        value: String(value),
        x,
        y,
        stability: this._stability.stable ? null : this._stability.values,
      },
    };
    this.message =
      `Blow-up stopped the run at t ≈ ${this.t.toPrecision(4)} (step ${this.steps}): ${field} = ${value} ` +
      `at cell (${x}, ${y}). ${this._stability.stable ? 'dt passed the linear stability check, so this is a nonlinear runaway (e.g. v crossing 0).' : this._stability.message} Reset to continue.`;
  }

  private reconfigure(params: RdParams, dt: number): void {
    const [oldParams, oldDt] = [this._params, this._dt];
    this._params = params;
    this._dt = dt;
    try {
      this.configure();
    } catch (e) {
      this._params = oldParams;
      this._dt = oldDt;
      this.configure();
      throw e;
    }
  }

  /** Recompute steady state, stability and coefficients after a change of dt or params. */
  private configure(): void {
    const p = this._params;
    if (!(this._dt > 0)) {
      throw new DynamicsRangeError(
        'dynamics-not-positive',
        { where: 'RdGrid', name: 'dt', value: String(this._dt), allowZero: false },
        `RdGrid: dt must be positive, got ${this._dt}`,
      );
    }
    this._steady = steadyState(p);
    this._stability = checkStability(p, this._dt, this.dx, {
      width: this.width,
      height: this.height,
      boundary: this.boundary,
    });
    if (!this._stability.stable && this.onUnstable === 'refuse') {
      throw new DynamicsRangeError(
        'rd-unstable-dt',
        this._stability.values,
        `RdGrid: ${this._stability.message}`,
      );
    }
    this._substeps = this.onUnstable === 'subdivide' ? this._stability.substeps : 1;
    this.k.set(p, this._dt / this._substeps, this.dx);
    if (this.status === 'ok') {
      this.message = this.stabilityNote();
      this.problem = this.stabilityProblem();
    }
  }

  /** The stability note as coded data: subdivided, or run anyway; null when dt is stable. */
  private stabilityProblem(): DynamicsProblem | null {
    const s = this._stability;
    if (s.stable) return null;
    return { code: this._substeps > 1 ? 'rd-subdivided' : 'rd-unsafe-dt', values: s.values };
  }

  private stabilityNote(): string {
    const s = this._stability;
    if (s.stable) return '';
    if (this._substeps > 1) {
      return `${s.message} Running each step as ${this._substeps} substeps of ${Number((this._dt / this._substeps).toPrecision(4))}.`;
    }
    return `Unsafe: ${s.message}`;
  }

  /** One explicit Euler substep over the whole grid, then swap buffers. */
  private sweep(): void {
    const { uCur: u, vCur: v, uNext: un, vNext: vn, k } = this;
    const row = k.n === 2 && k.cX === 0 ? rowFast : rowGeneral;
    sweepGrid(u, v, un, vn, this.width, this.height, this.boundary === 'periodic', k, row);
    this.uCur = un;
    this.vCur = vn;
    this.uNext = u;
    this.vNext = v;
  }
}
