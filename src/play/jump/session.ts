/**
 * Everything the jump scene shows, below the scene: the REINFORCE agent (and, when comparing, its
 * twin with the other baseline), their runners, the Play runner, the Turbo hand-over, series and
 * gradient logs. No Phaser and no DOM: Node tests drive it with `InProcessTurbo`.
 *
 * How changes arrive: the panel writes the settings store; `frame()` starts with `sync()`, which
 * applies what changed before any step of that frame (η, M, γ, baseline to the agents, and to the
 * worker for its next batch; mode and compare as a new track). Actions (reset, import) are queued
 * and run there too.
 *
 * The agents have one home at a time. In Turbo they live in the worker: the page keeps mirrors whose
 * θ is refreshed from every snapshot (for the charts and the preview runners on screen, which play
 * the latest θ without learning). Anything that needs the real agents first brings them home:
 * `turbo.stop()` returns them with their generator states and episode indices, and the page's
 * runners continue from there (`seedEpisodes`, `firstEpisode`). An episode in progress, and the
 * batch it belongs to, is abandoned on every hand-over (a saved agent starts a fresh batch).
 *
 * Compare: lane 0 is the agent with the panel's baseline, lane 1 a copy with the other one. Both
 * have the same run seed and start every episode together on the page, so they meet the same holes;
 * in the worker each lane's episode k is the same hole too.
 */

import { loadAgent } from '../../agents/make-agent.ts';
import type { ReinforceAgent } from '../../agents/reinforce.ts';
import type { Agent, SavedAgent } from '../../agents/types.ts';
import { deriveSeed } from '../../core/rng.ts';
import { JUMP, RUN } from '../../envs/jump-hole.ts';
import type { EnvSpec } from '../../envs/types.ts';
import {
  BATCH_MAX,
  type JumpMode,
  type JumpSettings,
  type JumpSettingsStore,
  REAL_TIME_SPEED,
} from '../../state/jump-settings.ts';
import { notify } from '../../state/notices.ts';
import { Runner } from '../../train/runner.ts';
import type { TurboSnapshot } from '../../train/turbo.ts';
import type { TurboBackend } from '../shared/turbo-client.ts';
import { copyAgent, freshAgent, jumpAgentFrom, jumpEnvFor, otherBaseline } from './agents.ts';
import type { GradientComparison } from './gradients.ts';
import { JumpLane } from './lane.ts';
import { jumpProbability } from './policy.ts';
import { type JumpStorage, noStorage } from './storage.ts';
import { JumpTrack } from './track.ts';

export interface JumpSessionOptions {
  settings: JumpSettingsStore;
  /** Makes the turbo backend the first time Turbo starts (`WorkerTurbo` in the page). */
  createTurbo: () => TurboBackend;
  /** Default: nothing is kept (tests); the scene passes `jumpPageStorage`. */
  storage?: JumpStorage;
  now?: () => number;
  /** Most milliseconds a frame may spend stepping (Watch at high speed). Default 10. */
  frameBudgetMs?: number;
  /** Milliseconds between turbo snapshots. Default 100 (≈ 10 per second; ≥ 5 even on a busy machine). */
  snapshotMs?: number;
  /** Milliseconds between automatic saves while something changes. Default 4000. */
  saveEveryMs?: number;
  /** How long to wait for the worker to hand the agents back before using the last snapshot. */
  stopTimeoutMs?: number;
}

/** Play mode: the user's episodes (the episode on screen is read from the track's runner and env). */
export interface PlayStats {
  episodes: number;
  clears: number;
  lastReward: number;
  jumps: number;
}

export class JumpSession {
  readonly settings: JumpSettingsStore;
  /** Lane 0: the agent; lane 1 (Compare): its twin with the other baseline. */
  lanes: JumpLane[] = [];
  /** Seed of the training episodes (kept with the agents, so hand-overs see the same holes). */
  runSeed = 1;
  mode: JumpMode = 'watch';
  paused = false;
  /** What the scene draws: the training lanes (Watch), the user's runner (Play) or the preview (Turbo). */
  track!: JumpTrack;
  /** Why training stopped at the last divergence (cleared on Resume or a new agent). */
  diverged: string | null = null;
  readonly play: PlayStats = { episodes: 0, clears: 0, lastReward: 0, jumps: 0 };
  turboRunning = false;
  readonly turbo = {
    stepsPerSecond: 0,
    snapshots: 0,
    snapshotsPerSecond: 0,
    lastSnapshotAt: 0,
    /** Next episode index per lane, as of the last snapshot. */
    episodes: [0, 0],
  };
  /** Bumped when lanes are added, removed or get a new agent (the scene rebuilds its runners). */
  laneVersion = 0;
  /** Bumped whenever a series got points. */
  seriesVersion = 0;
  /** The env spec every lane uses (the agent's, from its provenance). */
  envSpec!: EnvSpec;

  private readonly createTurbo: () => TurboBackend;
  private backend: TurboBackend | null = null;
  private stopping = false;
  private busy: Promise<void> | null = null;
  private readonly storage: JumpStorage;
  private readonly now: () => number;
  private readonly frameBudgetMs: number;
  private readonly snapshotMs: number;
  private readonly saveEveryMs: number;
  private readonly stopTimeoutMs: number;
  private readonly ops: (() => void)[] = [];
  private seen: JumpSettings | null = null;
  private deadline = 0;
  private readonly overBudget = () => this.now() > this.deadline;
  private turboBase: { episodes: number; steps: number; firstEpisode: number }[] = [];
  private playRunner!: Runner<Float64Array>;
  private jumpRequested = false;
  private preview: { agents: ReinforceAgent[]; runners: Runner<Float64Array>[] } | null = null;
  private previewEpisodes = 0;
  private readonly rateWindow = { start: 0, count: 0 };
  private savedVersion = -1;
  private lastSaveAt = 0;
  private disposed = false;

  constructor(options: JumpSessionOptions) {
    this.settings = options.settings;
    this.createTurbo = options.createTurbo;
    this.storage = options.storage ?? noStorage;
    this.now = options.now ?? (() => performance.now());
    this.frameBudgetMs = options.frameBudgetMs ?? 10;
    this.snapshotMs = options.snapshotMs ?? 100;
    this.saveEveryMs = options.saveEveryMs ?? 4000;
    this.stopTimeoutMs = options.stopTimeoutMs ?? 3000;
    const s = this.settings.getState();
    this.mode = s.mode;
    if (!this.restore()) this.freshStart(s);
    this.seen = this.settings.getState();
    this.enterMode(this.mode);
  }

  // ------------------------------------------------------------------ reading

  get compare(): boolean {
    return this.lanes.length > 1;
  }

  get agent(): ReinforceAgent {
    return this.lanes[0].agent;
  }

  /** Training episodes of the main agent (page and worker together), as an episode index. */
  get episodes(): number {
    return this.turboRunning ? this.turbo.episodes[0] : this.lanes[0].episodes;
  }

  /** Whether an asynchronous hand-over (bringing the agents home from the worker) is under way. */
  get switching(): boolean {
    return this.busy !== null;
  }

  /** Speed of the track on screen: Watch as set; Play and the Turbo preview at most in real time. */
  get displaySpeed(): number {
    const speed = this.settings.getState().speed;
    return this.mode === 'watch' ? speed : Math.min(speed, REAL_TIME_SPEED);
  }

  /** The lane whose agent uses the mean baseline: its updates carry both estimates on the same batch. */
  get gradientLane(): JumpLane | null {
    return this.lanes.find((l) => l.agent.params.baseline === 'mean') ?? null;
  }

  gradientComparison(): GradientComparison | null {
    return this.gradientLane?.grads.compare() ?? null;
  }

  /** π(jump | distance d, on the ground) of lane `lane`'s current θ. */
  jumpProbability(d: number, lane = 0): number {
    return jumpProbability(this.lanes[lane].agent, d);
  }

  // ------------------------------------------------------------------ the frame

  /** One display frame: apply what changed, then advance the track on screen. */
  frame(deltaMs: number): void {
    this.sync();
    if (this.busy || this.disposed || this.paused) return;
    if (this.mode === 'turbo' && !this.turboRunning) return;
    this.deadline = this.now() + this.frameBudgetMs;
    try {
      this.track.advance(deltaMs, this.displaySpeed, this.overBudget);
    } catch (e) {
      this.onStepError(e);
    }
    this.drainLanes();
    this.autosave();
  }

  /**
   * Apply the settings store and queued actions. Things that need the real agents wait until they
   * are home from the worker (asynchronous); everything else applies now.
   */
  sync(): void {
    if (this.busy || this.disposed) return;
    const s = this.settings.getState();
    const changed = s !== this.seen;
    // A new baseline starts a new gradient record; in Turbo the worker's record too, so it restarts.
    const flip = changed && s.baseline !== this.lanes[0].agent.params.baseline;
    const structural =
      this.ops.length > 0 || (changed && (s.mode !== this.mode || s.compare !== this.compare)) || flip;
    if (changed && !(flip && this.turboRunning)) this.applyParams(s);
    if (this.turboRunning && (structural || !this.wantTurbo(s))) {
      this.busy = this.bringHome().finally(() => {
        this.busy = null;
      });
      return;
    }
    if (changed) {
      this.seen = s;
      this.applyStructure(s);
    }
    while (this.ops.length > 0) this.ops.shift()?.();
    if (!this.turboRunning && this.wantTurbo(this.settings.getState())) this.startTurbo();
  }

  /** Resolves once every pending change has been applied (for tests and for shutdown). */
  async settle(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      this.sync();
      if (!this.busy) {
        if (this.settings.getState() === this.seen && this.ops.length === 0) return;
        continue;
      }
      await this.busy;
    }
  }

  // ------------------------------------------------------------------ controls

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.diverged = null;
  }

  /** One step of Watch (both lanes in Compare), pausing first. Returns false in other modes. */
  stepOnce(): boolean {
    this.sync();
    if (this.busy || this.mode !== 'watch') return false;
    this.paused = true;
    try {
      this.track.stepOnce();
    } catch (e) {
      this.onStepError(e);
    }
    this.drainLanes();
    return true;
  }

  /**
   * Play: jump at the next step (Space / ↑ / a tap); a run that waits for the player starts instead.
   * Returns false when not playing or between episodes.
   */
  jump(): boolean {
    if (this.mode === 'play' && !this.paused && this.track.start()) return true;
    if (this.mode !== 'play' || this.paused || this.track.phase !== 'run' || !this.playRunner.inEpisode) {
      return false;
    }
    this.jumpRequested = true;
    return true;
  }

  /** Abandon the episode on screen; the next one (a new hole) starts. Keeps everything learned. */
  resetEpisode(): void {
    if (this.mode === 'turbo') {
      this.track.restartEpisodes(this.displaySpeed);
      return;
    }
    this.ops.push(() => {
      if (this.mode === 'play') {
        this.playRunner = this.makePlayRunner(this.playRunner.episodes + 1);
      } else {
        const next = Math.max(...this.lanes.map((l) => l.episodes)) + 1;
        for (const lane of this.lanes) lane.restart(next);
        this.laneVersion++;
      }
      this.enterMode(this.mode);
    });
  }

  /** New agents from the panel's seed: θ starts from zero (asked for by the user). */
  resetAgent(): void {
    this.ops.push(() => {
      const s = this.settings.getState();
      this.newAgents(s, s.compare);
      this.diverged = null;
      this.enterMode(this.mode);
      notify(
        'info',
        s.compare
          ? `Two new agents (seed ${s.seed}), baseline ${s.baseline} and ${otherBaseline(s.baseline)}: same θ = 0, same generator, same holes — only the baseline differs.`
          : `New REINFORCE agent (seed ${s.seed}): θ starts from zero.`,
      );
    });
  }

  /**
   * Import a saved agent (the text of a JSON file, e.g. the CLI's `--out`). Everything is checked
   * before anything changes: a bad file is refused with a message (returned and notified) and the
   * current agents are untouched.
   */
  importAgent(text: string, fileName = 'the file'): string | null {
    let loaded: ReturnType<typeof jumpAgentFrom>;
    try {
      loaded = jumpAgentFrom(text);
    } catch (e) {
      const why = (e as Error).message.replace(/\.?$/, '.');
      const message = `Import of ${fileName} refused: ${why} The current agent is unchanged.`;
      notify('error', message);
      return message;
    }
    this.ops.push(() => {
      const { agent, spec } = loaded;
      this.adoptParams(agent);
      this.envSpec = spec;
      const first = agent.provenance.episodesTrained;
      this.lanes = [this.makeLane(agent, first)];
      if (this.settings.getState().compare) this.lanes.push(this.makeTwin(this.lanes[0], first));
      this.playRunner = this.makePlayRunner(0);
      this.preview = null;
      this.diverged = null;
      this.laneVersion++;
      this.seriesVersion++;
      this.enterMode(this.mode);
      const p = agent.provenance;
      notify(
        'info',
        `Imported a REINFORCE agent (baseline ${agent.params.baseline}) trained for ${p.episodesTrained} episodes (${p.stepsTrained} steps). It continues from here.`,
      );
    });
    return null;
  }

  /** The main agent as saved JSON (the CLI's `--out` format), with its env in the provenance. */
  exportAgent(lane = 0): SavedAgent {
    const l = this.lanes[lane];
    l.agent.provenance.env = structuredClone(this.envSpec);
    return l.agent.toJSON();
  }

  /** Keep the agents for the next visit now (also every few seconds and on mode switches). */
  save(): void {
    this.storage.save({
      agents: this.lanes.map((_, i) => this.exportAgent(i)),
      episodes: this.lanes.map((l, i) => (this.turboRunning ? this.turbo.episodes[i] : l.episodes)),
      extra: { runSeed: this.runSeed },
    });
    this.savedVersion = this.learnVersion();
    this.lastSaveAt = this.now();
  }

  /** Bring the agents home from the worker, keep them, and release the worker. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    if (this.busy) await this.busy;
    if (this.turboRunning) await this.bringHome();
    this.disposed = true;
    this.save();
    this.backend?.dispose();
    this.backend = null;
  }

  // ------------------------------------------------------------------ settings

  private wantTurbo(s: JumpSettings): boolean {
    return s.mode === 'turbo' && !this.paused && !this.disposed;
  }

  /** η, γ, M and the baselines: the agents read them at their next step / update, the worker at its next batch. */
  private applyParams(s: JumpSettings): void {
    this.lanes.forEach((lane, i) => {
      const p = lane.agent.params;
      const baseline = i === 0 ? s.baseline : otherBaseline(s.baseline);
      if (
        p.learningRate === s.learningRate &&
        p.gamma === s.gamma &&
        p.batchEpisodes === s.batchEpisodes &&
        p.baseline === baseline
      ) {
        return;
      }
      // A lane that changes baseline starts a new gradient record: its old one measured the other estimator.
      if (p.baseline !== baseline) lane.grads.reset();
      p.learningRate = s.learningRate;
      p.gamma = s.gamma;
      p.batchEpisodes = s.batchEpisodes;
      p.baseline = baseline;
      if (this.turboRunning && !this.stopping) this.backend?.setParams({ lane: i, params: { ...p } });
    });
  }

  private applyStructure(s: JumpSettings): void {
    const modeChanged = s.mode !== this.mode;
    if (s.compare !== this.compare) this.setCompare(s.compare);
    if (modeChanged) {
      this.paused = false;
      this.enterMode(s.mode);
      this.save();
    }
  }

  private setCompare(on: boolean): void {
    const main = this.lanes[0];
    if (on) {
      const first = main.episodes;
      main.restart(first);
      this.lanes.push(this.makeTwin(main, first));
      notify(
        'info',
        `Compare: a copy of this agent with baseline ${otherBaseline(main.agent.params.baseline)} runs beside it (the ghost), on the same holes with the same random numbers. Reset agent to race both from θ = 0.`,
      );
    } else {
      this.lanes.length = 1;
    }
    this.laneVersion++;
    this.seriesVersion++;
    this.enterMode(this.mode);
  }

  /** Store the imported agent's params, clamped to what the panel offers. */
  private adoptParams(agent: ReinforceAgent): void {
    const p = agent.params;
    if (p.batchEpisodes > BATCH_MAX) {
      notify(
        'warning',
        `The imported agent used M = ${p.batchEpisodes}; the panel's maximum is ${BATCH_MAX}.`,
      );
      p.batchEpisodes = BATCH_MAX;
    }
    this.settings.getState().update({
      learningRate: p.learningRate,
      gamma: p.gamma,
      batchEpisodes: p.batchEpisodes,
      baseline: p.baseline,
    });
    // The store now matches the agent: the next sync has nothing to re-apply.
    this.seen = this.settings.getState();
  }

  // ------------------------------------------------------------------ agents and lanes

  private makeLane(agent: ReinforceAgent, firstEpisode: number): JumpLane {
    const lane = new JumpLane(jumpEnvFor(this.envSpec), agent, this.runSeed, firstEpisode);
    lane.recordTheta(firstEpisode);
    return lane;
  }

  /** The main agent's copy with the other baseline: same θ, generator and holes. */
  private makeTwin(main: JumpLane, firstEpisode: number): JumpLane {
    const twin = copyAgent(main.agent);
    twin.params.baseline = otherBaseline(main.agent.params.baseline);
    return this.makeLane(twin, firstEpisode);
  }

  private newAgents(s: JumpSettings, compare: boolean): void {
    this.runSeed = s.seed;
    const env = jumpEnvFor(this.envSpec);
    this.lanes = [this.makeLane(freshAgent(env, s, s.baseline), 0)];
    if (compare) this.lanes.push(this.makeLane(freshAgent(env, s, otherBaseline(s.baseline)), 0));
    this.playRunner = this.makePlayRunner(0);
    this.preview = null;
    this.laneVersion++;
    this.seriesVersion++;
  }

  private freshStart(s: JumpSettings): void {
    this.envSpec = jumpEnvFor(undefined).spec;
    this.newAgents(s, s.compare);
  }

  /** The agents kept from the last visit. False when there are none (or they are unusable). */
  private restore(): boolean {
    const stored = this.storage.load();
    if (!stored) return false;
    try {
      const main = jumpAgentFrom(stored.agents[0]);
      const runSeed = Number(stored.extra.runSeed);
      this.runSeed = Number.isInteger(runSeed) ? runSeed : 0;
      this.envSpec = main.spec;
      const s = this.settings.getState();
      this.lanes = [this.makeLane(main.agent, stored.episodes[0] ?? 0)];
      if (s.compare) {
        const twin = stored.agents[1] === undefined ? null : jumpAgentFrom(stored.agents[1]).agent;
        // Both continue from the same episode index, so they face the same holes on screen.
        const first = Math.max(stored.episodes[0] ?? 0, stored.episodes[1] ?? 0);
        this.lanes[0].install(main.agent, first);
        this.lanes.push(twin ? this.makeLane(twin, first) : this.makeTwin(this.lanes[0], first));
      }
      this.playRunner = this.makePlayRunner(0);
      // The settings store wins for params (they are what the panel shows).
      this.applyParams(s);
      return true;
    } catch (e) {
      this.storage.clear();
      notify(
        'warning',
        `The saved jump agent could not be restored (${(e as Error).message}); starting a new one.`,
      );
      return false;
    }
  }

  private makePlayRunner(firstEpisode: number): Runner<Float64Array> {
    const main = () => this.lanes[0].agent;
    const human: Agent<Float64Array> = {
      kind: 'reinforce',
      get params() {
        return main().params;
      },
      get provenance() {
        return main().provenance;
      },
      act: () => {
        const a = this.jumpRequested ? JUMP : RUN;
        this.jumpRequested = false;
        return a;
      },
      // REINFORCE learns on-policy: the user's jumps are not its own samples, so it does not learn from them.
      learn: () => {},
      toJSON: () => main().toJSON(),
    };
    const play = this.play;
    return new Runner<Float64Array>(jumpEnvFor(this.envSpec), human, {
      learn: false,
      seed: deriveSeed(this.runSeed, 'play'),
      seedEpisodes: true,
      firstEpisode,
      onStep: (t, r) => {
        play.lastReward = t.reward;
        if ((r.info as { jumped?: boolean }).jumped) play.jumps++;
      },
      onEpisode: (e) => {
        play.episodes++;
        if (e.success) play.clears++;
      },
    });
  }

  /** Turbo: a copy of each lane's agent plays the latest θ on screen, without learning. */
  private makePreview(): { agents: ReinforceAgent[]; runners: Runner<Float64Array>[] } {
    const agents = this.lanes.map((l) => copyAgent(l.agent));
    const runners = agents.map(
      (a) =>
        new Runner<Float64Array>(jumpEnvFor(this.envSpec), a, {
          learn: false,
          seed: deriveSeed(this.runSeed, 'preview'),
          seedEpisodes: true,
          firstEpisode: this.previewEpisodes,
          onEpisode: (e) => {
            this.previewEpisodes = Math.max(this.previewEpisodes, e.index + 1);
          },
        }),
    );
    return { agents, runners };
  }

  // ------------------------------------------------------------------ modes

  /** Show `mode`'s track (the training lanes, the user's runner, or the Turbo preview). */
  private enterMode(mode: JumpMode): void {
    this.mode = mode;
    this.jumpRequested = false;
    const speed = this.displaySpeed;
    if (mode === 'watch') {
      this.alignLanes();
      this.track = new JumpTrack(
        this.lanes.map((l) => l.runner),
        speed,
      );
    } else if (mode === 'play') {
      // A play episode left half-way starts again (the same hole).
      if (this.playRunner.inEpisode) this.playRunner = this.makePlayRunner(this.playRunner.episodes);
      this.track = new JumpTrack([this.playRunner], speed, { waitForStart: true });
    } else {
      if (!this.preview || this.preview.agents.length !== this.lanes.length)
        this.preview = this.makePreview();
      else
        this.preview.agents.forEach((a, i) => {
          a.theta.set(this.lanes[i].agent.theta);
        });
      this.track = new JumpTrack(this.preview.runners, speed);
    }
  }

  /** Compare on the page needs both lanes at the same episode index (after Turbo they may differ). */
  private alignLanes(): void {
    if (this.lanes.length < 2) return;
    const [a, b] = this.lanes;
    if (a.episodes === b.episodes && a.runner.inEpisode === b.runner.inEpisode) return;
    const first = Math.max(a.episodes, b.episodes);
    for (const lane of this.lanes) lane.restart(first);
  }

  private drainLanes(): void {
    for (const lane of this.lanes) if (lane.drain()) this.seriesVersion++;
  }

  /** A runner threw. A REINFORCE divergence pauses training with θ intact; anything else is a bug. */
  private onStepError(e: unknown): void {
    const lane = this.lanes.find((l) => l.agent.diverged);
    if (!lane) throw e;
    // The episode that triggered it was dropped with its batch: every lane continues at the next hole.
    const next = Math.max(...this.lanes.map((l) => l.episodes)) + 1;
    for (const l of this.lanes) l.restart(next);
    this.laneVersion++;
    this.enterMode(this.mode);
    this.divergedStop(lane.agent.params.baseline);
  }

  private divergedStop(baseline: string): void {
    this.paused = true;
    const eta = this.settings.getState().learningRate;
    this.diverged = `η = ${eta} is too large: θ overflowed (became non-finite) in an update.`;
    notify(
      'error',
      `Training paused. ${this.diverged} θ was restored to its value before that update and the batch dropped${this.compare ? ` (agent with baseline ${baseline})` : ''}, so nothing learned is lost. Lower η, then Resume.`,
    );
  }

  // ------------------------------------------------------------------ turbo

  private startTurbo(): void {
    if (!this.backend) {
      const backend = this.createTurbo();
      backend.onSnapshot = (snap) => this.onSnapshot(snap);
      backend.onError = (message) => this.onTurboError(message);
      this.backend = backend;
    }
    this.turboBase = this.lanes.map((l) => ({
      episodes: l.agent.provenance.episodesTrained,
      steps: l.agent.provenance.stepsTrained,
      firstEpisode: l.episodes,
    }));
    for (const lane of this.lanes) lane.grads.beginTurbo();
    this.turbo.episodes = this.lanes.map((l) => l.episodes);
    this.turbo.snapshots = 0;
    this.turbo.snapshotsPerSecond = Number.NaN; // not measured yet
    this.turbo.lastSnapshotAt = this.now();
    this.rateWindow.start = this.now();
    this.rateWindow.count = 0;
    this.turboRunning = true;
    const spec = this.envSpec;
    this.backend.start(
      {
        envId: 'JumpHole-v0',
        envOptions: { ...spec.options, maxEpisodeSteps: spec.maxEpisodeSteps },
        seed: this.runSeed,
        lanes: this.lanes.map((l, i) => ({ agent: this.exportAgent(i), firstEpisode: l.episodes })),
      },
      this.snapshotMs,
    );
  }

  private onSnapshot(snap: TurboSnapshot): void {
    if (!this.turboRunning || this.stopping) return;
    let diverged: { baseline: string } | null = null;
    snap.lanes.forEach((ls, i) => {
      const lane = this.lanes[i];
      if (!lane) return;
      lane.agent.theta.set(ls.learned);
      this.preview?.agents[i]?.theta.set(ls.learned);
      if (ls.point) {
        lane.addPoint(ls.point);
        this.seriesVersion++;
      }
      if (ls.gradient) lane.grads.turbo(ls.gradient);
      lane.recordTheta(ls.episodes);
      // Keep the mirror's counts current, so a save or an export during Turbo is up to date.
      const base = this.turboBase[i];
      lane.agent.provenance.episodesTrained = base.episodes + (ls.episodes - base.firstEpisode);
      lane.agent.provenance.stepsTrained = base.steps + ls.steps;
      this.turbo.episodes[i] = ls.episodes;
      if (ls.diverged && !diverged) diverged = { baseline: lane.agent.params.baseline };
    });
    // Snapshots per second, counted over windows of ≥ 1 s (several may arrive in one page task).
    const t = this.now();
    this.turbo.snapshots++;
    this.rateWindow.count++;
    const elapsed = t - this.rateWindow.start;
    if (elapsed >= 1000) {
      this.turbo.snapshotsPerSecond = (1000 * this.rateWindow.count) / elapsed;
      this.rateWindow.start = t;
      this.rateWindow.count = 0;
    }
    this.turbo.lastSnapshotAt = t;
    this.turbo.stepsPerSecond = snap.stepsPerSecond;
    if (diverged) {
      const d = diverged as { baseline: string };
      // The worker stops itself and sends the agents (θ restored); ask now, so the answer is ours.
      this.paused = true;
      this.busy = this.bringHome().finally(() => {
        this.busy = null;
      });
      this.divergedStop(d.baseline);
      return;
    }
    this.autosave();
  }

  private onTurboError(message: string): void {
    if (!this.turboRunning) return;
    notify(
      'error',
      `Turbo training stopped: ${message}. The agents keep the last snapshot's θ; press Resume to try again.`,
    );
    this.turboRunning = false;
    this.paused = true;
    this.lanes.forEach((l, i) => {
      l.restart(this.turbo.episodes[i]);
    });
    this.laneVersion++;
    this.enterMode(this.mode);
  }

  /** Stop the worker and continue with the agents it hands back (or the mirrors, if it does not answer). */
  private async bringHome(): Promise<void> {
    const backend = this.backend;
    if (!backend || !this.turboRunning) return;
    this.stopping = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.stopTimeoutMs);
    });
    const result = await Promise.race([backend.stop(), timeout]);
    clearTimeout(timer);
    this.stopping = false;
    this.turboRunning = false;
    if (result && result.agents.length === this.lanes.length) {
      // In Compare both continue from the same index, so the page shows them on the same holes.
      const same = Math.max(...result.episodes);
      result.agents.forEach((saved, i) => {
        const lane = this.lanes[i];
        const agent = loadAgent(saved) as ReinforceAgent;
        Object.assign(agent.params, lane.agent.params);
        lane.install(agent, this.lanes.length > 1 ? same : result.episodes[i]);
        lane.recordTheta(result.episodes[i]);
      });
    } else {
      notify(
        'warning',
        'The training worker did not hand the agents back in time; continuing from its last snapshot.',
      );
      backend.dispose();
      this.backend = null;
      this.lanes.forEach((l, i) => {
        l.restart(this.turbo.episodes[i]);
      });
    }
    this.laneVersion++;
    this.enterMode(this.mode);
    this.save();
  }

  // ------------------------------------------------------------------ saving

  private learnVersion(): number {
    let v = 0;
    for (const l of this.lanes) v += l.learnVersion;
    return v + this.laneVersion * 1e6;
  }

  private autosave(): void {
    if (this.learnVersion() !== this.savedVersion && this.now() - this.lastSaveAt >= this.saveEveryMs)
      this.save();
  }
}
