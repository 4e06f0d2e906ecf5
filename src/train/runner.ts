/**
 * The one training loop. The CLI, the tests, the benchmark, the worker and the scenes all drive
 * agents through it, so a seed gives the same episodes everywhere.
 *
 * Action masks: an env that restricts the legal actions gives `info.actionMask`; the runner passes
 * it to `act` and, as `nextActionMask`, to `learn`.
 *
 * The hot path (`step`) allocates nothing: the transition object is reused, and a vector
 * observation is copied into a buffer the runner owns (the env may overwrite its own array on the
 * next step, see the contract in `envs/types.ts`).
 */

import type { ActionMask, Agent, Transition } from '../agents/types.ts';
import { deriveSeed, type Seed } from '../core/rng.ts';
import type { Env, StepResult } from '../envs/types.ts';
import { TrainRangeError } from './errors.ts';

export interface EpisodeSummary {
  /** 0-based index of the episode within this runner. */
  index: number;
  return: number;
  length: number;
  success: boolean;
  terminated: boolean;
  truncated: boolean;
}

export interface RunnerOptions<O> {
  /** Seeds the env's first reset; later resets continue the env's own stream (but see `seedEpisodes`). */
  seed?: Seed;
  /**
   * Seed every reset with `deriveSeed(seed, episode index)`, so that an episode depends only on
   * the run seed and its index. The playground uses it so that training can move between the page
   * and a worker mid-run and still see the same episodes. Default false.
   */
  seedEpisodes?: boolean;
  /** Index of the first episode (for `seedEpisodes` and `EpisodeSummary.index`). Default 0. */
  firstEpisode?: number;
  /** When false the agent acts but does not learn (evaluation). Default true. */
  learn?: boolean;
  /** After every step, with the reused transition. Keep it cheap: it is on the hot path. */
  onStep?: (transition: Transition<O>, result: StepResult<O>) => void;
  /** After every episode. */
  onEpisode?: (episode: EpisodeSummary) => void;
}

export interface RunResult {
  returns: number[];
  lengths: number[];
  successes: boolean[];
}

export class Runner<O> {
  readonly env: Env<O, number>;
  agent: Agent<O>;
  readonly options: RunnerOptions<O>;
  /** Episodes finished so far (counting from `firstEpisode`). */
  episodes: number;
  /** Steps taken so far. */
  steps = 0;
  /** Return and length of the episode under way. */
  episodeReturn = 0;
  episodeLength = 0;
  /** The current observation (a runner-owned copy for vector observations). */
  observation!: O;
  /** Whether an episode is under way (false before the first step and after an episode ends). */
  get inEpisode(): boolean {
    return !this.needsReset;
  }

  /** True between the end of an episode and the next step (which resets). */
  private needsReset = true;
  private firstReset = true;
  private readonly transition: Transition<O>;
  private readonly summary: EpisodeSummary;
  /** The legal actions of the current observation (the env's `info.actionMask`), if it gives them. */
  private actionMask: ActionMask | undefined = undefined;
  private obsBuffer: Float64Array | null = null;
  private nextBuffer: Float64Array | null = null;
  // Options read on every step, hoisted out of the options object for the hot path.
  private readonly learns: boolean;
  private readonly onStep: RunnerOptions<O>['onStep'] | undefined;

  constructor(env: Env<O, number>, agent: Agent<O>, options: RunnerOptions<O> = {}) {
    agent.assertFits?.(env);
    this.env = env;
    this.agent = agent;
    this.options = options;
    this.episodes = options.firstEpisode ?? 0;
    this.learns = options.learn !== false;
    this.onStep = options.onStep;
    this.transition = {
      observation: undefined as O,
      action: 0,
      reward: 0,
      nextObservation: undefined as O,
      terminated: false,
      truncated: false,
    };
    this.summary = { index: 0, return: 0, length: 0, success: false, terminated: false, truncated: false };
  }

  /** Internal, for the fused kernel (src/train/fused): whether the next step resets first. */
  get pendingReset(): boolean {
    return this.needsReset;
  }

  /**
   * Internal, for the fused kernel, which stepped the env's tables itself: take the counters,
   * the observation and the reset flag it ended with (a discrete env: no mask, no buffers).
   */
  fusedSync(steps: number, episodes: number, ret: number, length: number, obs: O, needsReset: boolean): void {
    this.steps = steps;
    this.episodes = episodes;
    this.episodeReturn = ret;
    this.episodeLength = length;
    this.observation = obs;
    this.needsReset = needsReset;
  }

  /** Start a new episode now (the first reset uses `options.seed`). */
  reset(): O {
    const { seedEpisodes, seed: runSeed } = this.options;
    // An env that draws nothing from its generator (stochastic === false) gains nothing from a seed
    // per episode, and making one (string + hash) costs more than a whole maze episode: skip it there.
    const perEpisode = seedEpisodes === true && this.env.stochastic !== false;
    const seed = perEpisode
      ? deriveSeed(runSeed ?? 0, String(this.episodes))
      : this.firstReset
        ? runSeed
        : undefined;
    this.firstReset = false;
    const { observation, info } = this.env.reset(seed === undefined ? undefined : { seed });
    this.observation = this.keep(observation);
    this.actionMask = info.actionMask as ActionMask | undefined;
    this.episodeReturn = 0;
    this.episodeLength = 0;
    this.needsReset = false;
    return this.observation;
  }

  /** Take one step (resetting first if needed). Returns true when this step ended the episode. */
  step(): boolean {
    if (this.needsReset) this.reset();
    const obs = this.observation;
    const action = this.agent.act(obs, this.actionMask);
    const result = this.env.step(action);
    // The env may reuse its mask array: the agent reads it before the next step, which is enough.
    const mask = result.info.actionMask as ActionMask | undefined;
    this.actionMask = mask;
    const t = this.transition;
    t.observation = obs;
    t.action = action;
    t.reward = result.reward;
    if (this.obsBuffer === null) {
      t.nextObservation = result.observation;
    } else {
      // Copy the env's (reusable) array into our spare buffer, then swap the two buffers so the
      // next observation becomes the current one without another copy.
      const next = this.nextBuffer as Float64Array;
      next.set(result.observation as Float64Array);
      t.nextObservation = next as O;
      this.nextBuffer = this.obsBuffer;
      this.obsBuffer = next;
    }
    t.terminated = result.terminated;
    t.truncated = result.truncated;
    t.nextActionMask = mask;
    if (this.learns) this.agent.learn(t);
    this.steps++;
    this.episodeReturn += result.reward;
    this.episodeLength++;
    if (this.onStep !== undefined) this.onStep(t, result);
    this.observation = t.nextObservation;
    if (result.terminated || result.truncated) {
      const s = this.summary;
      s.index = this.episodes;
      s.return = this.episodeReturn;
      s.length = this.episodeLength;
      s.success = result.info.success === true;
      s.terminated = result.terminated;
      s.truncated = result.truncated;
      this.episodes++;
      this.needsReset = true;
      this.options.onEpisode?.(s);
      return true;
    }
    return false;
  }

  /** Take `steps` steps without collecting per-episode statistics (turbo batches use `onEpisode`). */
  advance(steps: number): void {
    for (let i = 0; i < steps; i++) this.step();
  }

  /**
   * Run until `episodes` more episodes have finished or `steps` more steps were taken, whichever
   * comes first (either may be omitted, not both), and return the finished episodes' statistics.
   */
  run(budget: { episodes?: number; steps?: number }): RunResult {
    const maxEpisodes = budget.episodes ?? Number.POSITIVE_INFINITY;
    const maxSteps = budget.steps ?? Number.POSITIVE_INFINITY;
    if (
      !(maxEpisodes >= 0) ||
      !(maxSteps >= 0) ||
      (budget.episodes === undefined && budget.steps === undefined)
    ) {
      throw new TrainRangeError(
        'run-budget-invalid',
        { episodes: String(budget.episodes), steps: String(budget.steps) },
        `run: give a non-negative episode or step budget, got episodes=${budget.episodes}, steps=${budget.steps}`,
      );
    }
    const out: RunResult = { returns: [], lengths: [], successes: [] };
    let doneEpisodes = 0;
    let doneSteps = 0;
    while (doneEpisodes < maxEpisodes && doneSteps < maxSteps) {
      doneSteps++;
      if (this.step()) {
        doneEpisodes++;
        const s = this.summary;
        out.returns.push(s.return);
        out.lengths.push(s.length);
        out.successes.push(s.success);
      }
    }
    return out;
  }

  /** Copy a reset's vector observation into a runner-owned buffer; discrete observations pass through. */
  private keep(observation: O): O {
    if (!(observation instanceof Float64Array)) return observation;
    if (this.obsBuffer === null || this.obsBuffer.length !== observation.length) {
      this.obsBuffer = new Float64Array(observation.length);
      this.nextBuffer = new Float64Array(observation.length);
    }
    this.obsBuffer.set(observation);
    return this.obsBuffer as O;
  }
}

export interface RunEpisodesOptions<O> extends RunnerOptions<O> {
  episodes?: number;
  steps?: number;
}

/**
 * Train (or, with `learn: false`, evaluate) `agent` on `env` for a budget of episodes or steps.
 * Returns one entry per finished episode. `seed` seeds the env's first reset.
 */
export function runEpisodes<O>(
  env: Env<O, number>,
  agent: Agent<O>,
  options: RunEpisodesOptions<O>,
): RunResult {
  const { episodes, steps, ...runnerOptions } = options;
  return new Runner(env, agent, runnerOptions).run({ episodes, steps });
}
