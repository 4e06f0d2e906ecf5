/**
 * Everything the maze scene shows, below the scene: the env, the agent, the runners of the four
 * modes, visit counts, the trail, the episode series, and the hand-over of the agent to and from
 * the turbo worker. No Phaser and no DOM: Node tests drive it with `InProcessTurbo`.
 *
 * How changes arrive: the panel writes the settings store; `frame()` starts with `sync()`, which
 * compares the store with what is applied and applies the difference before any step of that
 * frame (params at once, and to the worker at its next batch; a new maze or agent kind as a new
 * env / agent). Actions (reset, import, edits) are queued and run there too.
 *
 * The agent has one home at a time. In Turbo it lives in the worker (`TurboBackend`): the page
 * keeps a mirror whose Q-table is refreshed from every snapshot (for drawing). Anything that needs
 * the real agent (leaving Turbo, pausing, editing, a new maze…) first brings it home:
 * `turbo.stop()` returns the agent with its generator state and the index of the next episode, and
 * the page's runner continues from there (`seedEpisodes`, `firstEpisode`). The episode in progress
 * is abandoned on every hand-over; the next one starts from S.
 */
import { type AnyAgent, loadAgent, makeAgent } from '../../agents/make-agent.ts';
import type { Agent, SavedAgent, Transition } from '../../agents/types.ts';
import { ACTION_DELTAS, type GridMazeEnv, type GridMazeInfo } from '../../envs/grid-maze.ts';
import type { MazePresetName } from '../../envs/maze-presets.ts';
import { type MazeEnv, makeEnv } from '../../envs/registry.ts';
import type { StepResult } from '../../envs/types.ts';
import type { MazeMode, MazeRewards, MazeSettings, MazeSettingsStore } from '../../state/maze-settings.ts';
import { type NoticeLevel, noticeStore, notify } from '../../state/notices.ts';
import { EpisodeAccumulator, EpisodeSeries } from '../../train/episode-series.ts';
import { Runner } from '../../train/runner.ts';
import type { TurboLaneSnapshot } from '../../train/turbo.ts';
import { clearSession, loadSession, type StoredSession, saveSession } from '../shared/agent-storage.ts';
import { StepClock } from '../shared/step-clock.ts';
import type { TurboBackend } from '../shared/turbo-client.ts';
import { checkMazeAgent, type MazeAgent, sentence } from './agent-file.ts';
import { cycleTile, type EditResult, type Marker, moveMarker } from './editor.ts';
import { type GreedyPath, greedyMask, greedyPath } from './policy.ts';
import { type MazeSpec, mazeSpecOf, sameRewards, sameRows, settingsForMaze } from './source.ts';
import { Trail } from './trail.ts';
import { TurboLink, type TurboStats } from './turbo-link.ts';

export type { MazeAgent };

const KIND_LABEL: Record<MazeAgent['kind'], string> = { 'q-learning': 'Q-learning', sarsa: 'SARSA' };

/** Where the agent is kept across reloads (localStorage in the page, a fake in tests). */
export interface SessionStorage {
  save(session: StoredSession): void;
  /** The stored agents rebuilt, or null when nothing (usable) is stored. May throw on bad data. */
  load(): { agents: AnyAgent[]; episodes: number[]; extra: Record<string, unknown> } | null;
  clear(): void;
}

export const MAZE_SLOT = 'maze';

export const pageStorage: SessionStorage = {
  save: (s) => saveSession(MAZE_SLOT, s),
  load: () => loadSession(MAZE_SLOT),
  clear: () => clearSession(MAZE_SLOT),
};

export interface MazeSessionOptions {
  settings: MazeSettingsStore;
  /** Makes the turbo backend the first time Turbo starts (`WorkerTurbo` in the page). */
  createTurbo: () => TurboBackend;
  /** Default: nothing is kept (tests); the scene passes `pageStorage`. */
  storage?: SessionStorage;
  now?: () => number;
  /** Most milliseconds a frame may spend stepping (Watch at high speed). Default 10. */
  frameBudgetMs?: number;
  /** Milliseconds between turbo snapshots. Default 100 (about 10 a second; at least 5 on a busy machine). */
  snapshotMs?: number;
  /** Milliseconds between automatic saves while something changes. Default 4000. */
  saveEveryMs?: number;
  /** How long to wait for the worker to hand the agent back before using the last snapshot. */
  stopTimeoutMs?: number;
}

/** A cell the editor or a refused layout points at, for the scene to highlight. */
export interface Highlight {
  row: number;
  col: number;
  message: string;
  /** `now()` when it was raised. */
  at: number;
}

/** The last step taken by whichever runner the scene shows (for the sprite and the HUD). */
export interface LastStep {
  from: number;
  to: number;
  action: number;
  reward: number;
  exploratory: boolean;
  fell: boolean;
  /** The step ended the episode at G. */
  success: boolean;
  /** The step ended the episode (G or the time limit). */
  ended: boolean;
}

const noop = () => {};

export class MazeSession {
  readonly settings: MazeSettingsStore;
  // ---- the maze
  spec!: MazeSpec;
  /** The training env (TimeLimit) and its GridMazeEnv. */
  env!: MazeEnv;
  maze!: GridMazeEnv;
  private playEnv!: MazeEnv;
  private evalEnv!: MazeEnv;
  // ---- the agent and its runners
  agent!: MazeAgent;
  runner!: Runner<number>;
  private playRunner!: Runner<number>;
  private evalRunner!: Runner<number>;
  /** Seed of the training runner's episodes (kept with the agent, so hand-overs see the same episodes). */
  runSeed = 1;
  // ---- run state
  mode: MazeMode = 'watch';
  paused = false;
  editing = false;
  // ---- what the overlays and charts read
  visits!: Float64Array;
  readonly trail = new Trail();
  readonly series = new EpisodeSeries(512);
  /** Bumped whenever the Q-table may have changed (redraw heat map and arrows). */
  learnVersion = 0;
  /** Bumped whenever the series got points. */
  seriesVersion = 0;
  /** Bumped whenever the maze (env) is replaced. */
  mazeVersion = 0;
  /** Bumped on every step of the runner on screen. */
  moveCount = 0;
  readonly last: LastStep = {
    from: 0,
    to: 0,
    action: 1,
    reward: 0,
    exploratory: false,
    fell: false,
    success: false,
    ended: false,
  };
  /** The last finished training episode; in Turbo the last snapshot's bucket (`count` episodes, means). */
  readonly lastEpisode = { index: -1, count: 1, return: 0, length: 0, success: false, successRate: 0 };
  /** The last finished Evaluate episode. */
  lastEval: { return: number; length: number; success: boolean } | null = null;
  /** Play mode: the episode so far. */
  readonly play = { return: 0, steps: 0, episodes: 0, done: false };
  highlight: Highlight | null = null;
  // ---- turbo
  private readonly link: TurboLink;
  // ---- internals
  private busy: Promise<void> | null = null;
  private turboVisitBase: Float64Array | null = null;
  private turboBase = { episodes: 0, steps: 0, firstEpisode: 0 };
  private readonly storage: SessionStorage;
  private readonly now: () => number;
  private readonly frameBudgetMs: number;
  private readonly saveEveryMs: number;
  private readonly clock = new StepClock();
  private readonly acc = new EpisodeAccumulator();
  private readonly ops: (() => void)[] = [];
  private seen: MazeSettings | null = null;
  /** Greedy actions of the state about to be acted in (bit mask), for marking exploratory steps. */
  private preMask = 15;
  private humanAction = 0;
  private evalHoldMs = 0;
  private savedVersion = -1;
  private lastSaveAt = 0;
  private editNoticeShown = false;
  private noticeId: number | null = null;
  private disposed = false;
  private greedyCache: { version: number; maze: number; path: GreedyPath } | null = null;
  private readonly onTrainStep = (t: Transition<number>, r: StepResult<number>) =>
    this.recordStep(t, r, true);
  private readonly onOtherStep = (t: Transition<number>, r: StepResult<number>) =>
    this.recordStep(t, r, false);

  constructor(options: MazeSessionOptions) {
    this.settings = options.settings;
    this.storage = options.storage ?? { save: noop, load: () => null, clear: noop };
    this.now = options.now ?? (() => performance.now());
    this.frameBudgetMs = options.frameBudgetMs ?? 10;
    this.saveEveryMs = options.saveEveryMs ?? 4000;
    this.link = new TurboLink({
      create: options.createTurbo,
      now: this.now,
      snapshotMs: options.snapshotMs ?? 100,
      stopTimeoutMs: options.stopTimeoutMs ?? 3000,
      onSnapshot: (lane) => this.onSnapshot(lane),
      onError: (message) => this.onTurboError(message),
    });
    const s = this.settings.getState();
    this.mode = s.mode;
    if (!this.restore()) this.freshStart(s);
    this.enterMode(this.mode);
  }

  // ------------------------------------------------------------------ reading

  get params(): { epsilon: number; alpha: number; gamma: number } {
    return this.agent.params;
  }

  /** The cell of the agent on screen (Turbo shows S: the worker's agent is everywhere at once). */
  get position(): number {
    if (this.mode === 'play') return (this.playEnv.unwrapped as GridMazeEnv).position;
    if (this.mode === 'evaluate') return (this.evalEnv.unwrapped as GridMazeEnv).position;
    if (this.mode === 'turbo' && this.turboRunning) return this.maze.layout.start;
    return this.maze.position;
  }

  /** Training in the worker right now. */
  get turboRunning(): boolean {
    return this.link.running;
  }

  /** The worker's numbers: steps/s, snapshots (count, rate, last time), episodes. */
  get turbo(): Readonly<TurboStats> {
    return this.link.stats;
  }

  /** Training episodes finished by this agent (page and worker together). */
  get episodes(): number {
    return this.turboRunning ? this.turbo.episodes : this.runner.episodes;
  }

  /** Training steps this agent has learned from (page, worker and play). */
  get steps(): number {
    return this.agent.provenance.stepsTrained;
  }

  /** Whether an asynchronous hand-over (bringing the agent home from the worker) is under way. */
  get switching(): boolean {
    return this.busy !== null;
  }

  /** Return and length of the episode in progress of the runner on screen. */
  get episodeReturn(): number {
    return this.activeRunner().episodeReturn;
  }

  get episodeLength(): number {
    return this.activeRunner().episodeLength;
  }

  /** The greedy policy's path from S (cached per Q-table version). */
  greedy(): GreedyPath {
    const c = this.greedyCache;
    if (c && c.version === this.learnVersion && c.maze === this.mazeVersion) return c.path;
    const path = greedyPath(this.agent, this.maze);
    this.greedyCache = { version: this.learnVersion, maze: this.mazeVersion, path };
    return path;
  }

  // ------------------------------------------------------------------ the frame

  /**
   * One display frame: apply what changed in the settings, then step the mode's runner as many
   * times as the speed asks for (`StepClock`), within the frame budget.
   */
  frame(deltaMs: number): void {
    this.sync();
    if (this.busy || this.editing || this.paused || this.disposed) return;
    const speed = this.settings.getState().speed;
    if (this.mode === 'watch') this.trainSteps(this.clock.tick(deltaMs, speed));
    else if (this.mode === 'evaluate') this.evalFrame(deltaMs, speed);
    this.autosave();
  }

  /**
   * Apply the settings store and queued actions. Things that need the real agent wait until it is
   * home from the worker (asynchronous); everything else applies now.
   */
  sync(): void {
    if (this.busy || this.disposed) return;
    const s = this.settings.getState();
    const changed = s !== this.seen;
    if (changed) this.applyParams(s);
    const structural = this.ops.length > 0 || (changed && this.structuralChange(s));
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
    this.clock.reset();
  }

  /** One step of the mode's runner (Watch or Evaluate), pausing first. Returns false elsewhere. */
  stepOnce(): boolean {
    this.sync();
    if (this.busy || this.editing || (this.mode !== 'watch' && this.mode !== 'evaluate')) return false;
    this.paused = true;
    if (this.mode === 'watch') this.trainSteps(1);
    else this.evalSteps(1);
    return true;
  }

  /** Play mode: take `action` (0 up, 1 right, 2 down, 3 left). Returns false when not playing. */
  playMove(action: number): boolean {
    this.sync();
    if (this.mode !== 'play' || this.editing || this.busy) return false;
    if (!this.playRunner.inEpisode) this.beginPlayEpisode();
    this.humanAction = action;
    this.preMask = greedyMask(this.agent.q, this.playRunner.observation, 4);
    const ended = this.playRunner.step();
    this.play.return = this.playRunner.episodeReturn;
    this.play.steps = this.playRunner.episodeLength;
    this.play.done = ended;
    if (ended) this.play.episodes++;
    if (this.settings.getState().learnFromPlay) this.learnVersion++;
    return true;
  }

  /** Abandon the episode on screen; the agent starts again from S (keeps everything learned). */
  resetEpisode(): void {
    this.ops.push(() => this.enterMode(this.mode));
  }

  /** A new agent of the chosen kind and seed: the Q-table starts from zero (asked for by the user). */
  resetAgent(): void {
    this.ops.push(() => {
      const s = this.settings.getState();
      this.newAgent(s);
      this.enterMode(this.mode);
      this.say(
        'info',
        `New ${KIND_LABEL[this.agent.kind]} agent (seed ${s.seed}): its Q-table starts from zero.`,
      );
    });
  }

  setEditing(on: boolean): void {
    if (on && !this.editing && !this.editNoticeShown) {
      this.editNoticeShown = true;
      this.say(
        'info',
        'Editing the maze: click a tile to cycle floor → wall → cliff, drag S or G to move them. Each change builds a new env and a new agent of the right size (a Q-table belongs to one maze).',
      );
    }
    this.editing = on;
    if (!on) this.enterMode(this.mode);
  }

  /** Editor: cycle the tile at (row, col). Returns the refusal, or null when applied. */
  editCell(row: number, col: number): string | null {
    return this.applyEdit(cycleTile(this.spec.rows, row, col), row, col);
  }

  /** Editor: move S or G to (row, col). */
  moveMarker(marker: Marker, row: number, col: number): string | null {
    return this.applyEdit(moveMarker(this.spec.rows, marker, row, col), row, col);
  }

  /** The current agent as saved JSON (the CLI's `--out` format), with its maze in the provenance. */
  exportAgent(): SavedAgent {
    this.agent.provenance.env = structuredClone(this.env.spec);
    const saved = this.agent.toJSON();
    // A mirror of the worker's agent has its episodes counted in the snapshot, not the provenance.
    saved.provenance.episodesTrained = Math.max(saved.provenance.episodesTrained, this.episodes);
    return saved;
  }

  /**
   * Import a saved agent (text of a JSON file). Everything is checked before anything changes: a bad
   * file is refused with a message (returned and notified) and the current agent is untouched.
   * When the agent's provenance names a maze, the scene switches to that maze.
   */
  importAgent(text: string, fileName = 'the file'): string | null {
    const refuse = (why: string) => {
      const message = `Import of ${fileName} refused: ${why} The current agent is unchanged.`;
      this.say('error', message);
      return message;
    };
    const checked = checkMazeAgent(text, this.env);
    if (!checked.ok) return refuse(checked.why);
    const { agent, env } = checked;
    this.ops.push(() => {
      this.adopt(agent, env, agent.provenance.episodesTrained, this.settings.getState().seed);
      this.enterMode(this.mode);
      const p = agent.provenance;
      this.say(
        'info',
        `Imported a ${KIND_LABEL[agent.kind]} agent trained for ${p.episodesTrained} episodes (${p.stepsTrained} steps) on ${this.spec.label}. It continues from here; Evaluate shows its greedy policy.`,
      );
    });
    return null;
  }

  /** Keep the agent for the next visit now (also done every few seconds and on mode switches). */
  save(): void {
    this.storage.save({
      agents: [this.exportAgent()],
      episodes: [this.episodes],
      extra: { runSeed: this.runSeed },
    });
    this.savedVersion = this.learnVersion;
    this.lastSaveAt = this.now();
  }

  /**
   * Keep the agent and release the worker, synchronously (scene shutdown, where a new session may
   * start at once and must find the agent in storage). In Turbo the kept agent is the page's mirror:
   * the last snapshot's Q-table and counts; only its exploration stream is older.
   */
  dispose(): void {
    if (this.disposed) return;
    this.save();
    this.disposed = true;
    this.link.dispose();
  }

  /**
   * Tell the user. A newer message replaces the previous one from the session (dragging a slider
   * through ten generated mazes leaves one notice, the last, not ten).
   */
  private say(level: NoticeLevel, text: string): string {
    if (this.noticeId !== null) noticeStore.getState().dismiss(this.noticeId);
    this.noticeId = notify(level, text);
    return text;
  }

  // ------------------------------------------------------------------ stepping

  private activeRunner(): Runner<number> {
    return this.mode === 'play' ? this.playRunner : this.mode === 'evaluate' ? this.evalRunner : this.runner;
  }

  /** Up to `n` training steps, within the frame budget. No allocation per step. */
  private trainSteps(n: number): void {
    if (n <= 0) return;
    const runner = this.runner;
    const q = this.agent.q;
    const deadline = this.now() + this.frameBudgetMs;
    for (let i = 0; i < n; i++) {
      if (!runner.inEpisode) this.beginTrainEpisode();
      this.preMask = greedyMask(q, runner.observation, 4);
      runner.step();
      // Check the clock every 1024 steps: a slow machine keeps its frame rate, not the speed.
      if ((i & 1023) === 1023 && this.now() > deadline) {
        this.clock.reset();
        break;
      }
    }
    this.learnVersion++;
    const point = this.acc.drain();
    if (point) {
      this.series.addPoint(point);
      this.seriesVersion++;
    }
  }

  private evalFrame(deltaMs: number, speed: number): void {
    if (!this.evalRunner.inEpisode && this.evalHoldMs > 0) {
      // A short pause on the finished greedy run, so a slow Evaluate can be read.
      this.evalHoldMs -= deltaMs;
      return;
    }
    this.evalSteps(this.clock.tick(deltaMs, speed));
  }

  private evalSteps(n: number): void {
    const runner = this.evalRunner;
    const deadline = this.now() + this.frameBudgetMs;
    for (let i = 0; i < n; i++) {
      if (!runner.inEpisode) this.beginEvalEpisode();
      this.preMask = greedyMask(this.agent.q, runner.observation, 4);
      if (runner.step()) {
        this.lastEval = {
          return: runner.episodeReturn,
          length: runner.episodeLength,
          success: this.last.success,
        };
        if (this.settings.getState().speed < 100) {
          this.evalHoldMs = 700;
          return;
        }
      }
      if ((i & 1023) === 1023 && this.now() > deadline) {
        this.clock.reset();
        return;
      }
    }
  }

  /** The runners' `onStep`: bookkeeping for the sprite, the trail and the visit counts. No allocation. */
  private recordStep(t: Transition<number>, r: StepResult<number>, training: boolean): void {
    const info = r.info as GridMazeInfo;
    const last = this.last;
    const s = t.observation;
    const a = t.action;
    last.from = s;
    last.action = a;
    last.reward = t.reward;
    last.exploratory = ((this.preMask >> a) & 1) === 0;
    last.fell = info.fell === true;
    last.success = info.success === true;
    last.ended = t.terminated || t.truncated;
    const width = this.maze.layout.width;
    // On a fall the env puts the agent back on S; the trail and the sprite show the cliff cell first.
    last.to = last.fell ? s + ACTION_DELTAS[a][0] * width + ACTION_DELTAS[a][1] : t.nextObservation;
    this.trail.move(last.to, last.exploratory, last.fell, this.maze.layout.start, this.preMask === 15);
    this.moveCount++;
    if (training) this.visits[t.nextObservation]++;
  }

  private beginTrainEpisode(): void {
    const s = this.runner.reset();
    this.trail.start(s);
    this.visits[s]++;
  }

  private beginPlayEpisode(): void {
    this.trail.start(this.playRunner.reset());
    this.play.return = 0;
    this.play.steps = 0;
    this.play.done = false;
  }

  private beginEvalEpisode(): void {
    this.trail.start(this.evalRunner.reset());
  }

  // ------------------------------------------------------------------ settings

  private wantTurbo(s: MazeSettings): boolean {
    return s.mode === 'turbo' && !this.paused && !this.editing && !this.disposed;
  }

  private applyParams(s: MazeSettings): void {
    const p = this.agent.params;
    if (p.epsilon === s.epsilon && p.alpha === s.alpha && p.gamma === s.gamma) return;
    p.epsilon = s.epsilon;
    p.alpha = s.alpha;
    p.gamma = s.gamma;
    // The worker applies them between two batches.
    this.link.setParams({ epsilon: s.epsilon, alpha: s.alpha, gamma: s.gamma });
  }

  private structuralChange(s: MazeSettings): boolean {
    if (s.agentKind !== this.agent.kind) return true;
    const spec = mazeSpecOf(s);
    return !sameRows(spec.rows, this.spec.rows) || !sameRewards(spec.rewards, this.spec.rewards);
  }

  private applyStructure(s: MazeSettings): void {
    const spec = mazeSpecOf(s);
    let restart = s.mode !== this.mode;
    if (!sameRows(spec.rows, this.spec.rows)) {
      if (this.buildMaze(spec)) {
        this.newAgent(s);
        if (!this.editing) {
          this.say(
            'info',
            `New maze (${spec.label}, ${this.maze.layout.width}×${this.maze.layout.height}): a new ${KIND_LABEL[this.agent.kind]} agent starts from scratch, since a Q-table belongs to one maze.`,
          );
        }
        restart = true;
      }
    } else {
      if (!sameRewards(spec.rewards, this.spec.rewards) && this.buildMaze(spec)) {
        // Same maze, same size: the agent keeps its Q-table and adapts to the new rewards.
        this.agent.provenance.env = structuredClone(this.env.spec);
        this.installAgent(this.agent, this.runner.episodes);
        const r = spec.rewards;
        this.say(
          'info',
          `Rewards now step ${r.stepReward}, goal ${r.goalReward}, cliff ${r.cliffReward}: the same agent keeps learning under them.`,
        );
        restart = true;
      }
      if (s.agentKind !== this.agent.kind) {
        const from = KIND_LABEL[this.agent.kind];
        this.newAgent(s);
        this.say(
          'info',
          `Switched from ${from} to ${KIND_LABEL[this.agent.kind]}: a new agent starts from scratch (Export first to keep the old one). Q-learning learns the values of the greedy policy, SARSA those of the ε-greedy policy it actually follows.`,
        );
        restart = true;
      }
    }
    if (restart) {
      const modeChanged = s.mode !== this.mode;
      this.enterMode(s.mode);
      if (modeChanged) this.save();
    }
  }

  /** Build the envs for `spec`. On an invalid layout: say why, keep the current maze and put the settings back. */
  private buildMaze(spec: MazeSpec): boolean {
    let env: MazeEnv;
    try {
      env = makeEnv('GridMaze-v0', { layout: spec.preset ?? spec.rows.slice(), ...spec.rewards });
    } catch (e) {
      this.say(
        'error',
        `That maze cannot be used: ${(e as Error).message}. The previous maze and agent stay.`,
      );
      if (this.spec) this.settings.getState().update(settingsForMaze(this.spec.rows, this.spec.rewards));
      return false;
    }
    this.installEnv(env, spec);
    return true;
  }

  private installEnv(env: MazeEnv, spec: MazeSpec): void {
    this.spec = spec;
    this.env = env;
    this.maze = env.unwrapped as GridMazeEnv;
    const { layout } = this.maze;
    const opts = { layout: spec.preset ?? layout.rows.slice(), ...spec.rewards };
    this.playEnv = makeEnv('GridMaze-v0', { ...opts, maxEpisodeSteps: env.maxEpisodeSteps });
    // A deterministic greedy policy that has not reached G after visiting every cell never will.
    this.evalEnv = makeEnv('GridMaze-v0', { ...opts, maxEpisodeSteps: layout.width * layout.height });
    this.visits = new Float64Array(layout.width * layout.height);
    this.highlight = null;
    this.mazeVersion++;
  }

  private newAgent(s: MazeSettings): void {
    const agent = makeAgent(s.agentKind, this.env, {
      seed: s.seed,
      epsilon: s.epsilon,
      alpha: s.alpha,
      gamma: s.gamma,
    }) as MazeAgent;
    this.runSeed = s.seed;
    this.installAgent(agent, 0);
    this.visits.fill(0);
    this.series.clear();
    this.seriesVersion++;
  }

  private installAgent(agent: MazeAgent, firstEpisode: number): void {
    this.agent = agent;
    this.runner = this.makeTrainRunner(agent, firstEpisode);
    const human: Agent<number> = {
      kind: agent.kind,
      params: agent.params,
      provenance: agent.provenance,
      act: () => this.humanAction,
      // Q-learning is off-policy: it can learn from the user's moves as from its own.
      learn: (t) => {
        if (this.settings.getState().learnFromPlay) agent.learn(t);
      },
      toJSON: () => agent.toJSON(),
    };
    this.playRunner = new Runner(this.playEnv, human, { onStep: this.onOtherStep });
    const greedyPolicy: Agent<number> = { ...human, act: (s) => agent.greedyAction(s), learn: noop };
    this.evalRunner = new Runner(this.evalEnv, greedyPolicy, { learn: false, onStep: this.onOtherStep });
    this.learnVersion++;
  }

  private makeTrainRunner(agent: MazeAgent, firstEpisode: number): Runner<number> {
    const acc = this.acc;
    const lastEpisode = this.lastEpisode;
    return new Runner(this.env, agent, {
      seed: this.runSeed,
      seedEpisodes: true,
      firstEpisode,
      onStep: this.onTrainStep,
      onEpisode: (e) => {
        acc.add(e.index, e.return, e.length, e.success);
        lastEpisode.index = e.index;
        lastEpisode.count = 1;
        lastEpisode.successRate = e.success ? 1 : 0;
        lastEpisode.return = e.return;
        lastEpisode.length = e.length;
        lastEpisode.success = e.success;
      },
    });
  }

  /** Switch to `agent` (imported or restored) and the maze it was trained on, and make the settings say so. */
  private adopt(agent: MazeAgent, env: MazeEnv, firstEpisode: number, runSeed: number): void {
    const options = env.spec.options as unknown as { layout: string | string[] } & MazeRewards;
    const layout = (env.unwrapped as GridMazeEnv).layout;
    const preset = typeof options.layout === 'string' ? (options.layout as MazePresetName) : undefined;
    const rewards = {
      stepReward: options.stepReward,
      goalReward: options.goalReward,
      cliffReward: options.cliffReward,
    };
    const spec: MazeSpec = {
      rows: layout.rows,
      rewards,
      label: preset ? `preset ${preset}` : `${layout.width}×${layout.height} maze`,
      preset,
    };
    if (!this.spec || !sameRows(spec.rows, this.spec.rows) || !sameRewards(rewards, this.spec.rewards)) {
      this.installEnv(env, spec);
    }
    this.runSeed = runSeed;
    agent.provenance.env = structuredClone(this.env.spec);
    this.installAgent(agent, firstEpisode);
    this.visits.fill(0);
    this.series.clear();
    this.seriesVersion++;
    // The store follows the agent: the maze, the kind and the params it was trained with. The
    // applied state already matches, so the next sync finds nothing structural to do.
    this.settings.getState().update({
      ...settingsForMaze(layout.rows, rewards),
      agentKind: agent.kind,
      epsilon: agent.params.epsilon,
      alpha: agent.params.alpha,
      gamma: agent.params.gamma,
    });
  }

  private freshStart(s: MazeSettings): void {
    const spec = mazeSpecOf(s);
    try {
      this.installEnv(
        makeEnv('GridMaze-v0', { layout: spec.preset ?? spec.rows.slice(), ...spec.rewards }),
        spec,
      );
    } catch (e) {
      // Stored custom rows that no longer parse: fall back to the default preset.
      this.say(
        'warning',
        `The saved maze could not be used (${(e as Error).message}); using the small preset.`,
      );
      const fallback = mazeSpecOf({ ...s, source: 'preset', preset: 'small' });
      this.installEnv(makeEnv('GridMaze-v0', { layout: 'small', ...fallback.rewards }), fallback);
      this.settings.getState().update({ source: 'preset', preset: 'small' });
    }
    this.newAgent(this.settings.getState());
    this.seen = this.settings.getState();
  }

  /** The agent kept from the last visit, with its maze. False when there is none (or it is unusable). */
  private restore(): boolean {
    try {
      const stored = this.storage.load();
      if (!stored) return false;
      const checked = checkMazeAgent(stored.agents[0] ?? null, null);
      if (!checked.ok) throw new Error(checked.why.replace(/\.$/, ''));
      const { agent, env } = checked;
      const runSeed = Number(stored.extra.runSeed);
      this.adopt(agent, env, stored.episodes[0] ?? 0, Number.isInteger(runSeed) ? runSeed : 0);
      // The settings store wins for params (they are what the panel shows).
      this.applyParams(this.settings.getState());
      this.seen = this.settings.getState();
      return true;
    } catch (e) {
      this.storage.clear();
      this.say(
        'warning',
        `The saved maze agent could not be restored (${(e as Error).message}); starting a new one.`,
      );
      return false;
    }
  }

  private applyEdit(result: EditResult, row: number, col: number): string | null {
    if (!result.ok) {
      this.highlight = {
        row: result.row ?? row,
        col: result.col ?? col,
        message: result.message,
        at: this.now(),
      };
      const message = `${sentence(result.message)} The maze is unchanged.`;
      this.say('error', message);
      return message;
    }
    this.highlight = null;
    // An earlier refusal ("the maze is unchanged") no longer holds.
    if (this.noticeId !== null) noticeStore.getState().dismiss(this.noticeId);
    this.noticeId = null;
    return this.settings.getState().update({ source: 'custom', customRows: result.rows });
  }

  // ------------------------------------------------------------------ modes

  /** Start `mode` from S; the episode in progress (if any) is abandoned. */
  private enterMode(mode: MazeMode): void {
    if (mode !== this.mode) this.paused = false;
    this.mode = mode;
    this.clock.reset();
    this.evalHoldMs = 0;
    this.last.ended = false;
    this.moveCount++;
    if (mode === 'watch') this.beginTrainEpisode();
    else if (mode === 'play') this.beginPlayEpisode();
    else if (mode === 'evaluate') this.beginEvalEpisode();
    else this.trail.start(this.maze.layout.start);
    this.last.from = this.last.to = this.position;
  }

  private startTurbo(): void {
    const agent = this.agent;
    agent.provenance.env = structuredClone(this.env.spec);
    const firstEpisode = this.runner.episodes;
    this.turboBase = {
      episodes: agent.provenance.episodesTrained,
      steps: agent.provenance.stepsTrained,
      firstEpisode,
    };
    this.turboVisitBase = this.visits.slice();
    this.trail.start(this.maze.layout.start);
    this.link.start({
      envId: 'GridMaze-v0',
      envOptions: { ...this.env.spec.options, maxEpisodeSteps: this.env.maxEpisodeSteps },
      seed: this.runSeed,
      trackVisits: true,
      lanes: [{ agent: agent.toJSON(), firstEpisode }],
    });
  }

  /** A snapshot from the worker: mirror its Q-table, visits and episodes for drawing and saving. */
  private onSnapshot(lane: TurboLaneSnapshot): void {
    const agent = this.agent;
    agent.q.set(lane.learned);
    const base = this.turboVisitBase;
    if (lane.visits && base) for (let i = 0; i < base.length; i++) this.visits[i] = base[i] + lane.visits[i];
    const p = lane.point;
    if (p) {
      this.series.addPoint(p);
      this.seriesVersion++;
      const e = this.lastEpisode;
      e.index = p.episode;
      e.count = p.count;
      e.successRate = p.successRate;
      e.return = p.meanReturn;
      e.length = p.meanLength;
      e.success = p.successRate > 0.5;
    }
    // Keep the mirror's counts current, so a save or an export during Turbo is up to date.
    agent.provenance.episodesTrained =
      this.turboBase.episodes + (lane.episodes - this.turboBase.firstEpisode);
    agent.provenance.stepsTrained = this.turboBase.steps + lane.steps;
    this.learnVersion++;
    this.autosave();
  }

  private onTurboError(message: string): void {
    this.say(
      'error',
      `Turbo training stopped: ${message}. The agent keeps the last snapshot's Q-table; press Resume to try again.`,
    );
    this.paused = true;
    this.runner = this.makeTrainRunner(this.agent, this.turbo.episodes);
  }

  /** Stop the worker and continue with the agent it hands back (or the mirror, if it does not answer). */
  private async bringHome(): Promise<void> {
    if (!this.link.running) return;
    const episodes = this.turbo.episodes;
    const result = await this.link.stop();
    const saved = result?.agents[0];
    if (result && saved) {
      const agent = loadAgent(saved) as MazeAgent;
      Object.assign(agent.params, this.agent.params);
      this.installAgent(agent, result.episodes[0]);
    } else {
      this.say(
        'warning',
        'The training worker did not hand the agent back in time; continuing from its last snapshot.',
      );
      this.runner = this.makeTrainRunner(this.agent, episodes);
    }
    this.enterMode(this.mode);
    this.save();
  }

  private autosave(): void {
    if (this.learnVersion !== this.savedVersion && this.now() - this.lastSaveAt >= this.saveEveryMs)
      this.save();
  }
}
