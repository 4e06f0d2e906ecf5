/**
 * The reaction–diffusion scene's logic, without Phaser: it holds one typed sim (`OdeSim` for sims
 * 1–2, `GridSim` for sim 3; each owns its stepping and recording), steps it at the chosen speed
 * independent of the frame rate, applies live setting changes, and keeps the run's subscribable
 * state (`state`, src/play/rd/run-state.ts). The scene calls `frame(deltaMs)` once per frame and
 * draws what it finds; the panel writes the settings store and calls the run actions.
 *
 * - Sims 1–2: `odeRate` simulated time per wall-clock second.
 * - Sim 3: `stepsPerFrame` steps per 1/60 s through a `StepClock`, capped by a per-frame time
 *   budget so drawing keeps its share of the frame; the field's spectrum from a worker about once
 *   a second.
 *
 * Settings are applied at the start of a frame (STYLE: UI events only set state). A change the
 * dynamics refuse (the 'refuse' stability policy, or parameters with no steady state) is rolled
 * back in the store and explained (`refusal`, a notice); an unstable dt under 'subdivide' runs as
 * substeps and says so (`stabilityNote`, a notice); NaN/Inf/runaway values pause the run with the
 * reason (`blowUp`, a notice). Nothing is silent.
 */

import { type CodedErrorData, codedData } from '../../core/coded-error.ts';
import type { RdParams } from '../../dynamics/rd/index.ts';
import type { NoticeLevel, NoticeText } from '../../state/notices.ts';
import { modelParams, presetFields, type RdSettings, type RdSettingsStore } from '../../state/rd-settings.ts';
import { StepClock } from '../shared/step-clock.ts';
import { buildSim, modelChanged, needsRebuild, paramFacts } from './build-sim.ts';
import type { GridSim } from './grid-sim.ts';
import { stabilityWords, userMessage } from './messages.ts';
import { ODE_MAX_STEPS_PER_FRAME, type OdeSim } from './ode-sim.ts';
import { RateMeter } from './rate-meter.ts';
import { createRdRunState, type Moved, type RdRunState, type RdRunStore, type RdSim } from './run-state.ts';
import { refusalNotice, stabilityNotice, stoppedNotice } from './session-notices.ts';
import type { Advance } from './sim-common.ts';
import type { SpectrumBackend } from './spectrum-client.ts';
import { SpectrumSchedule } from './spectrum-schedule.ts';

export { GRID_WINDOW } from './grid-sim.ts';
export { ODE_WINDOW } from './ode-sim.ts';
export type { RdSim, SpectrumView } from './run-state.ts';
export type { FieldStats } from './sim-common.ts';

export interface RdSessionOptions {
  settings: RdSettingsStore;
  /** Computes spectra (a worker in the page); none → no spectrum. */
  spectrum?: SpectrumBackend;
  /** Wall clock in ms for the frame budget. Default `performance.now`. */
  now?: () => number;
  /** Most milliseconds of stepping per frame. Default 9 (of 16.7 at 60 fps). */
  frameBudgetMs?: number;
  /** Where user-facing messages go (the page's notices). */
  notify?: (level: NoticeLevel, text: NoticeText) => void;
}

export class RdSession {
  readonly settings: RdSettingsStore;
  /** The run's subscribable state (the sim, pause, blow-up, refusal, stability, spectrum, …). */
  readonly state: RdRunStore;
  private readonly rates = new RateMeter();
  private readonly spectra: SpectrumSchedule;
  /** The settings the running sim uses. */
  private applied: RdSettings;
  private seen: RdSettings;
  private readonly clock = new StepClock();
  private readonly now: () => number;
  private readonly budget: number;
  private readonly notify: (level: NoticeLevel, text: NoticeText) => void;
  /** What the grid's statistics were last computed for. */
  private readonly measuredFor: { moved: Moved | null; shown: string; sim: RdSim | null } = {
    moved: null,
    shown: '',
    sim: null,
  };

  constructor(options: RdSessionOptions) {
    this.settings = options.settings;
    this.now = options.now ?? (() => performance.now());
    this.budget = options.frameBudgetMs ?? 9;
    this.notify = options.notify ?? (() => {});
    let refusal = '';
    let refusalCode: CodedErrorData | null = null;
    let sim: RdSim;
    try {
      sim = buildSim(this.settings.getState()).sim;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      // Stored settings the dynamics refuse: say why, and start from the preset.
      refusal = userMessage(e);
      refusalCode = codedData(e) ?? null;
      this.rollBack({ ...this.settings.getState(), ...presetFields(this.settings.getState().sim) });
      sim = buildSim(this.settings.getState()).sim;
    }
    this.applied = this.settings.getState();
    this.seen = this.applied;
    this.state = createRdRunState({
      sim,
      paused: false,
      blowUp: '',
      blowUpCell: null,
      refusal,
      stabilityNote: '',
      coded: { blowUp: null, refusal: refusalCode, stability: null },
      ...paramFacts(sim),
      spectrum: null,
      moved: { t: sim.t, steps: sim.steps },
    });
    this.spectra = new SpectrumSchedule(options.spectrum, this.state, (text) =>
      this.notify('warning', (t) => t.rd.notices.spectrumFailed({ why: text.replace(/^Spectrum: /, '') })),
    );
    if (refusal) this.notify('error', refusalNotice(refusal, refusalCode));
    this.updateStabilityNote();
    if (sim.kind === 'pde') this.measureGrid(sim, this.applied);
  }

  // ---------------------------------------------------------------- read-only views

  /** Measured over the last half second or so (read in the frame; not state). */
  get measured(): RateMeter['measured'] {
    return this.rates.measured;
  }

  get sim(): RdSim {
    return this.state.getState().sim;
  }

  get paused(): boolean {
    return this.state.getState().paused;
  }

  /** Running = not paused and not stopped by a blow-up. */
  get running(): boolean {
    const st = this.state.getState();
    return !st.paused && st.blowUp === '';
  }

  get blowUp(): string {
    return this.state.getState().blowUp;
  }

  get refusal(): string {
    return this.state.getState().refusal;
  }

  get stabilityNote(): string {
    return this.state.getState().stabilityNote;
  }

  get spectrum(): RdRunState['spectrum'] {
    return this.state.getState().spectrum;
  }

  get fastest(): RdRunState['fastest'] {
    return this.state.getState().fastest;
  }

  get steady(): number {
    return this.state.getState().steady;
  }

  /** Simulated time of the running sim. */
  get t(): number {
    return this.sim.t;
  }

  /** Steps taken since the last reset. */
  get steps(): number {
    return this.sim.steps;
  }

  get dt(): number {
    return this.sim.dt;
  }

  /** The parameters the running sim actually uses. */
  get params(): RdParams {
    return { ...this.sim.params };
  }

  /** Whether the grid's u varies enough for a wavelength to mean anything. */
  get patterned(): boolean {
    const sim = this.sim;
    return sim.kind === 'pde' && sim.patterned;
  }

  // ---------------------------------------------------------------- frame and commands

  /**
   * One frame: apply changed settings and queued paint, then step for `wallMs`, the real time since
   * the last frame (the scene's frame clock: src/play/shared/frame-clock.ts).
   */
  frame(wallMs: number): void {
    const s = this.settings.getState();
    if (s !== this.seen) {
      this.seen = s;
      this.apply(s);
    }
    const sim = this.sim;
    let moved = sim.kind === 'pde' && sim.applyDabs(s.brushRadius, s.brushAmount);
    let r: Advance = { done: 0, capped: false, failure: '' };
    if (this.running) {
      r = sim.kind === 'pde' ? this.stepGrid(sim, wallMs, s) : this.stepOde(sim, wallMs, s);
      if (r.failure) this.stop(r.failure, r.problem ?? null);
      moved ||= r.done > 0;
    }
    if (moved) this.markMoved();
    if (sim.kind === 'pde') {
      this.measureGrid(sim, s);
      this.spectra.tick(sim, wallMs);
    }
    this.rates.frame(this.now(), r.done, sim.dt, r.capped);
  }

  pause(): void {
    this.state.setState({ paused: true });
  }

  resume(): void {
    this.state.setState({ paused: false });
    this.clock.reset();
  }

  togglePause(): void {
    if (this.paused) this.resume();
    else this.pause();
  }

  /** Back to t = 0: the ODE just above the steady state; the grid at the steady state plus seeded noise. */
  reset(): void {
    const s = this.settings.getState();
    const sim = this.sim;
    this.clock.reset();
    if (sim.kind === 'pde') sim.reset(s.noise, s.seed);
    else sim.reset();
    this.state.setState({
      blowUp: '',
      blowUpCell: null,
      spectrum: null,
      coded: this.coded({ blowUp: null }),
    });
    this.markMoved();
    if (sim.kind === 'pde') this.measureGrid(sim, s);
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

  /** Queue a brush stroke from (x0, y0) to (x1, y1) in cell coordinates (sim 3; `sign` −1 lowers u). */
  paint(x0: number, y0: number, x1 = x0, y1 = y0, sign: 1 | -1 = 1): void {
    const sim = this.sim;
    if (sim.kind === 'pde') sim.paint(x0, y0, x1, y1, sign, this.settings.getState().brushRadius);
  }

  /** Ask for a spectrum at the next frame (tests, and after a pause). */
  requestSpectrum(): void {
    this.spectra.requestNow();
  }

  dispose(): void {
    this.spectra.dispose();
  }

  // ---------------------------------------------------------------- settings

  private apply(s: RdSettings): void {
    try {
      this.applyOrThrow(s);
      this.applied = s;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      this.refuse(userMessage(e), s, codedData(e) ?? null);
    }
  }

  private applyOrThrow(s: RdSettings): void {
    const prev = this.applied;
    const sim = this.sim;
    const rebuild = needsRebuild(sim, prev, s);
    const paramsChanged = modelChanged(prev, s);
    const dtChanged = s.dt !== prev.dt;
    if (rebuild) {
      const next = buildSim(s, sim, prev);
      this.state.setState({ sim: next.sim, spectrum: null, ...paramFacts(next.sim) });
      if (!next.carried) {
        this.clock.reset();
        this.state.setState({ blowUp: '', blowUpCell: null, coded: this.coded({ blowUp: null }) });
      }
      this.markMoved();
    } else {
      if (paramsChanged || dtChanged) {
        sim.configure(modelParams(s), s.dt);
        this.state.setState(paramFacts(sim));
      }
      if (sim.kind === 'pde' && s.seed !== prev.seed) this.reset();
    }
    if (rebuild || paramsChanged || dtChanged) {
      this.state.setState({ refusal: '', coded: this.coded({ refusal: null }) });
      this.updateStabilityNote();
    }
  }

  /** Roll the store back to what is running, undo half of a two-part change, and say why. */
  private refuse(message: string, wanted: RdSettings, coded: CodedErrorData | null): void {
    this.state.setState({ refusal: message, coded: this.coded({ refusal: coded }) });
    this.notify('error', refusalNotice(message, coded));
    const back = this.applied;
    this.rollBack(back);
    // Half of a two-part change may have gone through (params accepted, dt refused): undo it.
    const sim = this.sim;
    if (sim.kind === 'pde' && (modelChanged(back, wanted) || sim.dt !== back.dt)) {
      sim.configure(modelParams(back), back.dt);
      this.state.setState(paramFacts(sim));
    }
    this.seen = this.settings.getState();
  }

  private rollBack(to: RdSettings): void {
    const { sim, gridSize, boundary, onUnstable, dt } = to;
    this.settings.getState().update({ ...modelParams(to), sim, gridSize, boundary, onUnstable, dt });
  }

  /** The stability note follows the running dt; a new verdict is also a notice. */
  private updateStabilityNote(): void {
    const sim = this.sim;
    const { note, notice } = sim.kind === 'pde' ? stabilityWords(sim.grid) : { note: '', notice: '' };
    const problem = sim.kind === 'pde' && note ? sim.grid.problem : null;
    if (note && note !== this.stabilityNote) this.notify('warning', stabilityNotice(notice, problem));
    this.state.setState({ stabilityNote: note, coded: this.coded({ stability: problem }) });
  }

  // ---------------------------------------------------------------- stepping

  private stepOde(sim: OdeSim, deltaMs: number, s: RdSettings): Advance {
    this.clock.maxPerFrame = ODE_MAX_STEPS_PER_FRAME;
    return sim.advance(this.clock.tick(deltaMs, s.odeRate / sim.dt));
  }

  private stepGrid(sim: GridSim, deltaMs: number, s: RdSettings): Advance {
    this.clock.maxPerFrame = 2 * s.stepsPerFrame;
    const want = this.clock.tick(deltaMs, 60 * s.stepsPerFrame);
    // When frames are slow anyway (a loaded machine), stepping may use half of the frame interval,
    // up to 50 ms, so that the simulation keeps moving; at 60 fps the base budget holds.
    const budget = Math.min(Math.max(this.budget, 0.5 * deltaMs), Math.max(this.budget, 50));
    return sim.advance(want, this.now, budget);
  }

  private stop(message: string, problem: CodedErrorData | null): void {
    const sim = this.sim;
    this.state.setState({
      blowUp: message,
      blowUpCell: sim.kind === 'pde' ? sim.firstRunaway() : null,
      coded: this.coded({ blowUp: problem }),
    });
    this.notify('error', stoppedNotice(message, problem));
  }

  /** The coded messages with some replaced (a new object, so subscribers see the change). */
  private coded(change: Partial<RdRunState['coded']>): RdRunState['coded'] {
    return { ...this.state.getState().coded, ...change };
  }

  /** The sim's numbers moved: a fresh marker for the views that redraw on it. */
  private markMoved(): void {
    const sim = this.sim;
    this.state.setState({ moved: { t: sim.t, steps: sim.steps } });
  }

  /** The grid's statistics and colour range, when the field or the shown field changed. */
  private measureGrid(sim: GridSim, s: RdSettings): void {
    const m = this.measuredFor;
    const moved = this.state.getState().moved;
    if (m.moved === moved && m.shown === s.field && m.sim === sim) return;
    m.moved = moved;
    m.shown = s.field;
    m.sim = sim;
    sim.measure(s.field);
  }
}
