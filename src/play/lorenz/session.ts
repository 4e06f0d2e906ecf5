/**
 * The Lorenz scene's logic, without Phaser: the live trajectories and their sensitivity meter, the
 * camera, the settings as last applied, and the worker jobs (spectrum of the current parameters,
 * the sweep). Their results, the pause and the blow-up live in the run state (`state`, a zustand
 * store the figure, panel and readout subscribe to). The scene calls `frame(deltaMs)` once per
 * frame and draws.
 *
 * Settings are read at the start of each frame and applied by what changed:
 * - σ, r, b: live (the next step uses them); the sensitivity run restarts from the reference's
 *   current point, the spectrum is recomputed (debounced), and the sweep is recomputed when a
 *   parameter it does not sweep changed.
 * - dt: live; trail capacity follows. Trail length and trajectory count: resize, keep the reference.
 * - sweep range/count/parameter: recompute the sweep (debounced; sliders emit many changes).
 * A blow-up (NaN/Inf) pauses the run and keeps the message until something changes or the user
 * resumes or restarts, which starts again from a fresh point.
 */

import { codedData } from '../../core/coded-error.ts';
import { Rng } from '../../core/rng.ts';
import type { LorenzBlowUpError, LorenzParams } from '../../dynamics/lorenz/index.ts';
import type { LorenzSettings, LorenzSettingsStore } from '../../state/lorenz-settings.ts';
import { notify } from '../../state/notices.ts';
import { StepClock } from '../shared/step-clock.ts';
import { LorenzCamera, type Viewport } from './camera.ts';
import { FitWindow } from './fit-window.ts';
import { LorenzFlock, TRAIL_SPACING, trailCapacity } from './flock.ts';
import { createLorenzRunState, type LorenzRunStore, progressOf, type SpectrumState } from './run-state.ts';
import { SAMPLE_EVERY, SensitivityMeter } from './sensitivity.ts';
import type { LorenzBackend } from './sweep-client.ts';
import type { FromLorenzWorker, SweepConfig } from './sweep-protocol.ts';
import { SweepResults } from './sweep-results.ts';

/** Time a finished sensitivity run stays on screen before the copies are placed again. */
export const RESTART_AFTER = 4;
/**
 * After σ, r or b change, the copies are placed again only after this much time, once the orbit has
 * left the old attractor: a separation measured during that transient says nothing about the new one.
 */
export const SETTLE_TIME = 5;
/** Time the reference runs, unseen, before the first frame, so the trail shows the attractor. */
const WARM_UP = 40;
const SPECTRUM_DEBOUNCE_MS = 250;
/** Longest frame whose whole duration advances the flow (see `advance`). */
const MAX_FRAME_MS = 1000;
const SWEEP_DEBOUNCE_MS = 450;
/** Camera easing time constant (seconds). */
const FIT_TAU = 0.6;

export type { SpectrumState } from './run-state.ts';

export interface LorenzSessionOptions {
  settings: LorenzSettingsStore;
  backend: LorenzBackend;
  viewport: Viewport;
  /** Seed of the starting point and of the copies' offsets. Default 1. */
  seed?: number;
}

const paramsOf = (s: LorenzSettings): LorenzParams => ({ sigma: s.sigma, r: s.r, b: s.b });

/** Whether the sweep must be recomputed: it depends on everything but the swept parameter's live value. */
function sweepChanged(a: LorenzSettings, b: LorenzSettings): boolean {
  if (a.sweepParam !== b.sweepParam) return true;
  if (a.sweepFrom !== b.sweepFrom || a.sweepTo !== b.sweepTo || a.sweepCount !== b.sweepCount) return true;
  return (['sigma', 'r', 'b'] as const).some((k) => k !== b.sweepParam && a[k] !== b[k]);
}

export class LorenzSession {
  readonly settings: LorenzSettingsStore;
  readonly camera: LorenzCamera;
  readonly meter = new SensitivityMeter();
  /** The run's subscribable state (pause, blow-up, the worker's spectrum and sweep). */
  readonly state: LorenzRunStore;
  flock: LorenzFlock;
  /** Bounding box of the part of the reference's trail the camera frames (see `FitWindow`). */
  readonly boxMin = new Float64Array(3);
  readonly boxMax = new Float64Array(3);
  /** Counts frames and steps, for tests and the HUD. */
  steps = 0;

  private readonly fitWindow = new FitWindow();
  private readonly backend: LorenzBackend;
  private readonly clock = new StepClock(50_000);
  private readonly seed: number;
  private applied: LorenzSettings;
  private ms = 0;
  private spectrumId = 0;
  private sweepId = 0;
  private spectrumDueAt = -1;
  private sweepDueAt = -1;
  private restarts = 0;
  /** Flock time at which to place the copies again (after a parameter change), or −1. */
  private placeAt = -1;

  constructor(options: LorenzSessionOptions) {
    this.settings = options.settings;
    this.backend = options.backend;
    this.seed = options.seed ?? 1;
    this.camera = new LorenzCamera(options.viewport);
    const s = this.settings.getState();
    this.applied = { ...s };
    const results = new SweepResults(0, this.sweepConfig(s));
    this.state = createLorenzRunState({
      paused: false,
      blowUp: null,
      blowUpShort: null,
      blowUpError: null,
      workerError: null,
      spectrum: { params: paramsOf(s), spectrum: null, time: 0, behaviour: null, done: false, error: null },
      results,
      sweep: progressOf(results),
    });
    this.flock = this.freshFlock(s);
    this.meter.begin(this.flock.time);
    this.fitCamera(1);
    this.backend.onMessage = (msg) => this.receive(msg);
    this.requestSpectrum();
    this.requestSweep();
  }

  get params(): LorenzParams {
    return paramsOf(this.applied);
  }

  get paused(): boolean {
    return this.state.getState().paused;
  }

  get blowUp(): string | null {
    return this.state.getState().blowUp;
  }

  get blowUpShort(): string | null {
    return this.state.getState().blowUpShort;
  }

  get workerError(): string | null {
    return this.state.getState().workerError;
  }

  get spectrum(): SpectrumState {
    return this.state.getState().spectrum;
  }

  get results(): SweepResults {
    return this.state.getState().results;
  }

  /** Advance by one frame of `deltaMs` wall time. */
  frame(deltaMs: number): void {
    this.ms += deltaMs;
    this.applySettings();
    if (!this.paused) this.advance(deltaMs);
    const spin = this.applied.spin;
    this.camera.spin(deltaMs / 1000, spin);
    this.fitCamera(1 - Math.exp(-deltaMs / 1000 / FIT_TAU));
    if (this.spectrumDueAt >= 0 && this.ms >= this.spectrumDueAt) this.requestSpectrum();
    if (this.sweepDueAt >= 0 && this.ms >= this.sweepDueAt) this.requestSweep();
  }

  pause(): void {
    this.state.setState({ paused: true });
  }

  /** Resume; after a blow-up, start again from a fresh point. */
  resume(): void {
    if (this.blowUp) this.restartFresh();
    this.state.setState({ paused: false });
  }

  togglePause(): void {
    if (this.paused) this.resume();
    else this.pause();
  }

  /** Default angles and zoom, framing the attractor now running at once. */
  resetView(): void {
    this.camera.reset();
    this.fitCamera(1);
  }

  /** Place the copies 1e-6 from the reference again and start a new sensitivity run. */
  restartTrajectories(): void {
    this.placeAt = -1;
    if (this.blowUp) {
      this.restartFresh();
      this.state.setState({ paused: false });
      return;
    }
    this.flock.place(this.flock.state.subarray(0, 3));
    this.meter.begin(this.flock.time);
  }

  /** Set the swept parameter (a click on the figure). Returns the store's refusal or null. */
  setSweptValue(value: number): string | null {
    const key = this.applied.sweepParam;
    const rounded = Number(value.toPrecision(5));
    return this.settings.getState().update({ [key]: rounded } as Partial<LorenzSettings>);
  }

  dispose(): void {
    this.backend.onMessage = () => {};
    this.backend.send({ type: 'stop' });
    this.backend.dispose();
  }

  // ---------------------------------------------------------------------------------------------

  private freshFlock(s: LorenzSettings): LorenzFlock {
    // A generic start (x, y, z ~ N(0, 1)) then an unseen warm-up, recorded in the trail.
    const rng = new Rng(`${this.seed}/start/${this.restarts++}`);
    const start = [rng.normal(), rng.normal(), rng.normal()];
    const flock = new LorenzFlock(s.trajectories, trailCapacity(s.trail, s.dt), this.seed, start);
    const warm = new LorenzFlock(1, trailCapacity(s.trail, s.dt), this.seed, start);
    const steps = Math.round(Math.min(WARM_UP, s.trail * 2) / s.dt);
    if (warm.advance(paramsOf(s), s.dt, steps) === steps) {
      flock.trails[0] = warm.trails[0];
      flock.place(warm.state.subarray(0, 3));
    } else {
      this.onBlowUp(warm.blowUp as LorenzBlowUpError);
    }
    return flock;
  }

  private restartFresh(): void {
    this.state.setState({ blowUp: null, blowUpShort: null, blowUpError: null });
    this.flock = this.freshFlock(this.applied);
    this.meter.begin(this.flock.time);
    this.meter.resetHistory();
  }

  private applySettings(): void {
    const s = this.settings.getState();
    const a = this.applied;
    if (s === a) return;
    const paramsChanged = s.sigma !== a.sigma || s.r !== a.r || s.b !== a.b;
    const dtChanged = s.dt !== a.dt;
    const trailChanged = s.trail !== a.trail;
    const countChanged = s.trajectories !== a.trajectories;
    this.applied = { ...s };
    if ((paramsChanged || dtChanged) && this.blowUp) {
      this.restartFresh();
      this.state.setState({ paused: false });
    } else if (countChanged) {
      const ref = this.flock.trails[0];
      const next = new LorenzFlock(
        s.trajectories,
        trailCapacity(s.trail, s.dt),
        this.seed,
        this.flock.state.subarray(0, 3),
      );
      next.time = this.flock.time;
      next.trails[0] = ref;
      ref.resize(trailCapacity(s.trail, s.dt));
      this.flock = next;
      this.meter.begin(next.time);
    } else if (trailChanged || dtChanged) {
      this.flock.resizeTrails(trailCapacity(s.trail, s.dt));
    }
    if (paramsChanged) {
      this.fitWindow.markChange(this.flock.trails[0], Math.max(s.dt, TRAIL_SPACING));
      this.placeAt = this.flock.time + SETTLE_TIME;
      this.meter.begin(this.flock.time);
      this.meter.settling = true;
      this.meter.resetHistory();
      this.spectrumDueAt = this.ms + SPECTRUM_DEBOUNCE_MS;
    }
    if (sweepChanged(a, s)) this.sweepDueAt = this.ms + SWEEP_DEBOUNCE_MS;
  }

  private advance(deltaMs: number): void {
    const { dt, speed } = this.applied;
    // StepClock counts at most 250 ms of a frame (a tab back from the background must not replay
    // minutes). A slow frame (software WebGL on a busy machine) should still not slow the flow below
    // its speed, so frames up to MAX_FRAME_MS are fed to it in 250 ms pieces.
    let n = 0;
    for (let left = Math.min(deltaMs, MAX_FRAME_MS); left > 0; left -= 250) {
      n += this.clock.tick(Math.min(left, 250), speed / dt);
    }
    const p = this.params;
    // Chunks of at most one sample interval, so the sensitivity meter samples on time.
    const chunk = Math.max(1, Math.floor(SAMPLE_EVERY / dt));
    while (n > 0) {
      const k = Math.min(n, chunk);
      const done = this.flock.advance(p, dt, k);
      this.steps += done;
      if (done < k) {
        this.onBlowUp(this.flock.blowUp as LorenzBlowUpError);
        return;
      }
      n -= k;
      if (this.placeAt >= 0 && this.flock.time >= this.placeAt) this.restartTrajectories();
      this.meter.record(this.flock);
      if (this.meter.ended && this.flock.time - this.meter.endedAt >= RESTART_AFTER)
        this.restartTrajectories();
    }
  }

  private onBlowUp(error: LorenzBlowUpError): void {
    const blowUp = `Paused: ${error.message}`;
    const dtLimit = error.dt > 0.1 ? ` dt = ${error.dt} is beyond RK4's stability limit here.` : '';
    const blowUpShort =
      `Blew up at t ≈ ${error.time.toFixed(2)}: the state became NaN/Infinity.${dtLimit}\n` +
      'Lower dt or change σ, r, b: the run restarts from a fresh point.';
    const coded = codedData(error) ?? null;
    this.state.setState({ paused: true, blowUp, blowUpShort, blowUpError: coded });
    // Worded by the notice view in the current language (the error's code and values).
    notify('error', (t) =>
      coded ? t.lorenz.notices.blowUp({ why: t.errors.codes['lorenz-blow-up'](error.values) }) : blowUp,
    );
  }

  /** Ease the camera towards the part of the reference's trail that `fitWindow` frames. */
  private fitCamera(blend: number): void {
    const trail = this.flock.trails[0];
    this.fitWindow.box(trail, this.flock.state, this.boxMin, this.boxMax);
    this.camera.fit(
      this.boxMin,
      this.boxMax,
      trail,
      blend,
      trail.length - this.fitWindow.pointsToFrame(trail),
    );
  }

  private sweepConfig(s: LorenzSettings): SweepConfig {
    return { param: s.sweepParam, from: s.sweepFrom, to: s.sweepTo, count: s.sweepCount, ...paramsOf(s) };
  }

  private requestSpectrum(): void {
    this.spectrumDueAt = -1;
    const id = ++this.spectrumId;
    const params = this.params;
    this.state.setState({
      spectrum: { params, spectrum: null, time: 0, behaviour: null, done: false, error: null },
    });
    const ref = Array.from(this.flock.state.subarray(0, 3));
    this.backend.send({
      type: 'spectrum',
      id,
      params,
      initial: ref.every(Number.isFinite) ? ref : undefined,
    });
  }

  private requestSweep(): void {
    this.sweepDueAt = -1;
    const id = ++this.sweepId;
    const config = this.sweepConfig(this.applied);
    const results = new SweepResults(id, config);
    this.state.setState({ results, sweep: progressOf(results) });
    this.backend.send({ type: 'sweep', id, config });
  }

  private receive(msg: FromLorenzWorker): void {
    if (msg.type === 'spectrum') {
      if (msg.id !== this.spectrumId) return;
      const { spectrum, time, behaviour, done } = msg;
      this.state.setState({ spectrum: { ...this.spectrum, spectrum, time, behaviour, done, error: null } });
    } else if (msg.type === 'spectrum-error') {
      if (msg.id !== this.spectrumId) return;
      this.state.setState({ spectrum: { ...this.spectrum, error: msg.message, done: true } });
    } else if (msg.type === 'error') {
      this.state.setState({ workerError: msg.message });
      notify('error', (t) => t.lorenz.notices.worker({ why: msg.message }));
    } else {
      const results = this.results;
      if (results.apply(msg)) this.state.setState({ sweep: progressOf(results) });
    }
  }
}
