/**
 * The codes of the errors the agents raise, with the values each carries. The app layer words them
 * (src/i18n/{en,ja}/errors.ts); `.message` is an English sentence for API users.
 */
import type { Coded } from '../core/coded-error.ts';

/** One thing wrong in a saved agent, at a JSON path (`[]` is the top level). */
export type AgentProblem = {
  [K in keyof AgentProblemValues]: { path: readonly string[]; kind: K; values: AgentProblemValues[K] };
}[keyof AgentProblemValues];

/**
 * What can be wrong with a field of a saved agent. `expected` is a type name as zod writes it
 * (object, number, string, array, int…); `got` the value as written (a string quoted).
 */
export interface AgentProblemValues {
  missing: { expected: string };
  'wrong-type': { expected: string; got: string };
  'too-small': { min: number; inclusive: boolean; got: string };
  'too-big': { max: number; inclusive: boolean; got: string };
  'not-one-of': { options: readonly string[]; got: string | null };
  'not-finite': { got: string };
  'rng-fraction': Record<string, never>;
  'rng-carry': { max: number };
  'rng-all-zero': Record<string, never>;
  'table-too-large': { size: number; max: number };
  'theta-too-large': { size: number; max: number };
  /** The table's length against its two dimensions (`dims` names them: nStates × nActions…). */
  'length-mismatch': { length: number; dims: readonly [string, string]; sizes: readonly [number, number] };
  'initial-theta-shape': { rows: number; featureDim: number; lengths: readonly number[] };
  'rbf-center-length': { index: number; length: number; obsDim: number };
  'rbf-width': { width: string };
  'gated-index': { index: number; obsDim: number };
  /** A problem zod found that has no words of ours (its English message). */
  other: { message: string };
}

export interface AgentErrorValues {
  /** `value` as written for a non-number (a string quoted); `kept` the value that stays. */
  'param-out-of-range': { name: string; value: number; min: number; max: number; kept: string };
  'param-not-number': { name: string; value: string; min: number; max: number; kept: string };
  'param-not-integer': { name: string; value: number; min: number; max: number; kept: string };
  'param-not-choice': { name: string; value: string; choices: readonly string[]; kept: string };
  'param-unknown': { name: string; known: readonly string[] };
  'agent-unknown-kind': { kind: string; known: readonly string[] };
  /** `agent` is the agent's kind (q-learning, sarsa, reinforce); spaces as `Discrete(4)`, `Box(…)`. */
  'agent-needs-discrete-actions': { agent: string; env: string; space: string };
  'agent-needs-discrete-observations': { agent: string; env: string; space: string };
  'agent-needs-vector-observations': { agent: string; env: string; space: string };
  'agent-table-mismatch': {
    agent: string;
    env: string;
    states: number;
    actions: number;
    envStates: number;
    envActions: number;
  };
  'agent-shape-mismatch': {
    agent: string;
    env: string;
    obsDim: number;
    actions: number;
    envObsDim: number;
    envActions: number;
  };
  'saved-agent-invalid': { problems: readonly AgentProblem[]; more: number };
  'saved-agent-not-json': { detail: string };
  'saved-agent-wrong-kind': { kind: string; expected: string };
  'reinforce-diverged': { learningRate: number; batchEpisodes: number; gradientNorm: number };
  /** The actor–critic's θ or w became non-finite in a step; `delta` is that step's TD error. */
  'actor-critic-diverged': { learningRate: number; valueLearningRate: number; delta: number };
  /** Misuse of the API: an index outside the agent's table, an observation of the wrong length. */
  'agent-index-out-of-range': {
    agent: string;
    what: 'state' | 'action' | 'next state';
    value: string;
    n: number;
  };
  'agent-observation-length': { length: number; obsDim: number };
  /** An action mask with no legal action (every entry 0). */
  'agent-no-legal-action': { agent: string };
  /** Dynamic programming (src/agents/dp): an argument outside its range; `value` as written. */
  'dp-argument-out-of-range': { name: string; value: string; min: number; max: number; whole: boolean };
  /** Dynamic programming: a table whose length does not match the maze (`expected` values). */
  'dp-length-mismatch': { name: string; length: number; expected: number };
  /** Dynamic programming: a policy row π(·|s) of a live cell that is not a distribution (`sum` of its 4 entries). */
  'dp-policy-not-distribution': { state: number; sum: string };
}

export type AgentErrorCode = keyof AgentErrorValues;

type Values<C extends AgentErrorCode> = AgentErrorValues[C];

/** An agent that cannot work on an env (the wrong kind of spaces, or other sizes). */
export class IncompatibleAgentError<C extends AgentErrorCode = AgentErrorCode>
  extends Error
  implements Coded<C, Values<C>>
{
  override name = 'IncompatibleAgentError';
  readonly code: C;
  readonly values: Values<C>;
  constructor(code: C, values: Values<C>, message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}

/** A bad argument or parameter value (a `RangeError`, as before), with its code. */
export class AgentRangeError<C extends AgentErrorCode = AgentErrorCode>
  extends RangeError
  implements Coded<C, Values<C>>
{
  override name = 'AgentRangeError';
  readonly code: C;
  readonly values: Values<C>;
  constructor(code: C, values: Values<C>, message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}

/**
 * REINFORCE's θ became non-finite in an update: θ was restored and the batch dropped. The agent
 * keeps this error in `diverged` until its next good update.
 */
export class ReinforceDivergedError extends Error implements Coded<'reinforce-diverged'> {
  override name = 'ReinforceDivergedError';
  readonly code = 'reinforce-diverged';
  readonly values: Values<'reinforce-diverged'>;
  constructor(values: Values<'reinforce-diverged'>) {
    super(
      `REINFORCE diverged: θ became non-finite after an update with learningRate = ${values.learningRate} ` +
        `over batchEpisodes = ${values.batchEpisodes} episodes (gradient norm ${values.gradientNorm}). θ was ` +
        'restored to its value before the update and the batch dropped; lower learningRate (or batchEpisodes: ' +
        'the gradient is a sum over the batch).',
    );
    this.values = values;
  }
}

/**
 * The actor–critic's θ or w became non-finite in a step: both were restored to their values before
 * it. The agent keeps this error in `diverged` until its next good step.
 */
export class ActorCriticDivergedError extends Error implements Coded<'actor-critic-diverged'> {
  override name = 'ActorCriticDivergedError';
  readonly code = 'actor-critic-diverged';
  readonly values: Values<'actor-critic-diverged'>;
  constructor(values: Values<'actor-critic-diverged'>) {
    super(
      `actor-critic diverged: θ or w became non-finite in a step with learningRate = ${values.learningRate}, ` +
        `valueLearningRate = ${values.valueLearningRate} (TD error δ = ${values.delta}). Both were restored to ` +
        'their values before the step; lower the step sizes.',
    );
    this.values = values;
  }
}
