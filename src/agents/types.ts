/**
 * The agent contract.
 *
 * - `act(observation)` picks an action with the agent's own seeded generator, reading `params`
 *   afresh on every call.
 * - `learn(transition)` is called after every env step with the full transition, passed
 *   explicitly. Episode-based learners (REINFORCE) keep the episode and update when it (or a batch
 *   of M episodes) ends.
 * - `params` is a plain object of live hyper-parameters: a change to a field takes effect at the
 *   next step (live tuning from the panel, the worker or the CLI).
 * - `toJSON()` returns a `SavedAgent`; the static `fromJSON()` of each class (or `loadAgent`)
 *   rebuilds an agent from it, validating with zod and never touching the running agent.
 */
import type { RngState, Seed } from '../core/rng.ts';
import type { Env, EnvSpec } from '../envs/types.ts';

/**
 * The legal actions of a state, 1 (legal) or 0 per action, as an env gives it in `info.actionMask`
 * (DESIGN.md). Absent means every action is legal. The env may reuse the array between steps.
 */
export type ActionMask = ArrayLike<number>;

export interface Transition<O> {
  observation: O;
  action: number;
  reward: number;
  nextObservation: O;
  terminated: boolean;
  truncated: boolean;
  /** The legal actions in `nextObservation` (the env's `info.actionMask`), if the env restricts them. */
  nextActionMask?: ActionMask;
}

/** Where a trained agent came from: enough to rebuild its env and to label the run. */
export interface Provenance {
  /** The env it was trained on (id and options, e.g. the maze layout). */
  env?: EnvSpec;
  /** The seed the agent was created with. */
  seed: Seed;
  /** Episodes and env steps `learn` has seen, across every session of training. */
  episodesTrained: number;
  stepsTrained: number;
}

/** The tabular kinds (a Q-table over discrete states), in the order the UI lists them. */
export const TABULAR_AGENT_KINDS = [
  'q-learning',
  'sarsa',
  'expected-sarsa',
  'double-q',
  'n-step-sarsa',
  'sarsa-lambda',
  'q-lambda',
  'dyna-q',
] as const;
/** The policy-gradient kinds (a softmax-linear policy over features). */
export const POLICY_GRADIENT_KINDS = ['reinforce', 'actor-critic'] as const;
export const AGENT_KINDS = [...TABULAR_AGENT_KINDS, ...POLICY_GRADIENT_KINDS] as const;

export type TabularAgentKind = (typeof TABULAR_AGENT_KINDS)[number];
export type PolicyGradientKind = (typeof POLICY_GRADIENT_KINDS)[number];
export type AgentKind = (typeof AGENT_KINDS)[number];

/** The on-disk / on-the-wire form of every agent (CLI `--out`, browser export, worker transfer). */
export interface SavedAgent {
  format: 'rl-playground-agent';
  version: 1;
  kind: AgentKind;
  /** The constructor config, including `seed`. */
  config: Record<string, unknown>;
  /** Live params at the time of saving. */
  params: Record<string, unknown>;
  /** Learned numbers (Q-table, θ) and the generator state, as plain arrays. */
  state: Record<string, unknown> & { rng: RngState };
  provenance: Provenance;
}

export interface Agent<O = unknown> {
  readonly kind: AgentKind;
  readonly params: object;
  readonly provenance: Provenance;
  /** An action for `observation`; with `actionMask`, one of the legal actions only. */
  act(observation: O, actionMask?: ActionMask): number;
  learn(transition: Transition<O>): void;
  toJSON(): SavedAgent;
  /**
   * Throw if the agent cannot act in `env` (other sizes or kinds of spaces). The runner calls it
   * when a run starts, so a 4-state table never runs on a 49-cell maze.
   */
  assertFits?(env: Env<unknown, number>): void;
}

/** Count a transition in the provenance; every agent calls it from `learn`. */
export function countTransition(p: Provenance, t: { terminated: boolean; truncated: boolean }): void {
  p.stepsTrained++;
  if (t.terminated || t.truncated) p.episodesTrained++;
}

/** The algorithms' names (names, not words: the UI's catalogs give the same in both languages). */
export const AGENT_LABELS: Record<AgentKind, string> = {
  'q-learning': 'Q-learning',
  sarsa: 'SARSA',
  'expected-sarsa': 'Expected SARSA',
  'double-q': 'Double Q-learning',
  'n-step-sarsa': 'n-step SARSA',
  'sarsa-lambda': 'SARSA(λ)',
  'q-lambda': "Watkins's Q(λ)",
  'dyna-q': 'Dyna-Q',
  reinforce: 'REINFORCE',
  'actor-critic': 'actor-critic',
};
