/**
 * MaxBias-v0: the maximization-bias MDP (Sutton & Barto, Example 6.7, Figure 6.5), where Q-learning's
 * max over noisy estimates makes the worse action look better and Double Q-learning does not.
 *
 * ## Action Space
 * `Discrete(10)`. In A only 0 (right) and 1 (left) are legal; in B all ten are. Which actions are
 * legal is `info.actionMask` (see Observation Space). An action outside `Discrete(10)` throws the
 * contract's `RangeError` ('env-invalid-action'); a legal-in-B action taken in A throws an
 * `EnvRangeError` coded 'env-illegal-action'.
 *
 * ## Observation Space
 * `Discrete(2)`: A = 0, B = 1 (`MAX_BIAS_STATES`). Every reset and step result carries
 * `info.actionMask`, a `Uint8Array` of length 10 with 1 for a legal action in the observed state.
 * It is one of two arrays the env owns and never rewrites (A's `[1, 1, 0, …]`, B's all ones), the
 * one of the observed state, the terminal step included: read it, do not write it.
 *
 * ## Starting State
 * A.
 *
 * ## Rewards
 * 0 for both actions in A; in B every action gives a reward drawn from N(−0.1, 1) with the env's
 * seeded generator (`Rng.normal`). So right (expected return 0) is optimal, and left
 * (expected −0.1) only looks better to an agent that maximises over noisy estimates of B's values.
 *
 * ## Episode End
 * Terminated by right in A (reward 0) or by any action in B. `info.success` is true when the
 * episode ends by right, the optimal choice, and false when it ends in B. The last observation is
 * the state the episode ended from (A after right, B otherwise). Never truncated here.
 *
 * ## Arguments
 * `new MaxBiasEnv()`: no options. Stochastic: `reset({ seed })` re-creates the generator.
 *
 * ## Version History
 * - v0: initial version.
 */
import { Rng } from '../core/rng.ts';
import { EnvRangeError } from './errors.ts';
import { Discrete } from './spaces.ts';
import type { Env, EnvInfo, EnvSpec, ResetOptions, ResetResult, StepResult } from './types.ts';
import { assertAction, assertRunning } from './types.ts';

export const MAX_BIAS_ID = 'MaxBias-v0';
export const MAX_BIAS_STATES = { A: 0, B: 1 } as const;
/** The actions of A; every action of B ends the episode. */
export const MAX_BIAS_ACTIONS = { RIGHT: 0, LEFT: 1 } as const;
export const MAX_BIAS_N_ACTIONS = 10;
/** Mean and standard deviation of the reward in B (the book's N(−0.1, 1)). */
export const MAX_BIAS_B_MEAN = -0.1;
export const MAX_BIAS_B_SD = 1;

export interface MaxBiasInfo extends EnvInfo {
  /** 1 where an action is legal in the observed state. Owned by the env; read-only. */
  actionMask: Uint8Array;
}

const STATE_NAMES = ['A', 'B'] as const;

export class MaxBiasEnv implements Env<number, number> {
  readonly observationSpace = new Discrete(2);
  readonly actionSpace = new Discrete(MAX_BIAS_N_ACTIONS);
  readonly spec: EnvSpec = { id: MAX_BIAS_ID, options: {} };
  readonly stochastic = true;
  /** Draws B's rewards. A fixed default seed until the first `reset({ seed })`. */
  rng: Rng = new Rng(0);
  private state: number = MAX_BIAS_STATES.A;
  private running = false;
  private started = false;
  private readonly maskA = new Uint8Array(MAX_BIAS_N_ACTIONS);
  private readonly maskAll = new Uint8Array(MAX_BIAS_N_ACTIONS).fill(1);
  private readonly info: MaxBiasInfo;
  private readonly resetResult: ResetResult<number>;
  private readonly result: StepResult<number>;

  constructor() {
    this.maskA[MAX_BIAS_ACTIONS.RIGHT] = 1;
    this.maskA[MAX_BIAS_ACTIONS.LEFT] = 1;
    this.info = { success: false, actionMask: this.maskA };
    this.resetResult = { observation: MAX_BIAS_STATES.A, info: this.info };
    this.result = { observation: 0, reward: 0, terminated: false, truncated: false, info: this.info };
  }

  /** The current state: A = 0, B = 1. */
  get position(): number {
    return this.state;
  }

  reset(options?: ResetOptions): ResetResult<number> {
    if (options?.seed !== undefined) this.rng = new Rng(options.seed);
    this.state = MAX_BIAS_STATES.A;
    this.running = true;
    this.started = true;
    this.info.success = false;
    this.info.actionMask = this.maskA;
    return this.resetResult;
  }

  step(action: number): StepResult<number> {
    if (!this.running) assertRunning(this.started ? 'ended' : 'unstarted', MAX_BIAS_ID);
    if (action >>> 0 !== action || action >= MAX_BIAS_N_ACTIONS)
      assertAction(this.actionSpace, action, MAX_BIAS_ID);
    const r = this.result;
    if (this.state === MAX_BIAS_STATES.A) {
      if (this.maskA[action] === 0) throw illegal(action, this.state);
      if (action === MAX_BIAS_ACTIONS.LEFT) {
        this.state = MAX_BIAS_STATES.B;
        r.observation = MAX_BIAS_STATES.B;
        r.reward = 0;
        r.terminated = false;
        this.info.success = false;
        this.info.actionMask = this.maskAll;
        return r;
      }
      // Right: the episode ends at once with reward 0; the observation (and its mask) stays A's.
      r.observation = MAX_BIAS_STATES.A;
      r.reward = 0;
      this.info.success = true;
    } else {
      r.observation = MAX_BIAS_STATES.B;
      r.reward = MAX_BIAS_B_MEAN + MAX_BIAS_B_SD * this.rng.normal();
      this.info.success = false;
    }
    this.running = false;
    r.terminated = true;
    return r;
  }
}

function illegal(action: number, state: number): EnvRangeError<'env-illegal-action'> {
  const legal = [MAX_BIAS_ACTIONS.RIGHT, MAX_BIAS_ACTIONS.LEFT];
  const name = STATE_NAMES[state];
  return new EnvRangeError(
    'env-illegal-action',
    { env: MAX_BIAS_ID, action, state: name, legal },
    `${MAX_BIAS_ID}: action ${action} is not legal in state ${name}; legal actions: ${legal.join(', ')}`,
  );
}
