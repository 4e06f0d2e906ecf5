/**
 * Turbo training: the one runner stepping in large batches, as the Web Worker runs it. This file is
 * plain TypeScript (no worker or DOM globals), so Node tests drive it directly; the worker entry
 * (src/workers/trainer.worker.ts) only moves messages.
 *
 * A turbo run has one or more lanes: an agent with its own env and runner. All lanes share the env
 * spec and the run seed, and every reset is seeded by the episode index (`seedEpisodes`), so two
 * agents trained side by side (REINFORCE with and without a baseline) meet the same holes, and an
 * agent that moves between the page and the worker sees the episodes it would have seen anyway.
 */

import {
  type ActorCriticDivergedError,
  type AgentErrorValues,
  ReinforceDivergedError,
} from '../agents/errors.ts';
import { type AnyAgent, assertAgentMatchesEnv, loadAgent, ReinforceAgent } from '../agents/index.ts';
import { isPolicyGradient } from '../agents/policy-gradient.ts';
import type { SavedAgent } from '../agents/types.ts';
import type { CodedErrorData } from '../core/coded-error.ts';
import type { Seed } from '../core/rng.ts';
import { Discrete, type Env, makeEnv, type RegisteredEnvId } from '../envs/index.ts';
import { EpisodeAccumulator, type EpisodePoint, EpisodeSeries } from './episode-series.ts';
import { TrainRangeError } from './errors.ts';
import { type GreedyRun, greedyReturn } from './evaluate.ts';
import { fusedAdvance, fusedApplies } from './fused/index.ts';
import { GradientStats } from './gradient-stats.ts';
import { Runner } from './runner.ts';

export interface TurboLaneInit {
  agent: SavedAgent;
  /** Episode index the lane continues from (seeds the next reset). */
  firstEpisode: number;
}

export interface TurboInit {
  envId: RegisteredEnvId;
  envOptions: Record<string, unknown>;
  seed: Seed;
  lanes: TurboLaneInit[];
  /** Count state visits (tabular envs), for the visit-count overlay. */
  trackVisits?: boolean;
  /**
   * Tabular lanes: after every this many episodes, the greedy policy's return on a separate env
   * instance, without learning (`greedyReturn`). 0 or absent: none.
   */
  greedyEvery?: number;
  /**
   * Tabular GridMaze lanes step through the fused kernel (`train/fused`, bit-identical to the
   * runner) whenever it applies. False forces the generic runner, to compare. Default true.
   */
  fused?: boolean;
}

export interface TurboLaneSnapshot {
  /** Q-table or θ, a copy. */
  learned: Float64Array;
  /** Policy-gradient agents: w of the learned state value v̂(s) = w·φ(s), a copy. */
  value?: Float64Array;
  /** Visit counts per state since the run started (tabular only), a copy. */
  visits?: Float64Array;
  /** Episodes finished since the previous snapshot, as one bucket (null if none). */
  point: EpisodePoint | null;
  /** The episode during which the walls of a changing maze changed, since the previous snapshot. */
  wallsChanged?: number;
  /** Greedy evaluations since the previous snapshot (`greedyEvery`), one point each (or merged). */
  greedy?: EpisodePoint[];
  /** Absolute index of the next episode. */
  episodes: number;
  /** Whether the last batch ran on the fused kernel (`TurboInit.fused`) rather than the runner. */
  fused: boolean;
  steps: number;
  /** REINFORCE only: statistics of the gradient estimates of every update so far. */
  gradient?: {
    updates: number;
    meanNorm: number;
    variance: number;
    varianceNoBaseline: number;
    meanNormNoBaseline: number;
    /** The running means themselves (copies), so the page can compare directions and merge runs. */
    mean: Float64Array;
    meanNoBaseline: Float64Array;
    /** The last update's two estimates on the same batch (copies): one sampled update per snapshot. */
    last: Float64Array;
    lastNoBaseline: Float64Array;
  };
  /** A REINFORCE or actor–critic divergence as plain data (code and values survive `postMessage`), or null. */
  diverged:
    | CodedErrorData<'reinforce-diverged', AgentErrorValues['reinforce-diverged']>
    | CodedErrorData<'actor-critic-diverged', AgentErrorValues['actor-critic-diverged']>
    | null;
}

export interface TurboSnapshot {
  lanes: TurboLaneSnapshot[];
  /** Env steps per second over the last batch, all lanes together. */
  stepsPerSecond: number;
  totalSteps: number;
}

/** Live params for one lane, or for all lanes. */
export interface TurboParamsChange {
  lane?: number;
  params: Record<string, unknown>;
}

class Lane {
  readonly agent: AnyAgent;
  readonly runner: Runner<unknown>;
  readonly acc = new EpisodeAccumulator();
  readonly visits: Float64Array | undefined;
  readonly grad: GradientStats | undefined;
  readonly gradNoBaseline: GradientStats | undefined;
  /** The episode during which a changing maze's walls changed, not yet sent; −1 none. */
  private wallsChanged = -1;
  /** Greedy evaluations not yet sent (bounded: it halves its resolution if a snapshot is late). */
  readonly greedy: EpisodeSeries | undefined;
  private lastUpdates = 0;
  private readonly fused: boolean;
  /** Whether the last `run` went through the fused kernel. */
  usedFused = false;

  constructor(init: TurboInit, lane: TurboLaneInit) {
    this.fused = init.fused !== false;
    const env = makeEnv(init.envId, init.envOptions);
    this.agent = loadAgent(lane.agent);
    assertAgentMatchesEnv(this.agent, env);
    const visits =
      init.trackVisits && env.observationSpace instanceof Discrete
        ? new Float64Array(env.observationSpace.n)
        : undefined;
    this.visits = visits;
    if (this.agent instanceof ReinforceAgent) {
      this.grad = new GradientStats(this.agent.theta.length);
      this.gradNoBaseline = new GradientStats(this.agent.theta.length);
      this.lastUpdates = this.agent.lastBatch.updates;
    }
    const acc = this.acc;
    const every = init.greedyEvery ?? 0;
    const agent = this.agent;
    let probe: ((index: number) => void) | undefined;
    if (every > 0 && !(agent instanceof ReinforceAgent)) {
      const greedy = new EpisodeSeries(1024);
      // Its own env: evaluation must not disturb the training env's episode in progress.
      const probeEnv = makeEnv(init.envId, init.envOptions) as Env<number, number>;
      const run: GreedyRun = { return: 0, length: 0, success: false };
      this.greedy = greedy;
      probe = (index) => {
        if ((index + 1) % every !== 0) return;
        greedyReturn(agent, probeEnv, run);
        greedy.addEpisode(index, run.return, run.length, run.success);
      };
    }
    this.runner = new Runner(env, this.agent as never, {
      seed: init.seed,
      seedEpisodes: true,
      firstEpisode: lane.firstEpisode,
      onStep: (t, r) => {
        if (visits) visits[t.nextObservation as number]++;
        // A changing maze (GridMaze changeAt): the episode during which its walls changed.
        if ((r.info as { changed?: boolean }).changed === true) this.wallsChanged = this.runner.episodes;
      },
      onEpisode: (e) => {
        acc.add(e.index, e.return, e.length, e.success);
        probe?.(e.index);
        this.foldGradient();
      },
    });
    if (visits) visits[(this.runner.reset() as number) ?? 0]++;
  }

  /** After an episode: if REINFORCE applied an update, add its gradients to the statistics. */
  private foldGradient(): void {
    const a = this.agent;
    if (!(a instanceof ReinforceAgent) || a.lastBatch.updates === this.lastUpdates) return;
    this.lastUpdates = a.lastBatch.updates;
    this.grad?.add(a.lastGradient);
    this.gradNoBaseline?.add(a.lastGradientNoBaseline);
  }

  /**
   * Step `n` times. A REINFORCE divergence (the agent restored θ, set `diverged` and threw) ends the
   * lane's stepping without an exception, so the trainer reports it in the snapshot and `finish()`
   * still hands back the agent with its restored θ and generator state.
   */
  run(n: number): void {
    if (isPolicyGradient(this.agent) && this.agent.diverged) return;
    try {
      // The kernel takes the visit counts itself; a pending wall change keeps the generic path
      // (fusedApplies is false until it has happened), so `wallsChanged` still comes from onStep.
      this.usedFused = this.fused && fusedApplies(this.runner, true);
      if (this.usedFused) fusedAdvance(this.runner, n, { visits: this.visits, ownStepHook: true });
      else this.runner.advance(n);
    } catch (e) {
      if (!(isPolicyGradient(this.agent) && this.agent.diverged)) throw e;
    }
  }

  snapshot(): TurboLaneSnapshot {
    const a = this.agent;
    const s: TurboLaneSnapshot = {
      learned: (isPolicyGradient(a) ? a.theta : a.q).slice(),
      point: this.acc.drain(),
      episodes: this.runner.episodes,
      steps: this.runner.steps,
      fused: this.usedFused,
      diverged: isPolicyGradient(a) && a.diverged ? divergedData(a.diverged) : null,
    };
    if (isPolicyGradient(a)) s.value = a.w.slice();
    if (this.visits) s.visits = this.visits.slice();
    if (this.wallsChanged >= 0) {
      s.wallsChanged = this.wallsChanged;
      this.wallsChanged = -1;
    }
    if (this.greedy) {
      s.greedy = this.greedy.points.slice();
      this.greedy.clear();
    }
    if (this.grad && this.gradNoBaseline) {
      s.gradient = {
        updates: this.grad.count,
        meanNorm: this.grad.meanNorm(),
        variance: this.grad.totalVariance(),
        meanNormNoBaseline: this.gradNoBaseline.meanNorm(),
        varianceNoBaseline: this.gradNoBaseline.totalVariance(),
        mean: this.grad.mean.slice(),
        meanNoBaseline: this.gradNoBaseline.mean.slice(),
        last: (a as ReinforceAgent).lastGradient.slice(),
        lastNoBaseline: (a as ReinforceAgent).lastGradientNoBaseline.slice(),
      };
    }
    return s;
  }
}

export class TurboTrainer {
  private readonly lanes: Lane[];
  private lastRate = 0;
  private totalSteps = 0;
  /** Steps per chunk between clock reads; grows until a chunk takes ~5 ms. */
  private chunk = 10_000;

  constructor(init: TurboInit) {
    if (init.lanes.length === 0) {
      throw new TrainRangeError('turbo-no-lanes', {}, 'TurboTrainer: at least one lane is needed');
    }
    this.lanes = init.lanes.map((l) => new Lane(init, l));
  }

  /**
   * Apply live params at the batch boundary. Fields the agent does not have are ignored; a value
   * out of range throws the agent's `RangeError` (the page clamps before it sends).
   */
  setParams(change: TurboParamsChange): void {
    const targets = change.lane === undefined ? this.lanes : [this.lanes[change.lane]].filter(Boolean);
    for (const lane of targets) {
      const params = lane.agent.params as unknown as Record<string, unknown>;
      for (const [name, value] of Object.entries(change.params)) {
        if (Object.hasOwn(params, name)) params[name] = value;
      }
    }
  }

  /**
   * Step every lane in round-robin chunks for about `ms` milliseconds (or until `maxSteps`).
   * Stops early if an agent diverges. `now` is injectable for tests.
   */
  runFor(ms: number, now: () => number = () => performance.now(), maxSteps = Number.POSITIVE_INFINITY): void {
    const t0 = now();
    let steps = 0;
    while (steps < maxSteps) {
      const n = Math.min(this.chunk, maxSteps - steps);
      const c0 = now();
      for (const lane of this.lanes) lane.run(n);
      steps += n;
      const elapsed = now() - c0;
      if (elapsed < 5 && this.chunk < 2_000_000) this.chunk *= 2;
      if (this.lanes.some((l) => isPolicyGradient(l.agent) && l.agent.diverged)) break;
      if (now() - t0 >= ms) break;
    }
    const seconds = (now() - t0) / 1000;
    const total = steps * this.lanes.length;
    this.totalSteps += total;
    this.lastRate = seconds > 0 ? total / seconds : 0;
  }

  snapshot(): TurboSnapshot {
    return {
      lanes: this.lanes.map((l) => l.snapshot()),
      stepsPerSecond: this.lastRate,
      totalSteps: this.totalSteps,
    };
  }

  /** The agents as saved JSON (with their generator states) and where each lane's episodes stand. */
  finish(): { agents: SavedAgent[]; episodes: number[] } {
    return {
      agents: this.lanes.map((l) => l.agent.toJSON()),
      episodes: this.lanes.map((l) => l.runner.episodes),
    };
  }
}

/** A divergence error as plain data (its code and values survive `postMessage`). */
function divergedData(e: ReinforceDivergedError | ActorCriticDivergedError): TurboLaneSnapshot['diverged'] {
  return e instanceof ReinforceDivergedError
    ? { code: e.code, values: { ...e.values } }
    : { code: e.code, values: { ...e.values } };
}
