/**
 * The reaction–diffusion scene's logic, without Phaser: which sim runs, stepping it at the chosen
 * speed independent of the frame rate, live parameter changes, the stability policy's refusals and
 * subdivisions, painting, and the blow-up pause. The scene calls `frame(deltaMs)` once per frame
 * and draws what it finds here; the panel writes the settings store and calls the run actions.
 *
 * - Sims 1–2 (ODEs, RK4): `odeRate` simulated time per wall-clock second, recorded as a time series
 *   (u, v against t), a phase-plane trail and a rolling period (≈ 0.256 and ≈ 0.211, SPEC §4).
 * - Sim 3 (2-D grid, explicit Euler): `stepsPerFrame` steps per 1/60 s through a `StepClock`, capped
 *   by a per-frame time budget so drawing keeps its share of the frame; min/mean/max of u over time;
 *   the field's spectrum from a worker about once a second.
 *
 * Settings are applied at the start of a frame (STYLE: UI events only set state). A change the
 * dynamics refuse (the 'refuse' stability policy, or parameters with no steady state) is rolled
 * back in the store and explained (`refusal`, a notice); an unstable dt under 'subdivide' runs as
 * substeps and says so (`stabilityNote`, a notice); NaN/Inf/runaway values pause the run with the
 * reason (`blowUp`, a notice). Nothing is silent.
 */
import { formatSig } from '../../core/format.ts';
import {
  type FastestMode,
  fastestMode,
  RD_DX,
  RdGrid,
  RdOde,
  type RdParams,
  steadyState,
} from '../../dynamics/rd/index.ts';
import type { NoticeLevel } from '../../state/notices.ts';
import {
  modelParams,
  presetFields,
  type RdSettings,
  type RdSettingsStore,
  type RdSimId,
} from '../../state/rd-settings.ts';
import { StepClock } from '../shared/step-clock.ts';
import { colorRange, QuantileRange } from './colormap.ts';
import { RingSeries, RollingPeriod } from './series.ts';
import type { SpectrumBackend, SpectrumResult } from './spectrum-client.ts';

/** Time window of the ODE time-series chart, and its samples. */
export const ODE_WINDOW = 3;
const ODE_SAMPLES = 900;
/** The phase-plane trail: one point per this much simulated time, this many points (≈ 2 cycles). */
const TRAIL_DT = 5e-4;
const TRAIL_POINTS = 1200;
/** Sim 3's u(t) chart: the last 10 time units (pattern visible by ≈ 0.75, settled by ≈ 5). */
export const GRID_WINDOW = 10;
const GRID_SAMPLES = 1000;
/** RK4 steps per frame at most (10 time units per second at dt = 1e-5 would be 16 667). */
const ODE_MAX_STEPS_PER_FRAME = 20_000;
/** An ODE value beyond this is a runaway (the grid uses the same bound). */
const MAX_ABS = 1e6;
/** Grid steps are taken in chunks of about this many cell updates between budget checks (≈ 0.5 ms). */
const CELLS_PER_CHUNK = 100_000;
/** u spread (max − min) below which the field counts as uniform: no wavelength is shown. */
const PATTERN_SPREAD = 0.01;
/** The spectrum is refreshed about this often (wall-clock ms) while the field changes. */
const SPECTRUM_EVERY_MS = 1000;
/** The colour range is widened to at least this fraction of |mean| (see `colorRange`). */
const MIN_SPAN_OF_MEAN = 0.4;
/** …and spans the 1 % to 99 % quantiles of the field (see `QuantileRange`): a click saturates, the pattern keeps its contrast. */
const COLOR_QUANTILE = 0.01;

export interface RdSessionOptions {
  settings: RdSettingsStore;
  /** Computes spectra (a worker in the page); none → no spectrum. */
  spectrum?: SpectrumBackend;
  /** Wall clock in ms for the frame budget. Default `performance.now`. */
  now?: () => number;
  /** Most milliseconds of stepping per frame. Default 9 (of 16.7 at 60 fps). */
  frameBudgetMs?: number;
  /** Where user-facing messages go (the page's notices). */
  notify?: (level: NoticeLevel, text: string) => void;
}

export interface FieldStats {
  min: number;
  max: number;
  mean: number;
}

export interface SpectrumView extends SpectrumResult {
  /** Simulated time of the field it was computed from. */
  t: number;
  /** Wavelength in cells. */
  cells: number;
}

export class RdSession {
  readonly settings: RdSettingsStore;
  sim: RdSimId = 'sim3';
  kind: 'ode' | 'pde' = 'pde';
  ode: RdOde | null = null;
  grid: RdGrid | null = null;
  /** Paused by the user. */
  paused = false;
  /** Why a blow-up stopped the run ('' while fine); cleared by `reset`. */
  blowUp = '';
  /** The grid cell where the blow-up was found (null when none, or for the ODE). */
  blowUpCell: { x: number; y: number } | null = null;
  /** The last change that was refused and rolled back ('' when none since the last accepted one). */
  refusal = '';
  /** What the stability check says about the running dt when it is over the limit ('' when stable). */
  stabilityNote = '';
  /** Homogeneous steady state u* = v* of the running parameters. */
  steady = 0;
  /** The fastest-growing spatial mode of the running parameters (sim 3), from the dispersion relation. */
  fastest: FastestMode | null = null;
  /** Bumped when a new ODE/grid is built (views rebuild), the field changes, or params change. */
  configVersion = 0;
  fieldVersion = 0;
  paramsVersion = 0;
  seriesVersion = 0;
  spectrumVersion = 0;
  /** ODE: (t, u, v). Grid: (t, mean u, min u, max u). */
  series: RingSeries = new RingSeries(ODE_SAMPLES, 2);
  /** ODE phase-plane trail (t, u, v). */
  readonly trail = new RingSeries(TRAIL_POINTS, 2);
  /** ODE: the period of u. Grid: of the centre cell's u (a uniform field oscillates like sim 2). */
  readonly period = new RollingPeriod();
  /** Statistics of u and v after the last frame (grid), or the ODE's current values. */
  readonly uStats: FieldStats = { min: 0, max: 0, mean: 0 };
  readonly vStats: FieldStats = { min: 0, max: 0, mean: 0 };
  /** The displayed field's colour range this frame (its 1–99 % quantiles, at least 40 % of |mean| wide). */
  readonly range = { lo: 0, hi: 1 };
  /** Measured over the last half second or so. */
  readonly measured = {
    fps: 0,
    stepsPerSecond: 0,
    simTimePerSecond: 0,
    stepsPerFrame: 0,
    /** The frame budget cut stepping short: running slower than asked. */
    capped: false,
  };
  spectrum: SpectrumView | null = null;
  private applied: RdSettings | null = null;
  private seen: RdSettings | null = null;
  private readonly clock = new StepClock();
  private readonly quantiles = new QuantileRange();
  private readonly q = { lo: 0, hi: 1 };
  private readonly statsOf: { field: number; which: string; grid: RdGrid | null } = {
    field: -1,
    which: '',
    grid: null,
  };
  private readonly now: () => number;
  private readonly budget: number;
  private readonly notify: (level: NoticeLevel, text: string) => void;
  private readonly backend: SpectrumBackend | undefined;
  private nextSample = 0;
  private lastNow = Number.NaN;
  private odeSteps = 0;
  private nextTrail = 0;
  private meter = { since: Number.NaN, frames: 0, steps: 0, simTime: 0, capped: 0 };
  /** Paint dabs queued by input, applied at the start of the next frame: (x, y, sign) triples. */
  private readonly dabs = new Float64Array(3 * 256);
  private dabCount = 0;
  private spectrumClock = 0;
  private spectrumField = -1;
  private spectrumPending = false;
  private spectrumId = 0;
  private disposed = false;

  constructor(options: RdSessionOptions) {
    this.settings = options.settings;
    this.backend = options.spectrum;
    this.now = options.now ?? (() => performance.now());
    this.budget = options.frameBudgetMs ?? 9;
    this.notify = options.notify ?? (() => {});
    this.seen = this.settings.getState();
    this.apply(this.seen);
  }

  /** Running = not paused and not stopped by a blow-up. */
  get running(): boolean {
    return !this.paused && this.blowUp === '';
  }

  /** Whether the grid's u varies enough for a wavelength to mean anything (spread > 0.01). */
  get patterned(): boolean {
    return this.grid !== null && this.uStats.max - this.uStats.min > PATTERN_SPREAD;
  }

  /** Simulated time of the running sim. */
  get t(): number {
    return this.ode?.t ?? this.grid?.t ?? 0;
  }

  /** Steps taken since the last reset. */
  get steps(): number {
    return this.grid ? this.grid.steps : this.odeSteps;
  }

  /** The parameters the running sim actually uses. */
  get params(): RdParams {
    return this.grid ? { ...this.grid.params } : modelParams(this.applied ?? this.settings.getState());
  }

  get dt(): number {
    return this.grid?.dt ?? this.ode?.dt ?? 0;
  }

  /**
   * One frame: apply changed settings and queued paint, then step for the wall-clock time since the
   * last frame. That time comes from `now()` when it advances (the page), else `deltaMs` (tests): the
   * game loop's delta is smoothed and clamped, so on a machine drawing 15 frames a second it still
   * says ≈ 16.7 ms and the simulation would run 4× slower than asked.
   */
  frame(deltaMs: number): void {
    const now = this.now();
    const wallMs = now > this.lastNow ? now - this.lastNow : deltaMs;
    this.lastNow = now;
    deltaMs = wallMs;
    const s = this.settings.getState();
    if (s !== this.seen) {
      this.seen = s;
      this.apply(s);
    }
    this.applyDabs();
    let steps = 0;
    if (this.running) steps = this.grid ? this.stepGrid(deltaMs, s) : this.stepOde(deltaMs, s);
    if (this.grid) this.gridStats(s);
    this.measure(steps);
    if (this.grid) this.maybeSpectrum(deltaMs);
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.clock.reset();
  }

  togglePause(): void {
    if (this.paused) this.resume();
    else this.pause();
  }

  /** Back to t = 0: the ODE just above the steady state; the grid at the steady state plus seeded noise. */
  reset(): void {
    const s = this.settings.getState();
    this.blowUp = '';
    this.blowUpCell = null;
    this.clock.reset();
    if (this.ode) {
      this.ode.reset(this.steady * 1.01, this.steady);
      this.odeSteps = 0;
    } else if (this.grid) {
      // Without noise, start uniformly 1 % off the steady state: the field then stays uniform and
      // follows sim 2's limit cycle (with no gradients the PDE is the ODE).
      if (s.noise > 0) {
        this.grid.reset();
        this.grid.addNoise(s.noise, s.seed);
      } else {
        this.grid.reset({ u: this.steady * 1.01 });
      }
      this.fieldVersion++;
      this.gridStats(s);
    }
    this.clearRecords();
    this.fieldVersion++;
  }

  /** A fresh noise seed, and start over from it. */
  renoise(): void {
    const s = this.settings.getState();
    // The seed change reaches `apply` next frame, which resets with it.
    s.update({ seed: (s.seed + 1) % 2 ** 31 });
  }

  /** Back to the current sim's preset parameters and dt. */
  loadPreset(): void {
    this.settings.getState().update(presetFields(this.settings.getState().sim));
  }

  /**
   * Queue a brush stroke from (x0, y0) to (x1, y1) in cell coordinates (fractional allowed): dabs
   * one brush radius apart, so a fast drag still paints a continuous line. `sign` −1 lowers u.
   */
  paint(x0: number, y0: number, x1 = x0, y1 = y0, sign: 1 | -1 = 1): void {
    if (!this.grid) return;
    const r = this.settings.getState().brushRadius;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / r));
    for (let i = 1; i <= n; i++) {
      if (this.dabCount * 3 >= this.dabs.length) return; // a frame's worth is plenty
      const f = i / n;
      const j = 3 * this.dabCount++;
      this.dabs[j] = x0 + (x1 - x0) * f;
      this.dabs[j + 1] = y0 + (y1 - y0) * f;
      this.dabs[j + 2] = sign;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.backend?.dispose();
  }

  // ---------------------------------------------------------------- settings

  private apply(s: RdSettings): void {
    try {
      this.applyOrThrow(s);
      this.applied = s;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      // The grid prefixes its class name for developers; the user gets the sentence.
      this.refuse(e.message.replace(/^RdGrid: /, ''), s);
    }
  }

  private applyOrThrow(s: RdSettings): void {
    const prev = this.applied;
    const rebuild =
      !prev ||
      s.sim !== prev.sim ||
      (this.grid !== null &&
        (s.gridSize !== prev.gridSize || s.boundary !== prev.boundary || s.onUnstable !== prev.onUnstable));
    const paramsChanged = !prev || modelChanged(prev, s);
    if (rebuild) {
      this.build(s, prev);
    } else if (this.ode) {
      if (paramsChanged || s.dt !== prev.dt) this.rebuildOde(s);
    } else if (this.grid) {
      if (paramsChanged || s.dt !== prev.dt) this.reconfigureGrid(this.grid, modelParams(s), s.dt, prev.dt);
      if (s.seed !== prev.seed) this.reset();
    }
    if (rebuild || paramsChanged || s.dt !== prev?.dt) {
      this.refusal = '';
      this.updateStabilityNote();
    }
  }

  /**
   * New parameters and dt on the running grid. The smaller dt goes first, so that the in-between
   * setting is no less stable than the old or the new one (the 'refuse' policy checks both).
   */
  private reconfigureGrid(grid: RdGrid, p: RdParams, dt: number, oldDt: number): void {
    if (dt < oldDt) {
      grid.setDt(dt);
      grid.setParams(p);
    } else {
      grid.setParams(p);
      if (dt !== oldDt) grid.setDt(dt);
    }
    this.afterParams(grid.params);
  }

  /** Roll the store back to what is running (or the preset, when nothing runs yet), and say why. */
  private refuse(message: string, wanted: RdSettings): void {
    this.refusal = message;
    this.notify('error', `Refused: ${headline(message, ' (')} (details beside the panel).`);
    const back = this.applied ?? { ...wanted, ...presetFields(wanted.sim) };
    const { sim, gridSize, boundary, onUnstable, dt } = back;
    this.settings.getState().update({ ...modelParams(back), sim, gridSize, boundary, onUnstable, dt });
    // Half of a two-part change may have gone through (params accepted, dt refused): undo it.
    if (this.applied && this.grid && (modelChanged(this.applied, wanted) || this.grid.dt !== back.dt)) {
      this.reconfigureGrid(this.grid, modelParams(back), back.dt, this.grid.dt);
    }
    if (!this.applied) {
      this.applyOrThrow(this.settings.getState());
      this.applied = this.settings.getState();
      this.refusal = message;
    }
    this.seen = this.settings.getState();
  }

  /** A new ODE or grid for the settings (a new sim, or a grid of another size, boundary or policy). */
  private build(s: RdSettings, prev: RdSettings | null): void {
    const p = modelParams(s);
    this.sim = s.sim;
    if (s.sim === 'sim3') {
      const grid = new RdGrid({
        width: s.gridSize,
        height: s.gridSize,
        params: p,
        dt: s.dt,
        dx: RD_DX,
        boundary: s.boundary,
        onUnstable: s.onUnstable,
      });
      // Same sim and size (a new boundary or stability policy): the field carries over.
      const old = this.grid;
      const keep = old !== null && prev?.sim === s.sim && old.width === grid.width && old.status === 'ok';
      if (keep) {
        grid.u.set(old.u);
        grid.v.set(old.v);
        grid.t = old.t;
        grid.steps = old.steps;
      }
      this.grid = grid;
      this.ode = null;
      this.kind = 'pde';
      if (this.series.channels !== 3) this.series = new RingSeries(GRID_SAMPLES, 3);
      this.afterParams(grid.params);
      if (!keep) this.reset();
    } else {
      this.ode = new RdOde(p, s.dt);
      this.grid = null;
      this.kind = 'ode';
      if (this.series.channels !== 2) this.series = new RingSeries(ODE_SAMPLES, 2);
      this.afterParams(p);
      this.reset();
    }
    this.configVersion++;
  }

  /** New ODE parameters or dt: continue from the same state and time. */
  private rebuildOde(s: RdSettings): void {
    const old = this.ode as RdOde;
    const ode = new RdOde(modelParams(s), s.dt, old.u, old.v);
    ode.t = old.t;
    this.ode = ode;
    this.afterParams(modelParams(s));
  }

  /** Steady state, fastest mode and the period meter's level follow the parameters. */
  private afterParams(p: Readonly<RdParams>): void {
    this.steady = this.grid ? this.grid.steady : steadyState(p);
    this.fastest = this.grid ? fastestMode(p, Math.PI / RD_DX, { dx: RD_DX }) : null;
    this.period.reset(this.steady);
    this.paramsVersion++;
  }

  /**
   * The grid's stability verdict in words ('' when dt is within the limit). Built from the report,
   * not from `grid.message`, which a blow-up overwrites with its own story.
   */
  private updateStabilityNote(): void {
    const g = this.grid;
    let note = '';
    if (g && !g.stability.stable) {
      note =
        g.substeps > 1
          ? `${g.stability.message} Running each step as ${g.substeps} substeps of ${formatSig(g.dt / g.substeps)}.`
          : `Unsafe: ${g.stability.message}`;
    }
    if (note && note !== this.stabilityNote && g) {
      // The notice is the headline; the banner and the readout carry the whole explanation.
      const over = `dt = ${formatSig(g.dt)} is over the explicit-Euler stability limit ${formatSig(g.stability.limitDt)}`;
      this.notify(
        'warning',
        g.substeps > 1
          ? `${over}: running each step as ${g.substeps} substeps of ${formatSig(g.dt / g.substeps)}.`
          : `Unsafe: ${over}; the checkerboard mode grows ×${formatSig(g.stability.growthFactor)} per step.`,
      );
    }
    this.stabilityNote = note;
  }

  // ---------------------------------------------------------------- stepping

  private stepOde(deltaMs: number, s: RdSettings): number {
    const ode = this.ode as RdOde;
    this.clock.maxPerFrame = ODE_MAX_STEPS_PER_FRAME;
    const n = this.clock.tick(deltaMs, s.odeRate / ode.dt);
    for (let i = 0; i < n; i++) {
      ode.step(1);
      this.odeSteps++;
      const { u, v, t } = ode;
      // One comparison pair catches NaN, ±Inf and runaways (NaN fails both).
      if (!(u >= -MAX_ABS && u <= MAX_ABS && v >= -MAX_ABS && v <= MAX_ABS)) {
        this.stop(
          `Blow-up stopped the run at t ≈ ${t.toPrecision(4)}: u = ${u}, v = ${v}. ` +
            'RK4 needs dt·|λ| ≲ 2.8 for the stiffest rate λ, and v must stay positive (the model divides by it). ' +
            'Reset, or lower dt / change the parameters.',
        );
        return i;
      }
      this.period.push(t, u);
      this.record(t, u, v, 0);
    }
    this.uStats.min = this.uStats.max = this.uStats.mean = ode.u;
    this.vStats.min = this.vStats.max = this.vStats.mean = ode.v;
    return n;
  }

  private stepGrid(deltaMs: number, s: RdSettings): number {
    const grid = this.grid as RdGrid;
    this.clock.maxPerFrame = 2 * s.stepsPerFrame;
    const want = this.clock.tick(deltaMs, 60 * s.stepsPerFrame);
    const chunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / (grid.width * grid.height * grid.substeps)));
    const t0 = this.now();
    // When frames are slow anyway (a loaded machine), stepping may use half of the frame interval,
    // up to 50 ms, so that the simulation keeps moving; at 60 fps the base budget holds.
    const budget = Math.min(Math.max(this.budget, 0.5 * deltaMs), Math.max(this.budget, 50));
    let done = 0;
    // The period meter follows the centre cell step by step (a frame can span a third of a cycle).
    const probe = (grid.height >> 1) * grid.width + (grid.width >> 1);
    while (done < want) {
      const end = Math.min(done + chunk, want);
      while (done < end && grid.step(1) === 1) {
        done++;
        this.period.push(grid.t, grid.u[probe]);
      }
      if (grid.status !== 'ok') {
        this.stop(grid.message);
        break;
      }
      if (done < want && this.now() - t0 > budget) {
        this.meter.capped++;
        break;
      }
    }
    if (done > 0) this.fieldVersion++;
    return done;
  }

  private stop(message: string): void {
    this.blowUp = message;
    this.blowUpCell = this.grid ? firstRunaway(this.grid) : null;
    this.notify('error', `${headline(message, '. ')}. Paused; Reset to continue.`);
  }

  /** Time-series samples at a fixed spacing in simulated time (ODE: u, v; grid: mean, min, max of u). */
  private record(t: number, a: number, b: number, c: number): void {
    if (t >= this.nextSample) {
      this.series.push(t, a, b, c);
      const spacing = (this.ode ? ODE_WINDOW : GRID_WINDOW) / this.series.capacity;
      this.nextSample = Math.max(this.nextSample + spacing, t + 0.5 * spacing);
      this.seriesVersion++;
    }
    if (this.ode && t >= this.nextTrail) {
      this.trail.push(t, a, b);
      const spacing = Math.max(TRAIL_DT, this.ode.dt);
      this.nextTrail = Math.max(this.nextTrail + spacing, t + 0.5 * spacing);
    }
  }

  private clearRecords(): void {
    this.series.clear();
    this.trail.clear();
    this.period.reset(this.steady);
    this.nextSample = 0;
    this.nextTrail = 0;
    this.spectrum = null;
    this.spectrumVersion++;
    this.seriesVersion++;
    if (this.ode) {
      this.record(this.ode.t, this.ode.u, this.ode.v, 0);
      this.uStats.min = this.uStats.max = this.uStats.mean = this.ode.u;
      this.vStats.min = this.vStats.max = this.vStats.mean = this.ode.v;
    } else if (this.grid) {
      this.record(this.grid.t, this.uStats.mean, this.uStats.min, this.uStats.max);
    }
  }

  private applyDabs(): void {
    const grid = this.grid;
    if (this.dabCount === 0) return;
    if (grid) {
      const { brushRadius, brushAmount } = this.settings.getState();
      for (let i = 0; i < this.dabCount; i++) {
        const j = 3 * i;
        grid.perturb(this.dabs[j], this.dabs[j + 1], brushRadius, brushAmount * this.dabs[j + 2], 'u');
      }
      this.fieldVersion++;
    }
    this.dabCount = 0;
  }

  /** min/mean/max of both fields (allocation-free), the colour range, and a u(t) sample. */
  private gridStats(s: RdSettings): void {
    const grid = this.grid as RdGrid;
    // Nothing to do on a paused frame where neither the field nor the shown field changed.
    if (
      this.statsOf.field === this.fieldVersion &&
      this.statsOf.which === s.field &&
      this.statsOf.grid === grid
    )
      return;
    this.statsOf.field = this.fieldVersion;
    this.statsOf.which = s.field;
    this.statsOf.grid = grid;
    fieldStats(grid.u, this.uStats);
    fieldStats(grid.v, this.vStats);
    const st = s.field === 'u' ? this.uStats : this.vStats;
    this.quantiles.find(s.field === 'u' ? grid.u : grid.v, st.min, st.max, COLOR_QUANTILE, this.q);
    const r = colorRange(this.q.lo, this.q.hi, MIN_SPAN_OF_MEAN * Math.abs(st.mean));
    this.range.lo = r.lo;
    this.range.hi = r.hi;
    if (grid.t > 0 || this.series.length === 0)
      this.record(grid.t, this.uStats.mean, this.uStats.min, this.uStats.max);
  }

  /**
   * Rates over wall-clock time (not the frame deltas, which the game loop smooths and clamps: a
   * loaded machine drawing 15 frames a second still reports deltas of ≈ 16.7 ms).
   */
  private measure(steps: number): void {
    const m = this.meter;
    const now = this.now();
    if (Number.isNaN(m.since)) {
      m.since = now; // the meter starts at the end of this frame
      return;
    }
    m.frames++;
    m.steps += steps;
    m.simTime += steps * this.dt;
    const ms = now - m.since;
    if (ms >= 500) {
      const out = this.measured;
      out.fps = (1000 * m.frames) / ms;
      out.stepsPerSecond = (1000 * m.steps) / ms;
      out.simTimePerSecond = (1000 * m.simTime) / ms;
      out.stepsPerFrame = m.steps / m.frames;
      out.capped = m.capped > 0;
      this.meter = { since: now, frames: 0, steps: 0, simTime: 0, capped: 0 };
    }
  }

  /** About once a second while the field changes, send a copy of u to the spectrum backend. */
  private maybeSpectrum(deltaMs: number): void {
    const grid = this.grid as RdGrid;
    this.spectrumClock += deltaMs;
    if (!this.backend || this.spectrumPending || this.spectrumClock < SPECTRUM_EVERY_MS) return;
    if (this.spectrumField === this.fieldVersion && this.spectrum) return;
    this.spectrumClock = 0;
    this.spectrumField = this.fieldVersion;
    this.spectrumPending = true;
    const config = this.configVersion;
    const t = grid.t;
    const id = ++this.spectrumId;
    this.backend
      .compute({ id, field: grid.u.slice(), width: grid.width, height: grid.height, dx: grid.dx })
      .then(
        (r) => {
          this.spectrumPending = false;
          // A result for a grid that has since been replaced, or older than a reset, is dropped.
          if (this.disposed || config !== this.configVersion || t > (this.grid?.t ?? 0)) return;
          this.spectrum = { ...r, t, cells: r.wavelength / grid.dx };
          this.spectrumVersion++;
        },
        (e: Error) => {
          this.spectrumPending = false;
          if (!this.disposed) this.notify('warning', `Spectrum: ${e.message}`);
        },
      );
  }

  /** Ask for a spectrum at the next frame (tests, and after a pause). */
  requestSpectrum(): void {
    this.spectrumClock = SPECTRUM_EVERY_MS;
    this.spectrumField = -1;
  }
}

function modelChanged(a: RdSettings, b: RdSettings): boolean {
  return (
    a.a !== b.a ||
    a.b !== b.b ||
    a.c !== b.c ||
    a.r !== b.r ||
    a.K !== b.K ||
    a.n !== b.n ||
    a.hill !== b.hill ||
    a.Du !== b.Du ||
    a.Dv !== b.Dv ||
    a.crossDiffusion !== b.crossDiffusion
  );
}

/** The message up to the first `stop` (a notice's one line), at most 160 characters. */
function headline(message: string, stop: string): string {
  const i = message.indexOf(stop, 20);
  const head = i > 0 ? message.slice(0, i) : message;
  return head.length > 160 ? `${head.slice(0, 159)}…` : head;
}

/** The first cell whose u or v is NaN, ±Inf or beyond the runaway bound (the blow-up site). */
function firstRunaway(grid: RdGrid): { x: number; y: number } | null {
  for (const f of [grid.u, grid.v]) {
    for (let i = 0; i < f.length; i++) {
      if (!(Math.abs(f[i]) <= MAX_ABS)) return { x: i % grid.width, y: Math.floor(i / grid.width) };
    }
  }
  return null;
}

function fieldStats(f: Float64Array, out: FieldStats): void {
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
