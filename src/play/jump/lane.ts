/**
 * One REINFORCE agent of the jump scene with everything that belongs to it: its training env and
 * runner (episodes seeded by index, so two lanes with the same run seed meet the same holes), its
 * episode series, its θ history and its gradient log. The scene has one lane, or two when comparing
 * the baseline with none.
 *
 * The runner's hooks are built once per runner and allocate nothing per step.
 */
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import { ReinforceAgent } from '../../agents/reinforce.ts';
import type { JumpHoleEnv } from '../../envs/jump-hole.ts';
import type { JumpEnv } from '../../envs/registry.ts';
import { EpisodeAccumulator, type EpisodePoint, EpisodeSeries } from '../../train/episode-series.ts';
import { Runner } from '../../train/runner.ts';
import { copyAgent } from './agents.ts';
import { GradientLog } from './gradients.ts';
import { distanceWeightIndex, thetaDifference } from './policy.ts';
import { BoundedSeries } from './series.ts';

export type Outcome = 'running' | 'fell' | 'cleared';

export class JumpLane {
  agent: PolicyGradientAgent;
  runner: Runner<Float64Array>;
  readonly env: JumpEnv;
  /** The env itself, for drawing (x, y, hole, outcome). */
  readonly hole: JumpHoleEnv;
  readonly series = new EpisodeSeries(512);
  /** [episode, Δθ distance, Δθ on-ground, Δθ bias] after each update (or turbo snapshot). */
  readonly theta = new BoundedSeries(4, 1024);
  grads: GradientLog;
  readonly lastEpisode = { index: -1, return: 0, length: 0, success: false, outcome: 'running' as Outcome };
  /** The first episode this lane finished: its index, return and hole (a shared link's check). */
  readonly firstEpisode = { index: -1, return: 0, holeStart: Number.NaN };
  /** Counters the scene watches to start effects (a jump's "−1", a fall, a clear). */
  jumps = 0;
  endings = 0;
  /** Episode at which θ was last recorded (θ changes only at updates, which end episodes); −1 before. */
  thetaAt = -1;
  private readonly acc = new EpisodeAccumulator();
  private readonly delta = new Float64Array(3);
  private lastUpdates = 0;
  private runSeed: number;

  constructor(env: JumpEnv, agent: PolicyGradientAgent, runSeed: number, firstEpisode: number) {
    this.env = env;
    this.hole = env.unwrapped as JumpHoleEnv;
    this.runSeed = runSeed;
    this.agent = agent;
    this.lastUpdates = updatesOf(agent);
    this.grads = new GradientLog(agent.theta.length, distanceWeightIndex(agent));
    this.runner = this.makeRunner(agent, firstEpisode, runSeed);
  }

  /** Index of the next (or current) training episode. */
  get episodes(): number {
    return this.runner.episodes;
  }

  /** Use `agent` from episode `firstEpisode` on (the episode in progress, if any, is abandoned). */
  install(agent: PolicyGradientAgent, firstEpisode: number, runSeed = this.runSeed): void {
    if (agent.theta.length !== this.agent.theta.length) {
      this.grads = new GradientLog(agent.theta.length, distanceWeightIndex(agent));
    }
    this.agent = agent;
    this.runSeed = runSeed;
    this.lastUpdates = updatesOf(agent);
    this.runner = this.makeRunner(agent, firstEpisode, runSeed);
  }

  private makeRunner(
    agent: PolicyGradientAgent,
    firstEpisode: number,
    runSeed: number,
  ): Runner<Float64Array> {
    const acc = this.acc;
    const last = this.lastEpisode;
    return new Runner<Float64Array>(this.env, agent, {
      seed: runSeed,
      seedEpisodes: true,
      firstEpisode,
      onStep: (_t, r) => {
        if ((r.info as { jumped?: boolean }).jumped) this.jumps++;
      },
      onEpisode: (e) => {
        acc.add(e.index, e.return, e.length, e.success);
        last.index = e.index;
        last.return = e.return;
        last.length = e.length;
        last.success = e.success;
        last.outcome = this.hole.outcome;
        if (this.firstEpisode.index < 0) {
          Object.assign(this.firstEpisode, {
            index: e.index,
            return: e.return,
            holeStart: this.hole.holeStart,
          });
        }
        this.endings++;
        this.foldUpdate(e.index);
      },
    });
  }

  /**
   * Continue from `firstEpisode` with the same θ, generator and params but an empty batch: the steps
   * of an abandoned episode must not leak into the next one's returns.
   */
  restart(firstEpisode: number): void {
    this.install(copyAgent(this.agent), firstEpisode);
  }

  /** Forget the charts (a new agent). */
  clearHistory(): void {
    this.series.clear();
    this.theta.clear();
    this.grads.reset();
    this.acc.drain();
    this.lastEpisode.index = -1;
  }

  /** Move the episodes finished since the last call into the series; true if there were any. */
  drain(): boolean {
    const p = this.acc.drain();
    if (p) this.series.addPoint(p);
    return p !== null;
  }

  /** Success rate over the last `episodes` finished episodes (or fewer, early on); NaN before any. */
  recentSuccess(episodes = 100): number {
    const pts = this.series.points;
    let n = 0;
    let wins = 0;
    for (let i = pts.length - 1; i >= 0 && n < episodes; i--) {
      n += pts[i].count;
      wins += pts[i].successRate * pts[i].count;
    }
    return n > 0 ? wins / n : Number.NaN;
  }

  /** A turbo snapshot's bucket of episodes. */
  addPoint(p: EpisodePoint): void {
    this.series.addPoint(p);
    this.lastEpisode.index = p.episode;
    this.lastEpisode.return = p.meanReturn;
    this.lastEpisode.length = p.meanLength;
    this.lastEpisode.success = p.successRate >= 0.5;
  }

  /** Record θ (after an update, or a snapshot) at `episode`. */
  recordTheta(episode: number): void {
    const d = thetaDifference(this.agent, this.delta);
    this.theta.push(episode, d[0], d[1], d[2]);
    this.thetaAt = episode;
  }

  /**
   * After an episode: if REINFORCE applied an update, log both gradient estimates and θ; the
   * actor–critic updates θ at every step, so its θ is recorded at every episode's end.
   */
  private foldUpdate(episode: number): void {
    const a = this.agent;
    if (!(a instanceof ReinforceAgent)) {
      this.recordTheta(episode);
      return;
    }
    if (a.lastBatch.updates === this.lastUpdates) return;
    this.lastUpdates = a.lastBatch.updates;
    this.grads.add(a.lastGradient, a.lastGradientNoBaseline);
    this.recordTheta(episode);
  }
}

/** REINFORCE's update count (the actor–critic has no batches: 0). */
function updatesOf(agent: PolicyGradientAgent): number {
  return agent instanceof ReinforceAgent ? agent.lastBatch.updates : 0;
}
