/**
 * Sim 3: the 2-D grid (explicit Euler), with its painting queue, the statistics and colour range
 * of the shown field, min/mean/max of u over time and the centre cell's period. It owns its
 * stepping (in chunks, within a frame budget) and its recording; the session decides how many
 * steps a frame asks for and what a failure means for the run.
 */
import { type FastestMode, fastestMode, RD_DX, RdGrid, type RdParams } from '../../dynamics/rd/index.ts';
import type { RdSettings, RdSimId } from '../../state/rd-settings.ts';
import { colorRange, QuantileRange } from './colormap.ts';
import { RingSeries, RollingPeriod } from './series.ts';
import { type Advance, type FieldStats, fieldStats, MAX_ABS } from './sim-common.ts';

/** Sim 3's u(t) chart: the last 10 time units (pattern visible by ≈ 0.75, settled by ≈ 5). */
export const GRID_WINDOW = 10;
const GRID_SAMPLES = 1000;
/** Grid steps are taken in chunks of about this many cell updates between budget checks (≈ 0.5 ms). */
const CELLS_PER_CHUNK = 100_000;
/** u spread (max − min) below which the field counts as uniform: no wavelength is shown. */
const PATTERN_SPREAD = 0.01;
/** The colour range is widened to at least this fraction of |mean| (see `colorRange`). */
const MIN_SPAN_OF_MEAN = 0.4;
/** …and spans the 1 % to 99 % quantiles of the field (see `QuantileRange`): a click saturates, the pattern keeps its contrast. */
const COLOR_QUANTILE = 0.01;
/** Paint dabs queued between two frames at most. */
const MAX_DABS = 256;

/** The grid's shape and numerics, the settings that build a new grid when they change. */
export type GridShape = Pick<RdSettings, 'gridSize' | 'boundary' | 'onUnstable' | 'dt'>;

export class GridSim {
  readonly kind = 'pde';
  readonly grid: RdGrid;
  /** The fastest-growing spatial mode of the running parameters, from the dispersion relation. */
  fastest: FastestMode;
  /** (t, mean u, min u, max u) over the last GRID_WINDOW time units (carried over with the field). */
  readonly series: RingSeries;
  /** The centre cell's period (a uniform field oscillates like sim 2). */
  readonly period = new RollingPeriod();
  readonly uStats: FieldStats = { min: 0, max: 0, mean: 0 };
  readonly vStats: FieldStats = { min: 0, max: 0, mean: 0 };
  /** The noise the field was last reset with (carried over with the field). */
  readonly origin = { noise: 0, seed: 0 };
  /** The shown field's colour range (its 1–99 % quantiles, at least 40 % of |mean| wide). */
  readonly range = { lo: 0, hi: 1 };
  private readonly quantiles = new QuantileRange();
  private readonly q = { lo: 0, hi: 1 };
  /** Paint dabs queued by input, applied at the start of the next frame: (x, y, sign) triples. */
  private readonly dabs = new Float64Array(3 * MAX_DABS);
  private dabCount = 0;
  private nextSample = 0;

  /**
   * A grid for the settings. With `carry` (the same size, a new boundary or stability policy), the
   * field, time and steps carry over; otherwise the caller resets it.
   */
  constructor(
    readonly id: RdSimId,
    params: Readonly<RdParams>,
    shape: GridShape,
    carry?: GridSim,
  ) {
    this.grid = new RdGrid({
      width: shape.gridSize,
      height: shape.gridSize,
      params,
      dt: shape.dt,
      dx: RD_DX,
      boundary: shape.boundary,
      onUnstable: shape.onUnstable,
    });
    this.fastest = fastestMode(params, Math.PI / RD_DX, { dx: RD_DX });
    this.period.reset(this.grid.steady);
    this.series = carry ? carry.series : new RingSeries(GRID_SAMPLES, 3);
    if (carry) {
      const old = carry.grid;
      this.grid.u.set(old.u);
      this.grid.v.set(old.v);
      this.grid.t = old.t;
      this.grid.steps = old.steps;
      this.nextSample = carry.nextSample;
      Object.assign(this.origin, carry.origin);
    }
  }

  /** Whether the old grid's field can carry over into a grid with `shape`. */
  canCarryInto(shape: GridShape): boolean {
    return this.grid.width === shape.gridSize && this.grid.status === 'ok';
  }

  get t(): number {
    return this.grid.t;
  }

  get dt(): number {
    return this.grid.dt;
  }

  get steps(): number {
    return this.grid.steps;
  }

  get params(): Readonly<RdParams> {
    return this.grid.params;
  }

  get steady(): number {
    return this.grid.steady;
  }

  /** Whether u varies enough for a wavelength to mean anything (spread > 0.01). */
  get patterned(): boolean {
    return this.uStats.max - this.uStats.min > PATTERN_SPREAD;
  }

  /**
   * New parameters and dt. The smaller dt goes first, so that the in-between setting is no less
   * stable than the old or the new one (the 'refuse' policy checks both). Throws the grid's
   * RangeError when the policy refuses.
   */
  configure(params: Readonly<RdParams>, dt: number): void {
    const grid = this.grid;
    if (dt < grid.dt) {
      grid.setDt(dt);
      grid.setParams(params);
    } else {
      grid.setParams(params);
      if (dt !== grid.dt) grid.setDt(dt);
    }
    this.fastest = fastestMode(grid.params, Math.PI / RD_DX, { dx: RD_DX });
    this.period.reset(grid.steady);
  }

  /**
   * Back to t = 0: the steady state plus seeded noise. Without noise, uniformly 1 % off the steady
   * state: the field then stays uniform and follows sim 2's limit cycle (with no gradients the PDE
   * is the ODE).
   */
  reset(noise: number, seed: number): void {
    this.origin.noise = noise;
    this.origin.seed = seed;
    if (noise > 0) {
      this.grid.reset();
      this.grid.addNoise(noise, seed);
    } else {
      this.grid.reset({ u: this.grid.steady * 1.01 });
    }
    this.series.clear();
    this.period.reset(this.grid.steady);
    this.nextSample = 0;
  }

  /**
   * Queue a brush stroke from (x0, y0) to (x1, y1) in cell coordinates (fractional allowed): dabs
   * one brush radius apart, so a fast drag still paints a continuous line. `sign` −1 lowers u.
   */
  paint(x0: number, y0: number, x1: number, y1: number, sign: 1 | -1, radius: number): void {
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / radius));
    for (let i = 1; i <= n; i++) {
      if (this.dabCount >= MAX_DABS) return; // a frame's worth is plenty
      const f = i / n;
      const j = 3 * this.dabCount++;
      this.dabs[j] = x0 + (x1 - x0) * f;
      this.dabs[j + 1] = y0 + (y1 - y0) * f;
      this.dabs[j + 2] = sign;
    }
  }

  /** Apply the queued dabs. Returns whether the field changed. */
  applyDabs(radius: number, amount: number): boolean {
    const n = this.dabCount;
    this.dabCount = 0;
    for (let i = 0; i < n; i++) {
      const j = 3 * i;
      this.grid.perturb(this.dabs[j], this.dabs[j + 1], radius, amount * this.dabs[j + 2], 'u');
    }
    return n > 0;
  }

  /**
   * Up to `want` steps in chunks, checking the wall clock between chunks: stops when `budgetMs` is
   * spent (capped) or the grid reports a blow-up (failure, with the grid's explanation).
   */
  advance(want: number, now: () => number, budgetMs: number): Advance {
    const grid = this.grid;
    const chunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / (grid.width * grid.height * grid.substeps)));
    const t0 = now();
    // The period meter follows the centre cell step by step (a frame can span a third of a cycle).
    const probe = (grid.height >> 1) * grid.width + (grid.width >> 1);
    let done = 0;
    while (done < want) {
      const end = Math.min(done + chunk, want);
      while (done < end && grid.step(1) === 1) {
        done++;
        this.period.push(grid.t, grid.u[probe]);
      }
      if (grid.status !== 'ok') {
        return { done, capped: false, failure: grid.message, problem: grid.problem ?? undefined };
      }
      if (done < want && now() - t0 > budgetMs) return { done, capped: true, failure: '' };
    }
    return { done, capped: false, failure: '' };
  }

  /** min/mean/max of both fields (allocation-free), the shown field's colour range, a u(t) sample. */
  measure(shown: 'u' | 'v'): void {
    const grid = this.grid;
    fieldStats(grid.u, this.uStats);
    fieldStats(grid.v, this.vStats);
    const st = shown === 'u' ? this.uStats : this.vStats;
    this.quantiles.find(shown === 'u' ? grid.u : grid.v, st.min, st.max, COLOR_QUANTILE, this.q);
    const r = colorRange(this.q.lo, this.q.hi, MIN_SPAN_OF_MEAN * Math.abs(st.mean));
    this.range.lo = r.lo;
    this.range.hi = r.hi;
    if ((grid.t > 0 || this.series.length === 0) && grid.t >= this.nextSample) {
      this.series.push(grid.t, this.uStats.mean, this.uStats.min, this.uStats.max);
      const spacing = GRID_WINDOW / this.series.capacity;
      this.nextSample = Math.max(this.nextSample + spacing, grid.t + 0.5 * spacing);
    }
  }

  /** The first cell whose u or v is NaN, ±Inf or beyond the runaway bound (the blow-up site). */
  firstRunaway(): { x: number; y: number } | null {
    const grid = this.grid;
    for (const f of [grid.u, grid.v]) {
      for (let i = 0; i < f.length; i++) {
        if (!(Math.abs(f[i]) <= MAX_ABS)) return { x: i % grid.width, y: Math.floor(i / grid.width) };
      }
    }
    return null;
  }
}
