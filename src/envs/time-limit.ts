/**
 * `TimeLimit`: ends an episode by truncation after `maxEpisodeSteps` steps.
 * Time limits are a wrapper, not env logic (as in Gymnasium): the env's own MDP has no clock.
 */
import type { Env, EnvSpec, EpisodePhase, ResetOptions, ResetResult, StepResult } from './types.ts';
import { assertRunning } from './types.ts';

export class TimeLimit<O, A = number> implements Env<O, A> {
  readonly env: Env<O, A>;
  readonly maxEpisodeSteps: number;
  readonly spec: EnvSpec;
  /** Steps taken in the current episode. */
  elapsedSteps = 0;
  private phase: EpisodePhase = 'unstarted';
  private readonly result: StepResult<O>;

  constructor(env: Env<O, A>, maxEpisodeSteps: number) {
    if (!Number.isInteger(maxEpisodeSteps) || maxEpisodeSteps < 1) {
      throw new RangeError(
        `TimeLimit: maxEpisodeSteps must be a positive integer, got ${String(maxEpisodeSteps)}`,
      );
    }
    this.env = env;
    this.maxEpisodeSteps = maxEpisodeSteps;
    this.spec = { ...env.spec, maxEpisodeSteps };
    this.result = {
      observation: undefined as O,
      reward: 0,
      terminated: false,
      truncated: false,
      info: { success: false },
    };
  }

  get observationSpace() {
    return this.env.observationSpace;
  }

  get actionSpace() {
    return this.env.actionSpace;
  }

  get stochastic() {
    return this.env.stochastic;
  }

  /** The innermost env, for renderers that read its state (position, runner height…). */
  get unwrapped(): Env<O, A> {
    let e: Env<O, A> = this.env;
    while (e instanceof TimeLimit) e = e.env;
    return e;
  }

  reset(options?: ResetOptions): ResetResult<O> {
    this.elapsedSteps = 0;
    this.phase = 'running';
    return this.env.reset(options);
  }

  step(action: A): StepResult<O> {
    assertRunning(this.phase, this.spec.id);
    const inner = this.env.step(action);
    const r = this.result;
    this.elapsedSteps++;
    r.observation = inner.observation;
    r.reward = inner.reward;
    r.terminated = inner.terminated;
    r.truncated = inner.truncated || (!inner.terminated && this.elapsedSteps >= this.maxEpisodeSteps);
    r.info = inner.info;
    if (r.terminated || r.truncated) this.phase = 'ended';
    return r;
  }
}
