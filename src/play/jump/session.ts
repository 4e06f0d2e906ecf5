/**
 * The jump session: a small coordinator over parts with one job each. The lanes (`JumpLane`: an
 * agent with its env, runner, series and gradient record; two in Compare), the mode's track
 * (`JumpModes`: the lanes in Watch, the user's runner in Play, the latest θ in Turbo), the Turbo
 * hand-over (`JumpTurbo`), persistence (`Autosave`) and the settings sync (`SettingsSync`, with the
 * rules in `JumpStructure`). It publishes what changed to a run-state store (`runState`) that the
 * scene, the panel and the charts subscribe to. No Phaser and no DOM.
 *
 * The agents have one home at a time. In Turbo they live in the worker; the page keeps mirrors whose
 * θ follows every snapshot. Anything that needs the real agents first brings them home with their
 * generator states and episode indices; an episode in progress, and the batch it belongs to, is
 * abandoned on every hand-over.
 *
 * Compare: lane 0 is the agent with the panel's baseline, lane 1 a copy with the other one. Both have
 * the same run seed and start every episode together on the page, so they meet the same holes; in
 * the worker each lane's episode k is the same hole too.
 */
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import type { SavedAgent } from '../../agents/types.ts';
import type { EnvSpec } from '../../envs/types.ts';
import {
  type JumpMode,
  type JumpSettings,
  type JumpSettingsStore,
  REAL_TIME_SPEED,
} from '../../state/jump-settings.ts';
import { notify } from '../../state/notices.ts';
import { Autosave, noStorage } from '../shared/autosave.ts';
import { createRunStore, publish } from '../shared/run-store.ts';
import { SESSION_DEFAULTS, type SessionOptions } from '../shared/session-options.ts';
import { SettingsSync } from '../shared/settings-sync.ts';
import { jumpEnvFor } from './agents.ts';
import type { GradientComparison } from './gradients.ts';
import type { JumpLane } from './lane.ts';
import { learnerOf } from './learners.ts';
import { divergedWords, JUMP_MESSAGES } from './messages.ts';
import { JumpModes, type LaneSource, type PlayStats } from './modes.ts';
import { groundValue, jumpProbability } from './policy.ts';
import { type JumpRunState, type JumpRunStore, laneFacts } from './run-state.ts';
import { exportJumpAgent, keptAgents, readJumpAgentFile } from './session-files.ts';
import { JumpStructure } from './structure.ts';
import type { JumpTrack } from './track.ts';
import { JumpTurbo } from './turbo.ts';

export type { PlayStats };

export type JumpSessionOptions = SessionOptions<JumpSettingsStore> & {
  /**
   * Opened from a shared link: start new agents from the settings (the link's seed) rather than the
   * kept ones, which an Undo can bring back.
   */
  fromLink?: boolean;
};

export class JumpSession implements LaneSource {
  readonly settings: JumpSettingsStore;
  /** What changed, for the scene, the panel and the charts to subscribe to. */
  readonly runState: JumpRunStore;
  /** Lane 0: the agent; lane 1 (Compare): its twin with the other baseline. */
  lanes: readonly JumpLane[];
  /** Seed of the training episodes (kept with the agents, so hand-overs see the same holes). */
  runSeed = 1;
  /** The env spec every lane uses (the agent's, from its provenance). */
  envSpec: EnvSpec = jumpEnvFor(undefined).spec;
  mode: JumpMode;
  paused = false;
  /** What the scene draws: the training lanes (Watch), the user's runner (Play) or the preview (Turbo). */
  track: JumpTrack;
  /** The η at which training last diverged (cleared on Resume or a new agent). */
  private divergedAt: number | null = null;
  disposed = false;
  /** The Turbo link (the worker's agents and their snapshots). */
  readonly worker: JumpTurbo;
  private readonly modes: JumpModes;
  private readonly structure = new JumpStructure(this);
  private readonly sync_: SettingsSync<JumpSettings>;
  private readonly autosave: Autosave;
  private readonly now: () => number;
  private readonly frameBudgetMs: number;
  private deadline = 0;
  private readonly overBudget = () => this.now() > this.deadline;

  constructor(options: JumpSessionOptions) {
    this.settings = options.settings;
    this.now = options.now ?? (() => performance.now());
    this.frameBudgetMs = options.frameBudgetMs ?? SESSION_DEFAULTS.frameBudgetMs;
    const storage = options.storage ?? noStorage;
    this.autosave = new Autosave(storage, this.now, options.saveEveryMs ?? SESSION_DEFAULTS.saveEveryMs, () =>
      keptAgents(this),
    );
    this.worker = new JumpTurbo({
      create: options.createTurbo,
      now: this.now,
      snapshotMs: options.snapshotMs ?? SESSION_DEFAULTS.snapshotMs,
      stopTimeoutMs: options.stopTimeoutMs ?? SESSION_DEFAULTS.stopTimeoutMs,
      onSnapshot: (diverged) => this.onSnapshot(diverged),
      onError: (message) => this.structure.turboFailed(message),
      onTheta: (i, theta) => this.modes.previewTheta(i, theta),
    });
    this.sync_ = new SettingsSync(this.settings, this.structure);
    const s = this.settings.getState();
    this.mode = s.mode;
    this.lanes = options.fromLink
      ? this.structure.startFromLink(storage, s)
      : (this.structure.restore(storage) ?? this.structure.freshStart(s));
    // The settings store wins for params (they are what the panel shows).
    this.structure.applyParams(s);
    this.sync_.markApplied();
    this.modes = new JumpModes(this);
    this.track = this.modes.track(this.mode, this.displaySpeed);
    this.runState = createRunStore(this.facts());
  }

  // ------------------------------------------------------------------ reading

  /** Why training stopped at the last divergence, in the current language; null when it did not. */
  get diverged(): string | null {
    return this.divergedAt === null ? null : divergedWords(this.divergedAt);
  }

  get compare(): boolean {
    return this.lanes.length > 1;
  }

  get agent(): PolicyGradientAgent {
    return this.lanes[0].agent;
  }

  get play(): PlayStats {
    return this.modes.play;
  }

  get turboRunning(): boolean {
    return this.worker.running;
  }

  /** The worker's numbers: steps/s, snapshots (count, rate, last time), next episode per lane. */
  get turbo() {
    return this.worker.stats;
  }

  /** Training episodes of the main agent (page and worker together), as an episode index. */
  get episodes(): number {
    return this.turboRunning ? (this.worker.stats.episodes[0] ?? 0) : this.lanes[0].episodes;
  }

  /** Whether an asynchronous hand-over (bringing the agents home from the worker) is under way. */
  get switching(): boolean {
    return this.sync_.busy;
  }

  /** Speed of the track on screen: Watch as set; Play and the Turbo preview at most in real time. */
  get displaySpeed(): number {
    const speed = this.settings.getState().speed;
    return this.mode === 'watch' ? speed : Math.min(speed, REAL_TIME_SPEED);
  }

  /** The lane whose agent uses the mean baseline: its updates carry both estimates on the same batch. */
  get gradientLane(): JumpLane | null {
    return this.lanes.find((l) => learnerOf(l.agent) === 'mean') ?? null;
  }

  gradientComparison(): GradientComparison | null {
    return this.gradientLane?.grads.compare() ?? null;
  }

  /** π(jump | distance d, on the ground) of lane `lane`'s current θ. */
  jumpProbability(d: number, lane = 0): number {
    return jumpProbability(this.lanes[lane].agent, d);
  }

  /** v̂(distance d, on the ground) of lane `lane`, or NaN when it learns no value function. */
  groundValue(d: number, lane = 0): number {
    return groundValue(this.lanes[lane].agent, d);
  }

  // ------------------------------------------------------------------ the frame

  /** One display frame: apply what changed, then advance the track on screen. */
  frame(deltaMs: number): void {
    this.sync();
    if (!this.switching && !this.disposed && !this.paused && !(this.mode === 'turbo' && !this.turboRunning)) {
      this.deadline = this.now() + this.frameBudgetMs;
      try {
        this.track.advance(deltaMs, this.displaySpeed, this.overBudget);
      } catch (e) {
        this.onStepError(e);
      }
      this.drainLanes();
      this.autosave.tick();
    }
    this.publish();
  }

  /** Apply the settings store and queued actions (see `SettingsSync`). */
  sync(): void {
    this.sync_.sync();
  }

  /** Resolves once every pending change has been applied (for tests and for shutdown). */
  async settle(): Promise<void> {
    await this.sync_.settle();
    this.publish();
  }

  // ------------------------------------------------------------------ controls

  pause(): void {
    this.paused = true;
    this.publish();
  }

  resume(): void {
    this.paused = false;
    this.divergedAt = null;
    this.publish();
  }

  /** One step of Watch (both lanes in Compare), pausing first. Returns false in other modes. */
  stepOnce(): boolean {
    this.sync();
    if (this.switching || this.mode !== 'watch') return false;
    this.paused = true;
    try {
      this.track.stepOnce();
    } catch (e) {
      this.onStepError(e);
    }
    this.drainLanes();
    this.publish();
    return true;
  }

  /**
   * Play: jump at the next step (Space / ↑ / a tap); a run that waits for the player starts instead.
   * Returns false when not playing or between episodes.
   */
  jump(): boolean {
    if (this.mode === 'play' && !this.paused && this.track.start()) return true;
    if (this.mode !== 'play' || this.paused || this.track.phase !== 'run' || !this.modes.playing)
      return false;
    this.modes.requestJump();
    return true;
  }

  /** Abandon the episode on screen; the next one (a new hole) starts. Keeps everything learned. */
  resetEpisode(): void {
    if (this.mode === 'turbo') {
      this.track.restartEpisodes(this.displaySpeed);
      return;
    }
    this.sync_.queue(() => {
      if (this.mode === 'play') this.modes.nextPlayEpisode();
      else this.restartLanes(Math.max(...this.lanes.map((l) => l.episodes)) + 1);
      this.enterMode(this.mode);
    });
  }

  /** New agents from the panel's seed: θ starts from zero (asked for by the user; Undo brings the old ones back). */
  resetAgent(): void {
    this.sync_.queue(() => {
      const s = this.settings.getState();
      this.structure.newAgents(s, JUMP_MESSAGES.newAgents(s));
      this.enterMode(this.mode);
    });
  }

  /** Bring back the agents the last Reset or import set aside. False when there are none. */
  undo(): boolean {
    return this.structure.undo.undo();
  }

  /**
   * Import a saved agent (the text of a JSON file, e.g. the CLI's `--out`). Everything is checked
   * before anything changes: a bad file is refused with a message (returned and notified) and the
   * current agents are untouched.
   */
  importAgent(text: string, fileName?: string): string | null {
    const { loaded, refused } = readJumpAgentFile(text, fileName);
    if (!loaded) return refused;
    this.sync_.queue(() => {
      this.structure.adopt(loaded, JUMP_MESSAGES.imported(loaded.agent));
      this.enterMode(this.mode);
    });
    return null;
  }

  /** Lane `lane`'s agent as saved JSON (the CLI's `--out` format), with its env in the provenance. */
  exportAgent(lane = 0): SavedAgent {
    return exportJumpAgent(this.lanes[lane].agent, this.envSpec);
  }

  /** Keep the agents for the next visit now (also every few seconds and on mode switches). */
  save(): void {
    this.autosave.save();
  }

  /** Bring the agents home from the worker, keep them, and release the worker. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    await this.sync_.idle();
    if (this.turboRunning) await this.structure.bringHome();
    this.disposed = true;
    this.save();
    this.worker.dispose();
    this.structure.undo.withdraw();
  }

  // ------------------------------------------------------------------ parts call these

  /** Run `op` at the next sync, with the agents at home. */
  queue(op: () => void): void {
    this.sync_.queue(op);
  }

  /** The store as it is now has been applied (it was written to match the agents). */
  markApplied(): void {
    this.sync_.markApplied();
  }

  /** Use `lanes` (new agents when `fresh`: Play and the preview start anew, divergence forgotten). */
  setLanes(lanes: JumpLane[], fresh = true): void {
    this.lanes = lanes;
    if (fresh) {
      this.modes.reset();
      this.divergedAt = null;
    }
    this.autosave.touch();
  }

  /** Show `mode`'s track (the training lanes, the user's runner, or the Turbo preview). */
  enterMode(mode: JumpMode): void {
    this.mode = mode;
    this.track = this.modes.track(mode, this.displaySpeed);
    this.publish();
  }

  /** Tell the subscribers what changed since the last call (nothing changed: no notification). */
  publish(): void {
    // Parts may publish while the constructor runs, before the store exists.
    if (this.runState) publish(this.runState, this.facts());
  }

  // ------------------------------------------------------------------ internals

  private restartLanes(next: number): void {
    for (const lane of this.lanes) lane.restart(next);
  }

  private drainLanes(): void {
    for (const lane of this.lanes) lane.drain();
    this.autosave.touch();
  }

  private onSnapshot(diverged: string | null): void {
    this.autosave.touch();
    if (diverged !== null) {
      // The worker stops itself and sends the agents (θ restored); ask now, so the answer is ours.
      this.paused = true;
      this.sync_.track(this.structure.bringHome());
      this.divergedStop(diverged);
      return;
    }
    this.autosave.tick();
    this.publish();
  }

  /** A runner threw. A REINFORCE divergence pauses training with θ intact; anything else is a bug. */
  private onStepError(e: unknown): void {
    const lane = this.lanes.find((l) => l.agent.diverged);
    if (!lane) throw e;
    // The episode that triggered it was dropped with its batch: every lane continues at the next hole.
    this.restartLanes(Math.max(...this.lanes.map((l) => l.episodes)) + 1);
    this.enterMode(this.mode);
    this.divergedStop(learnerOf(lane.agent));
  }

  private divergedStop(baseline: string): void {
    this.paused = true;
    this.divergedAt = this.settings.getState().learningRate;
    notify('error', JUMP_MESSAGES.divergedPause(this.divergedAt, this.compare ? baseline : null));
    this.publish();
  }

  private facts(): JumpRunState {
    return {
      mode: this.mode,
      paused: this.paused,
      switching: this.switching,
      turboRunning: this.turboRunning,
      diverged: this.diverged,
      lanes: laneFacts(this.lanes, this.runState?.getState().lanes ?? []),
      episodes: this.episodes,
      track: this.track,
      canUndo: this.structure.undo.available,
    };
  }
}
