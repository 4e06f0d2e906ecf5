/**
 * What Q-learning and SARSA share: a flat Q-table, ε-greedy action selection and serialization.
 * The two differ only in the TD target (`QLearningAgent`, `SarsaAgent`).
 */
import { z } from 'zod';
import { Rng, type Seed } from '../core/rng.ts';
import { AgentFormatError, finiteNumber, parseSavedAgent, parseWith, seedSchema } from './saved-agent.ts';
import type { Agent, AgentKind, Provenance, SavedAgent, Transition } from './types.ts';

export interface TabularConfig {
  /** Number of discrete states (the env's observation space size). */
  nStates: number;
  /** Number of discrete actions. */
  nActions: number;
  /** Exploration rate ε of the ε-greedy behaviour policy (the posts used 0.1). */
  epsilon: number;
  /** Step size α of the TD update (the posts used 0.1). */
  alpha: number;
  /** Discount factor γ (the posts used 0.9). */
  gamma: number;
  /** Seed of the agent's own generator (exploration and tie-breaking). */
  seed: Seed;
  /** Initial value of every Q(s, a); optimistic values (> 0) drive exploration. */
  initialQ: number;
}

export const TABULAR_DEFAULTS: Omit<TabularConfig, 'nStates' | 'nActions'> = {
  epsilon: 0.1,
  alpha: 0.1,
  gamma: 0.9,
  seed: 0,
  initialQ: 0,
};

/** Live hyper-parameters, read on every call: change a field and the next step uses it. */
export interface TabularParams {
  epsilon: number;
  alpha: number;
  gamma: number;
}

/** Range checks shared by the constructor, the loader and the UI store. */
export const tabularParamsSchema = z.object({
  epsilon: finiteNumber.pipe(z.number().min(0).max(1)),
  alpha: finiteNumber.pipe(z.number().min(0).max(1)),
  gamma: finiteNumber.pipe(z.number().min(0).max(1)),
});

const tabularConfigSchema = tabularParamsSchema.extend({
  nStates: z.number().int().positive(),
  nActions: z.number().int().positive(),
  seed: seedSchema,
  initialQ: finiteNumber,
});

export abstract class TabularAgent implements Agent<number> {
  abstract readonly kind: AgentKind;
  readonly config: TabularConfig;
  readonly params: TabularParams;
  readonly provenance: Provenance;
  readonly nStates: number;
  readonly nActions: number;
  /** Q(s, a) at `q[s * nActions + a]`. */
  readonly q: Float64Array;
  protected rng: Rng;

  constructor(options: Partial<TabularConfig> & Pick<TabularConfig, 'nStates' | 'nActions'>) {
    const config = { ...TABULAR_DEFAULTS, ...options };
    parseWith(tabularConfigSchema, config, 'tabular agent config');
    this.config = config;
    this.nStates = config.nStates;
    this.nActions = config.nActions;
    this.params = { epsilon: config.epsilon, alpha: config.alpha, gamma: config.gamma };
    this.q = new Float64Array(config.nStates * config.nActions).fill(config.initialQ);
    this.rng = new Rng(config.seed);
    this.provenance = { seed: config.seed, episodesTrained: 0, stepsTrained: 0 };
  }

  /** ε-greedy: a uniformly random action with probability ε, else greedy with random tie-breaking. */
  act(s: number): number {
    const rng = this.rng;
    if (rng.random() < this.params.epsilon) return rng.int(this.nActions);
    return this.greedyRandomTie(s);
  }

  /** argmax_a Q(s, a), ties broken by the lowest action index, so a greedy rollout is well defined. */
  greedyAction(s: number): number {
    const q = this.q;
    const n = this.nActions;
    const base = s * n;
    let best = 0;
    let bestQ = q[base];
    for (let a = 1; a < n; a++) {
      if (q[base + a] > bestQ) {
        bestQ = q[base + a];
        best = a;
      }
    }
    return best;
  }

  /** max_a Q(s, a). */
  maxQ(s: number): number {
    const q = this.q;
    const n = this.nActions;
    const base = s * n;
    if (n === 4) {
      // The grid maze's four actions, unrolled: the loop's bound checks cost more than the compares.
      return Math.max(q[base], q[base + 1], q[base + 2], q[base + 3]);
    }
    let m = q[base];
    for (let a = 1; a < n; a++) if (q[base + a] > m) m = q[base + a];
    return m;
  }

  /** Argmax with ties broken uniformly at random; draws from the generator only when there is a tie. */
  protected greedyRandomTie(s: number): number {
    const q = this.q;
    const n = this.nActions;
    const base = s * n;
    let best = 0;
    let bestQ = q[base];
    let ties = 1;
    for (let a = 1; a < n; a++) {
      const v = q[base + a];
      if (v > bestQ) {
        bestQ = v;
        best = a;
        ties = 1;
      } else if (v === bestQ) {
        ties++;
      }
    }
    if (ties === 1) return best;
    let k = this.rng.int(ties);
    for (let a = best; a < n; a++) {
      if (q[base + a] === bestQ && k-- === 0) return a;
    }
    return best;
  }

  abstract learn(t: Transition<number>): void;

  toJSON(): SavedAgent {
    return {
      format: 'rl-playground-agent',
      version: 1,
      kind: this.kind,
      config: { ...this.config },
      params: { ...this.params },
      state: { q: Array.from(this.q), rng: this.rng.state(), ...this.extraState() },
      provenance: structuredClone(this.provenance),
    };
  }

  /** Extra state a subclass must carry across a save (SARSA's committed next action). */
  protected extraState(): Record<string, unknown> {
    return {};
  }

  protected restoreExtraState(_state: Record<string, unknown>): void {}

  /** Build an agent of class `Ctor` from saved JSON; throws `AgentFormatError` and builds nothing on bad input. */
  protected static load<T extends TabularAgent>(
    Ctor: new (config: TabularConfig) => T,
    kind: AgentKind,
    json: unknown,
  ): T {
    const saved = parseSavedAgent(json, kind);
    const config = parseWith(
      tabularConfigSchema,
      saved.config,
      `saved ${kind} agent: config`,
    ) as TabularConfig;
    const params = parseWith(tabularParamsSchema, saved.params, `saved ${kind} agent: params`);
    const state = parseWith(
      z.looseObject({ q: z.array(finiteNumber) }),
      saved.state,
      `saved ${kind} agent: state`,
    );
    const expected = config.nStates * config.nActions;
    if (state.q.length !== expected) {
      throw new AgentFormatError(
        `saved ${kind} agent: state.q has ${state.q.length} values, but nStates × nActions = ${config.nStates} × ${config.nActions} = ${expected}`,
      );
    }
    const agent = new Ctor(config);
    agent.q.set(state.q);
    Object.assign(agent.params, params);
    agent.rng = Rng.fromState(saved.state.rng);
    Object.assign(agent.provenance, structuredClone(saved.provenance));
    agent.restoreExtraState(saved.state);
    return agent;
  }
}
