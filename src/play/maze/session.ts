/**
 * The maze session: a small coordinator over parts with one job each. The world (`MazeWorld`: spec
 * and envs), the agent with its runners (`MazeRunners`: Watch, Play, Evaluate), what the agent has
 * done (`AgentRecord`), the Turbo hand-over (`MazeTurbo`), persistence (`Autosave`), and the
 * settings sync (`SettingsSync`). It publishes what changed to a run-state store (`runState`) that
 * the scene, the panel and the charts subscribe to. No Phaser and no DOM: Node tests drive it with
 * a hand-cranked turbo backend.
 *
 * The agent has one home at a time. In Turbo it lives in the worker and the page keeps a mirror whose
 * Q-table follows every snapshot. Anything that needs the real agent (leaving Turbo, pausing,
 * editing, a new maze…) first brings it home with its generator state and the index of its next
 * episode; the episode in progress is abandoned on every hand-over.
 */
import type { SavedAgent } from '../../agents/types.ts';
import type { MazeMode, MazeSettings, MazeSettingsStore } from '../../state/maze-settings.ts';
import { type NoticeLevel, type NoticeText, wordsOf } from '../../state/notices.ts';
import { Autosave, noStorage, type SessionStorage } from '../shared/autosave.ts';
import { ReplacingNotice } from '../shared/replacing-notice.ts';
import { createRunStore, publish } from '../shared/run-store.ts';
import { SESSION_DEFAULTS, type SessionOptions } from '../shared/session-options.ts';
import { SettingsSync } from '../shared/settings-sync.ts';
import type { TurboStats } from '../shared/turbo-link.ts';
import type { MazeAgent } from './agent-file.ts';
import { MazeEditing } from './editing.ts';
import type { Marker } from './editor.ts';
import { MESSAGES } from './messages.ts';
import { MazePacing } from './pacing.ts';
import { type GreedyPath, GreedyPathCache } from './policy.ts';
import { AgentRecord } from './record.ts';
import { type Highlight, type MazeRunStore, mazeFacts } from './run-state.ts';
import { type LastStep, MazeRunners, noStep, type PlayStats, type Shown } from './runners.ts';
import { exportMazeAgent, importMazeAgent } from './session-files.ts';
import { MazeLinkOpener } from './session-link.ts';
import { MazeStructure } from './structure.ts';
import { Trail } from './trail.ts';
import { MazeTurbo } from './turbo.ts';
import { MazeWallChanges } from './wall-changes.ts';
import type { MazeWorld } from './world.ts';

export type { KeptAgent } from './structure.ts';
export type { Highlight, LastStep, MazeAgent, SessionStorage };

export type MazeSessionOptions = SessionOptions<MazeSettingsStore>;

export class MazeSession {
  readonly settings: MazeSettingsStore;
  /** What changed, for the scene, the panel, the readout and the charts to subscribe to. */
  readonly runState: MazeRunStore;
  readonly trail = new Trail();
  readonly last: LastStep = noStep();
  readonly play: PlayStats = { return: 0, steps: 0, episodes: 0, done: false };
  readonly record: AgentRecord;
  mode: MazeMode;
  paused = false;
  editing = false;
  highlight: Highlight | null = null;
  /** The agent on its world, with its runners (replaced with the agent or the maze). */
  runners: MazeRunners;
  readonly shown: Shown;
  readonly structure: MazeStructure;
  /** The Turbo link (the worker's agent and its snapshots). */
  readonly worker: MazeTurbo;
  private readonly sync_: SettingsSync<MazeSettings>;
  private readonly autosave: Autosave;
  readonly now: () => number;
  private readonly pacing: MazePacing;
  private readonly editor = new MazeEditing(this);
  private readonly link = new MazeLinkOpener(this);
  private readonly walls = new MazeWallChanges(this);
  private readonly notice = new ReplacingNotice();
  private readonly greedyCache = new GreedyPathCache();
  disposed = false;

  constructor(options: MazeSessionOptions) {
    this.settings = options.settings;
    this.now = options.now ?? (() => performance.now());
    this.pacing = new MazePacing(this.now, options.frameBudgetMs ?? SESSION_DEFAULTS.frameBudgetMs);
    this.autosave = new Autosave(
      options.storage ?? noStorage,
      this.now,
      options.saveEveryMs ?? SESSION_DEFAULTS.saveEveryMs,
      () => ({
        agents: [this.exportAgent()],
        episodes: [this.episodes],
        extra: { runSeed: this.runners.runSeed },
      }),
    );
    this.worker = new MazeTurbo({
      create: options.createTurbo,
      now: this.now,
      snapshotMs: options.snapshotMs ?? SESSION_DEFAULTS.snapshotMs,
      stopTimeoutMs: options.stopTimeoutMs ?? SESSION_DEFAULTS.stopTimeoutMs,
      onSnapshot: () => {
        this.autosave.touch();
        this.autosave.tick();
        this.publish();
      },
      onError: (message) => this.structure.turboFailed(message),
      onWallsChanged: (episode) => this.walls.followWorker(episode),
    });
    this.structure = new MazeStructure(this);
    this.sync_ = new SettingsSync(this.settings, this.structure);
    const s = this.settings.getState();
    this.mode = s.mode;
    const start = this.structure.restore(this.autosave) ?? this.structure.freshStart(s);
    this.record = new AgentRecord(start.world.cells);
    this.shown = {
      trail: this.trail,
      last: this.last,
      play: this.play,
      record: this.record,
      moves: 0,
      learnFromPlay: () => this.settings.getState().learnFromPlay,
      greedyEvery: () => this.settings.getState().greedyEvery,
      wallsChanged: (episode) => this.walls.changed(episode),
    };
    this.runners = new MazeRunners(start.world, start.agent, start.firstEpisode, start.runSeed, this.shown);
    this.sync_.markApplied();
    this.runners.begin(this.mode);
    this.runState = createRunStore(mazeFacts(this));
  }

  // ------------------------------------------------------------------ reading

  get world(): MazeWorld {
    return this.runners.world;
  }
  get spec() {
    return this.world.spec;
  }
  get env() {
    return this.world.env;
  }
  get maze() {
    return this.world.maze;
  }
  get agent(): MazeAgent {
    return this.runners.agent;
  }
  /** The training runner (Watch). */
  get runner() {
    return this.runners.train;
  }
  get visits(): Float64Array {
    return this.record.visits;
  }
  get series() {
    return this.record.series;
  }
  get lastEpisode() {
    return this.record.lastEpisode;
  }
  get lastEval() {
    return this.record.lastEval;
  }
  /** Seed of the training runner's episodes (kept with the agent, so hand-overs see the same episodes). */
  get runSeed(): number {
    return this.runners.runSeed;
  }
  get params(): MazeAgent['params'] {
    return this.agent.params;
  }

  /** The cell of the agent on screen (Turbo shows S: the worker's agent is everywhere at once). */
  get position(): number {
    if (this.mode === 'turbo' && this.turboRunning) return this.maze.layout.start;
    return this.runners.position(this.mode);
  }

  /** When a changing maze's walls last changed (`now()`); −1 never. */
  get wallsChangedAt(): number {
    return this.walls.changedAt;
  }

  /** Training in the worker right now. */
  get turboRunning(): boolean {
    return this.worker.running;
  }

  /** The worker's numbers: steps/s, snapshots (count, rate, last time), its next episode. */
  get turbo(): Readonly<Omit<TurboStats, 'episodes' | 'steps'>> & { episodes: number } {
    return { ...this.worker.stats, episodes: this.worker.episodes };
  }

  /** Training episodes finished by this agent (page and worker together). */
  get episodes(): number {
    return this.turboRunning ? this.worker.episodes : this.runner.episodes;
  }

  /** Training steps this agent has learned from (page, worker and play). */
  get steps(): number {
    return this.agent.provenance.stepsTrained;
  }

  /** Whether an asynchronous hand-over (bringing the agent home from the worker) is under way. */
  get switching(): boolean {
    return this.sync_.busy;
  }

  /** Return and length of the episode in progress of the runner on screen. */
  get episodeReturn(): number {
    return this.runners.on(this.mode).episodeReturn;
  }
  get episodeLength(): number {
    return this.runners.on(this.mode).episodeLength;
  }

  /** The greedy policy's path from S (recomputed when the agent or what it learned changed). */
  greedy(): GreedyPath {
    return this.greedyCache.get(this.agent, this.maze);
  }

  // ------------------------------------------------------------------ the frame

  /** One display frame: apply what changed, then step the mode's runner as the speed asks. */
  frame(deltaMs: number): void {
    this.sync();
    if (!this.switching && !this.editing && !this.paused && !this.disposed) {
      const speed = this.settings.getState().speed;
      if (this.mode === 'watch') {
        this.pacing.watchFrame(this.runners, this.record, deltaMs, speed);
        this.autosave.touch();
      } else if (this.mode === 'evaluate') this.pacing.evalFrame(this.runners, deltaMs, speed);
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
    this.pacing.reset();
    this.publish();
  }

  /** One step of the mode's runner (Watch or Evaluate), pausing first. Returns false elsewhere. */
  stepOnce(): boolean {
    this.sync();
    if (this.switching || this.editing || (this.mode !== 'watch' && this.mode !== 'evaluate')) return false;
    this.paused = true;
    if (this.mode === 'watch') {
      this.pacing.train(this.runners, this.record, 1);
      this.autosave.touch();
    } else this.pacing.evalFrame(this.runners, 0, 0, 1);
    this.publish();
    return true;
  }

  /** Play mode: take `action` (0 up, 1 right, 2 down, 3 left). Returns false when not playing. */
  playMove(action: number): boolean {
    this.sync();
    if (this.mode !== 'play' || this.editing || this.switching) return false;
    this.runners.playMove(action);
    this.autosave.touch();
    this.publish();
    return true;
  }

  /** Abandon the episode on screen; the agent starts again from S (keeps everything learned). */
  resetEpisode(): void {
    this.sync_.queue(() => this.enterMode(this.mode));
  }

  /** A new agent of the chosen kind and seed (asked for by the user; Undo brings the old one back). */
  resetAgent(): void {
    this.sync_.queue(() => {
      const s = this.settings.getState();
      const text = MESSAGES.newAgent(s.agentKind, s.seed);
      this.structure.replaceAgent(s, text);
      this.enterMode(this.mode);
    });
  }

  /** Bring back the agent the last Reset, new maze or edit set aside. False when there is none. */
  undo(): boolean {
    return this.structure.undo.undo();
  }

  setEditing(on: boolean): void {
    this.editor.set(on);
  }

  /** Editor: cycle the tile at (row, col). Returns the refusal, or null when applied. */
  editCell(row: number, col: number): string | null {
    return this.editor.cell(row, col);
  }

  /** Editor: move S or G to (row, col). */
  moveMarker(marker: Marker, row: number, col: number): string | null {
    return this.editor.marker(marker, row, col);
  }

  /** The current agent as saved JSON (the CLI's `--out` format), with its maze (session-files.ts). */
  exportAgent(): SavedAgent {
    return exportMazeAgent(this);
  }

  /** Import a saved agent file; a bad one is refused with the returned message (session-files.ts). */
  importAgent(text: string, fileName = 'the file'): string | null {
    return importMazeAgent(this, text, fileName);
  }

  /**
   * Open a shared link's settings (all of them, checked by state/maze-link.ts): a new agent from its
   * seed on its maze; what was there before comes back with the notice's Undo (session-link.ts).
   */
  openLink(settings: MazeSettings): void {
    this.link.open(settings);
  }

  /** Keep the agent for the next visit now (also done every few seconds and on mode switches). */
  save(): void {
    this.autosave.save();
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
    this.worker.dispose();
    this.structure.undo.withdraw();
    this.link.withdraw();
  }

  // ------------------------------------------------------------------ parts call these

  /**
   * Tell the user; a newer message replaces the previous one (ten generated mazes leave one notice).
   * Returns the words as shown now.
   */
  say(level: NoticeLevel, text: NoticeText): string {
    this.notice.show(level, text);
    return wordsOf(text);
  }

  /** Take the last message back (an Undo notice says it instead, or it no longer holds). */
  quiet(): void {
    this.notice.dismiss();
  }

  /** Run `op` at the next sync, with the agent at home. */
  queue(op: () => void): void {
    this.sync_.queue(op);
  }

  /** The store as it is now has been applied (it was written to match the agent). */
  markApplied(): void {
    this.sync_.markApplied();
  }

  /** Use `agent` on `world` from episode `firstEpisode` on (keeps the record). */
  install(world: MazeWorld, agent: MazeAgent, firstEpisode: number, runSeed = this.runners.runSeed): void {
    if (world !== this.world) {
      this.highlight = null;
      this.record.visits = new Float64Array(world.cells);
    }
    this.runners = new MazeRunners(world, agent, firstEpisode, runSeed, this.shown);
    this.autosave.touch();
  }

  /** Start `mode` from S; the episode in progress (if any) is abandoned. */
  enterMode(mode: MazeMode): void {
    if (mode !== this.mode) this.paused = false;
    this.mode = mode;
    this.pacing.reset();
    this.shown.moves++;
    this.runners.begin(mode);
    this.publish();
  }

  /** Tell the subscribers what changed since the last call (nothing changed: no notification). */
  publish(): void {
    // The constructor's parts publish before the store exists.
    if (this.runState) publish(this.runState, mazeFacts(this));
  }
}
