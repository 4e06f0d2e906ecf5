/**
 * The runners of the maze's on-page modes for one agent on one world: Watch trains (`train`), Play
 * lets the user be the policy (`play`, learning from the user's moves when asked), Evaluate follows
 * the greedy policy with ε = 0 (`eval`). Each step is written to what the scene shows: the last step
 * (sprite, HUD), the trail, and the agent's record (visits, episodes). No allocation per step.
 */
import type { Agent, Transition } from '../../agents/types.ts';
import { ACTION_DELTAS, type GridMazeEnv, type GridMazeInfo } from '../../envs/grid-maze.ts';
import { type MazeEnv, makeEnv } from '../../envs/registry.ts';
import type { StepResult } from '../../envs/types.ts';
import type { MazeMode } from '../../state/maze-settings.ts';
import { type GreedyRun, greedyReturn } from '../../train/evaluate.ts';
import { Runner } from '../../train/runner.ts';
import type { MazeAgent } from './agent-file.ts';
import { greedyMask } from './policy.ts';
import type { AgentRecord } from './record.ts';
import type { Trail } from './trail.ts';
import type { MazeWorld } from './world.ts';

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

/** No step yet (a new session). */
export function noStep(): LastStep {
  return {
    from: 0,
    to: 0,
    action: 1,
    reward: 0,
    exploratory: false,
    fell: false,
    success: false,
    ended: false,
  };
}

/** Play mode: the episode so far. */
export interface PlayStats {
  return: number;
  steps: number;
  episodes: number;
  done: boolean;
}

/** What the runners write to, owned by the session (it outlives any one agent). */
export interface Shown {
  readonly trail: Trail;
  readonly last: LastStep;
  readonly play: PlayStats;
  readonly record: AgentRecord;
  /** Steps taken on screen, by any runner of any agent (the sprite and the trail follow it). */
  moves: number;
  /** Whether Play teaches the agent (read at every step). */
  learnFromPlay(): boolean;
  /** Evaluate the greedy policy after every this many training episodes (0: never). */
  greedyEvery(): number;
  /** The walls of a changing maze changed during training episode `episode`. */
  wallsChanged(episode: number): void;
}

/** All four actions greedy: Q never updated in that cell. */
const ALL_TIED = 15;
const ACTIONS = 4;
/** Look at the clock when `step & CLOCK_MASK` is all ones: every 1024 steps (a slow machine keeps its frame rate, not the speed). */
const CLOCK_MASK = 1023;

export class MazeRunners {
  readonly train: Runner<number>;
  /** Play's and Evaluate's runners: new ones on the changed walls once a changing maze changed. */
  play: Runner<number>;
  eval: Runner<number>;
  private othersChanged: boolean;
  private readonly human: Agent<number>;
  private readonly onOther: (t: Transition<number>, r: StepResult<number>) => void;
  /** Greedy actions of the state about to be acted in (bit mask), for marking exploratory steps. */
  private preMask = ALL_TIED;
  private humanAction = 0;
  private probeEnv: MazeEnv | undefined;
  private probeChanged = false;
  private readonly probeRun: GreedyRun = { return: 0, length: 0, success: false };
  /** The maze's width and start cell, and what the steps are written to (read on every step). */
  private readonly width: number;
  private readonly start: number;
  private readonly last: LastStep;
  private readonly trail: Trail;

  constructor(
    readonly world: MazeWorld,
    readonly agent: MazeAgent,
    firstEpisode: number,
    readonly runSeed: number,
    private readonly shown: Shown,
  ) {
    const { width, start } = world.maze.layout;
    this.width = width;
    this.start = start;
    this.last = shown.last;
    this.trail = shown.trail;
    const onTrain = (t: Transition<number>, r: StepResult<number>) => this.recordStep(t, r, true);
    const onOther = (t: Transition<number>, r: StepResult<number>) => this.recordStep(t, r, false);
    const record = shown.record;
    this.train = new Runner(world.env, agent, {
      seed: runSeed,
      seedEpisodes: true,
      firstEpisode,
      onStep: onTrain,
      onEpisode: (e) => {
        record.episode(e.index, e.return, e.length, e.success);
        this.probe(e.index);
      },
    });
    this.human = {
      kind: agent.kind,
      params: agent.params,
      provenance: agent.provenance,
      act: () => this.humanAction,
      // Q-learning is off-policy: it can learn from the user's moves as from its own.
      learn: (t) => {
        if (shown.learnFromPlay()) agent.learn(t);
      },
      toJSON: () => agent.toJSON(),
    };
    this.onOther = onOther;
    this.othersChanged = world.maze.changed;
    this.play = this.playRunner();
    this.eval = this.evalRunner();
  }

  private playRunner(): Runner<number> {
    return new Runner(this.world.playEnv, this.human, { onStep: this.onOther });
  }

  private evalRunner(): Runner<number> {
    const agent = this.agent;
    const greedy: Agent<number> = { ...this.human, act: (s) => agent.greedyAction(s), learn: () => {} };
    return new Runner(this.world.evalEnv, greedy, { learn: false, onStep: this.onOther });
  }

  /** After the training maze's walls changed, Play and Evaluate walk the new walls (from S). */
  private followWalls(): void {
    const changed = this.world.maze.changed;
    if (changed === this.othersChanged) return;
    this.othersChanged = changed;
    this.play = this.playRunner();
    this.eval = this.evalRunner();
  }

  /**
   * After training episode `index`: every k episodes, the greedy policy's return on an env of its
   * own (made at the first evaluation), so the training episode and generator are undisturbed.
   */
  private probe(index: number): void {
    const k = this.shown.greedyEvery();
    if (k <= 0 || (index + 1) % k !== 0) return;
    const env = this.world.env;
    // A changing maze: the probe walks the walls as they are now (its own step count would lag).
    const changed = this.world.maze.changed;
    if (!this.probeEnv || changed !== this.probeChanged) {
      const options = changed
        ? { ...(env.spec.options as object), layout: this.world.maze.layout.rows.slice(), changeAt: null }
        : (env.spec.options as object);
      this.probeEnv = makeEnv('GridMaze-v0', { ...options, maxEpisodeSteps: env.maxEpisodeSteps });
      this.probeChanged = changed;
    }
    const run = greedyReturn(this.agent, this.probeEnv, this.probeRun);
    this.shown.record.greedy.addEpisode(index, run.return, run.length, run.success);
  }

  /** The runner `mode` shows (Turbo shows the training runner's maze at S). */
  on(mode: MazeMode): Runner<number> {
    return mode === 'play' ? this.play : mode === 'evaluate' ? this.eval : this.train;
  }

  /** The cell of the agent on screen in `mode`. */
  position(mode: MazeMode): number {
    const env = mode === 'play' ? this.play.env : mode === 'evaluate' ? this.eval.env : null;
    return env ? ((env as MazeEnv).unwrapped as GridMazeEnv).position : this.world.maze.position;
  }

  /** Start `mode`'s episode from S (the one in progress is abandoned). */
  begin(mode: MazeMode): void {
    if (mode === 'play' || mode === 'evaluate') this.followWalls();
    const trail = this.shown.trail;
    if (mode === 'watch') {
      const s = this.train.reset();
      trail.start(s);
      this.shown.record.visits[s]++;
    } else if (mode === 'play') {
      trail.start(this.play.reset());
      const p = this.shown.play;
      p.return = 0;
      p.steps = 0;
      p.done = false;
    } else if (mode === 'evaluate') {
      trail.start(this.eval.reset());
    } else {
      trail.start(this.world.maze.layout.start);
    }
    const last = this.shown.last;
    last.ended = false;
    last.from = last.to = this.position(mode);
  }

  /** Up to `n` training steps; stops early when `overBudget()` (then returns false). */
  trainSteps(n: number, overBudget: () => boolean): boolean {
    const runner = this.train;
    const q = this.agent.q;
    for (let i = 0; i < n; i++) {
      if (!runner.inEpisode) this.begin('watch');
      this.preMask = greedyMask(q, runner.observation, ACTIONS);
      runner.step();
      if ((i & CLOCK_MASK) === CLOCK_MASK && overBudget()) return false;
    }
    return true;
  }

  /**
   * Up to `n` greedy steps. Returns 'ended' right after a finished run when `stopAtEnd` (a slow
   * Evaluate pauses on it), 'budget' when the frame's time ran out, else 'done'.
   */
  evalSteps(n: number, overBudget: () => boolean, stopAtEnd: boolean): 'ended' | 'budget' | 'done' {
    const runner = this.eval;
    for (let i = 0; i < n; i++) {
      if (!runner.inEpisode) this.begin('evaluate');
      this.preMask = greedyMask(this.agent.q, runner.observation, ACTIONS);
      if (runner.step()) {
        this.shown.record.lastEval = {
          return: runner.episodeReturn,
          length: runner.episodeLength,
          success: this.shown.last.success,
        };
        if (stopAtEnd) return 'ended';
      }
      if ((i & CLOCK_MASK) === CLOCK_MASK && overBudget()) return 'budget';
    }
    return 'done';
  }

  /** Play: the user's move `action` (0 up, 1 right, 2 down, 3 left). */
  playMove(action: number): void {
    const runner = this.play;
    if (!runner.inEpisode) this.begin('play');
    this.humanAction = action;
    this.preMask = greedyMask(this.agent.q, runner.observation, ACTIONS);
    const ended = runner.step();
    const p = this.shown.play;
    p.return = runner.episodeReturn;
    p.steps = runner.episodeLength;
    p.done = ended;
    if (ended) p.episodes++;
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
    // On a fall the env puts the agent back on S; the trail and the sprite show the cliff cell first.
    last.to = last.fell ? s + ACTION_DELTAS[a][0] * this.width + ACTION_DELTAS[a][1] : t.nextObservation;
    this.trail.move(last.to, last.exploratory, last.fell, this.start, this.preMask === ALL_TIED);
    this.shown.moves++;
    if (training) {
      this.shown.record.visits[t.nextObservation]++;
      if (info.changed === true) this.shown.wallsChanged(this.train.episodes);
    }
  }
}
