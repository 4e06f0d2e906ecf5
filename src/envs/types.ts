/**
 * The environment contract, shaped like Gymnasium's `Env`.
 *
 * - `reset({ seed }?)` starts an episode and returns `{ observation, info }`. A seed re-creates the
 *   env's own generator; without one the generator continues its stream.
 * - `step(action)` advances one step and returns `{ observation, reward, terminated, truncated, info }`.
 *   `terminated`: the episode reached a terminal state of the task (goal, fall). `truncated`: it was
 *   cut short from outside (a `TimeLimit`). `info.success` is `true` on the step that reaches the goal
 *   or clears the hole, `false` otherwise.
 * - Misuse: `step` before `reset` or after the episode ended throws an `Error` saying so; an action
 *   outside `actionSpace` throws a `RangeError` that names the action and the space.
 *
 * Ownership (why the hot path allocates nothing):
 * - The result object and its `info` object may be reused: read `reward`, `terminated`,
 *   `truncated` and `info` before the next `step` or `reset` of that env.
 * - An observation array is valid until the step after next. Every env here that observes arrays
 *   alternates two buffers: the observation returned by one call of `reset` or `step` is left
 *   unchanged by the next call, and may be overwritten by the call after it. So the Gymnasium
 *   loop is exact without a copy:
 *
 *       obs = env.reset().observation; a = agent.act(obs); st = env.step(a);
 *       agent.learn({ observation: obs, action: a, reward: st.reward, nextObservation: st.observation, … });
 *       obs = st.observation;
 *
 *   Whoever keeps an observation longer copies it (`copyObservation`); the agents, the runner and
 *   `checkEnv` do so (the runner also copies, so envs written elsewhere with a single buffer are
 *   safe under it).
 */
import type { Seed } from '../core/rng.ts';
import { EnvError, EnvRangeError } from './errors.ts';
import type { Space } from './spaces.ts';

export interface EnvInfo {
  /** True on the step that reaches the goal or clears the hole. */
  success: boolean;
  [key: string]: unknown;
}

export interface ResetResult<O> {
  observation: O;
  info: EnvInfo;
}

export interface StepResult<O> {
  observation: O;
  reward: number;
  terminated: boolean;
  truncated: boolean;
  info: EnvInfo;
}

export interface ResetOptions {
  seed?: Seed;
}

/** What made the env: enough to rebuild it (`makeEnv(spec.id, spec.options)`) and to label a run. */
export interface EnvSpec {
  id: string;
  options: Record<string, unknown>;
  /** Step limit of the `TimeLimit` wrapper, if any. */
  maxEpisodeSteps?: number;
}

export interface Env<O = unknown, A = number> {
  readonly observationSpace: Space<O>;
  readonly actionSpace: Space<A>;
  readonly spec: EnvSpec;
  /**
   * True when episodes depend on the env's generator (e.g. a random hole position). `checkEnv`
   * then demands that different seeds give different episodes.
   */
  readonly stochastic?: boolean;
  reset(options?: ResetOptions): ResetResult<O>;
  step(action: A): StepResult<O>;
}

/** A fresh copy of an observation that the env may overwrite on its next call. */
export function copyObservation<O>(observation: O): O {
  if (observation instanceof Float64Array) return observation.slice() as O;
  if (Array.isArray(observation)) return observation.slice() as O;
  return observation;
}

/** Lifecycle of an episode, for the misuse errors every env raises. */
export type EpisodePhase = 'unstarted' | 'running' | 'ended';

/** Throws the contract's error for `step` outside a running episode. */
export function assertRunning(phase: EpisodePhase, envName: string): void {
  if (phase === 'running') return;
  if (phase === 'unstarted') {
    throw new EnvError(
      'env-step-before-reset',
      { env: envName },
      `${envName}: step() called before reset(); call reset() first`,
    );
  }
  throw new EnvError(
    'env-step-after-end',
    { env: envName },
    `${envName}: step() called after the episode ended (terminated or truncated); call reset() first`,
  );
}

/** Throws the contract's `RangeError` for an action outside the action space. */
export function assertAction<A>(space: Space<A>, action: unknown, envName: string): asserts action is A {
  if (!space.contains(action)) {
    throw new EnvRangeError(
      'env-invalid-action',
      { env: envName, action: formatValue(action), space: space.toString() },
      `${envName}: invalid action ${formatValue(action)}; the action space is ${space.toString()}`,
    );
  }
}

function formatValue(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x);
  if (x instanceof Float64Array) return `[${Array.from(x).join(', ')}]`;
  return String(x);
}
