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

export interface Transition<O> {
  observation: O;
  action: number;
  reward: number;
  nextObservation: O;
  terminated: boolean;
  truncated: boolean;
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

export type AgentKind = 'q-learning' | 'sarsa' | 'reinforce' | 'actor-critic';

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
  act(observation: O): number;
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
