/**
 * ShortCorridor-v0: the short corridor with switched actions (Sutton & Barto, Example 13.1), where
 * the agent cannot tell the states apart, so the best policy is stochastic.
 *
 * ## Action Space
 * `Discrete(2)`: 0 left, 1 right (`SHORT_CORRIDOR_ACTIONS`).
 *
 * ## Observation Space
 * `Discrete(1)`: always 0. Every state looks the same (function approximation with one feature),
 * so a deterministic policy either never leaves state 0 or loops between 0 and 1. The true state is
 * the `position` getter, for renderers only.
 *
 * ## Dynamics
 * Three non-terminal states 0, 1, 2 in a row, then the goal 3:
 * - state 0: left stays in 0, right → 1;
 * - state 1: the actions are switched: left → 2, right → 0;
 * - state 2: left → 1, right → the goal.
 *
 * ## Starting State
 * State 0. Deterministic: the env's `rng` is re-created by `reset({ seed })` only so that every env
 * is seeded the same way; no draw is made from it.
 *
 * ## Rewards
 * −1 on every step, the one into the goal included. With probability p of choosing right in every
 * state, the start value is J(p) = (2p − 4) / (p(1 − p)) (`shortCorridorValue`), largest at
 * p = 2 − √2 ≈ 0.586 (`SHORT_CORRIDOR_BEST_P`), J ≈ −11.66.
 *
 * ## Episode End
 * Terminated on entering the goal (`info.success` is true on that step). Never truncated here: the
 * registry wraps it in a `TimeLimit` of 1000 steps.
 *
 * ## Arguments
 * `new ShortCorridorEnv()`: no options.
 *
 * ## Version History
 * - v0: initial version.
 */
import { Rng } from '../core/rng.ts';
import { Discrete } from './spaces.ts';
import type { Env, EnvInfo, EnvSpec, ResetOptions, ResetResult, StepResult } from './types.ts';
import { assertAction, assertRunning } from './types.ts';

export const SHORT_CORRIDOR_ID = 'ShortCorridor-v0';
export const SHORT_CORRIDOR_ACTIONS = { LEFT: 0, RIGHT: 1 } as const;
/** The terminal goal state. */
export const SHORT_CORRIDOR_GOAL = 3;
/** The probability of "right" that maximises J(p): dJ/dp = 0 at p² − 4p + 2 = 0, p = 2 − √2. */
export const SHORT_CORRIDOR_BEST_P = 2 - Math.SQRT2;

/**
 * Next state of [state][action]: row 1 has the actions switched. Row 3 (the goal) is never read.
 */
const NEXT: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 0],
  [1, 3],
];

/**
 * The start value J(p) = v(0) under the policy "right with probability p" in every state:
 * (2p − 4) / (p(1 − p)), for 0 < p < 1 (S&B Example 13.1; it solves the three Bellman equations
 * v0 = −1 + p v1 + (1−p) v0, v1 = −1 + p v0 + (1−p) v2, v2 = −1 + (1−p) v1). −∞ at p = 0 and
 * p = 1 (the episode never ends); NaN outside [0, 1].
 */
export function shortCorridorValue(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0 || p === 1) return Number.NEGATIVE_INFINITY;
  return (2 * p - 4) / (p * (1 - p));
}

export class ShortCorridorEnv implements Env<number, number> {
  readonly observationSpace = new Discrete(1);
  readonly actionSpace = new Discrete(2);
  readonly spec: EnvSpec = { id: SHORT_CORRIDOR_ID, options: {} };
  readonly stochastic = false;
  /** The env's own generator (unused by the dynamics; see Starting State). */
  rng: Rng = new Rng(0);
  private state = 0;
  private running = false;
  private started = false;
  private readonly info: EnvInfo = { success: false };
  private readonly resetResult: ResetResult<number> = { observation: 0, info: this.info };
  private readonly result: StepResult<number> = {
    observation: 0,
    reward: -1,
    terminated: false,
    truncated: false,
    info: this.info,
  };

  /** The true state, 0 to 3 (3 is the goal), for renderers: the agent does not see it. */
  get position(): number {
    return this.state;
  }

  reset(options?: ResetOptions): ResetResult<number> {
    if (options?.seed !== undefined) this.rng = new Rng(options.seed);
    this.state = 0;
    this.running = true;
    this.started = true;
    this.info.success = false;
    return this.resetResult;
  }

  step(action: number): StepResult<number> {
    if (!this.running) assertRunning(this.started ? 'ended' : 'unstarted', SHORT_CORRIDOR_ID);
    if (action !== 0 && action !== 1) assertAction(this.actionSpace, action, SHORT_CORRIDOR_ID);
    this.state = NEXT[this.state][action];
    const goal = this.state === SHORT_CORRIDOR_GOAL;
    this.running = !goal;
    this.info.success = goal;
    const r = this.result;
    r.reward = -1;
    r.terminated = goal;
    return r;
  }
}
