/**
 * `TimeLimit`: ends an episode by truncation after `maxEpisodeSteps` steps.
 * Time limits are a wrapper, not env logic (as in Gymnasium): the env's own MDP has no clock.
 *
 * It passes the inner env's result object through and sets `truncated` on it at the limit (no copy
 * per step: this is on the training hot path). Because envs reuse that object, the mark is undone
 * at the next `reset`.
 */

import { EnvRangeError } from './errors.ts';
import type { Env, EnvSpec, EpisodePhase, ResetOptions, ResetResult, StepResult } from './types.ts';
import { assertRunning } from './types.ts';

export class TimeLimit<O, A = number> implements Env<O, A> {
  readonly env: Env<O, A>;
  readonly maxEpisodeSteps: number;
  readonly spec: EnvSpec;
  /** Steps taken in the current episode. */
  elapsedSteps = 0;
  private phase: EpisodePhase = 'unstarted';
  private marked: StepResult<O> | null = null;

  constructor(env: Env<O, A>, maxEpisodeSteps: number) {
    if (!Number.isInteger(maxEpisodeSteps) || maxEpisodeSteps < 1) {
      throw new EnvRangeError(
        'time-limit-invalid',
        { value: String(maxEpisodeSteps) },
        `TimeLimit: maxEpisodeSteps must be a positive integer, got ${String(maxEpisodeSteps)}`,
      );
    }
    this.env = env;
    this.maxEpisodeSteps = maxEpisodeSteps;
    this.spec = { ...env.spec, maxEpisodeSteps };
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

  /**
   * Internal, for the fused kernel (src/train/fused), which counts the clock itself: the episode's
   * steps so far and whether it has ended.
   */
  fusedSync(elapsedSteps: number, ended: boolean): void {
    this.elapsedSteps = elapsedSteps;
    this.phase = ended ? 'ended' : 'running';
  }

  reset(options?: ResetOptions): ResetResult<O> {
    if (this.marked) {
      this.marked.truncated = false;
      this.marked = null;
    }
    this.elapsedSteps = 0;
    this.phase = 'running';
    return this.env.reset(options);
  }

  step(action: A): StepResult<O> {
    if (this.phase !== 'running') assertRunning(this.phase, this.spec.id);
    const r = this.env.step(action);
    if (++this.elapsedSteps >= this.maxEpisodeSteps && !r.terminated && !r.truncated) {
      r.truncated = true;
      this.marked = r;
    }
    if (r.terminated || r.truncated) this.phase = 'ended';
    return r;
  }
}
