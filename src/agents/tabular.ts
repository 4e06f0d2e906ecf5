/**
 * What Q-learning and SARSA share: a flat Q-table, ε-greedy action selection and serialization.
 * The two differ only in the TD target (`QLearningAgent`, `SarsaAgent`).
 */
import { z } from 'zod';
import { Rng, type Seed } from '../core/rng.ts';
import { Discrete } from '../envs/spaces.ts';
import type { Env } from '../envs/types.ts';
import { AgentRangeError, IncompatibleAgentError } from './errors.ts';
import { liveParams, type ParamRanges } from './live-params.ts';
import {
  codedCheck,
  finiteNumber,
  finiteNumbers,
  oneProblem,
  parseSavedAgent,
  parseWith,
  seedSchema,
} from './saved-agent.ts';
import type { Agent, AgentKind, Provenance, SavedAgent, Transition } from './types.ts';

/** Most Q-values a table may hold (128 MiB of doubles): checked before anything is allocated. */
export const MAX_Q_TABLE_SIZE = 2 ** 24;
/** Most actions a tabular agent may have. */
export const MAX_TABULAR_ACTIONS = 1024;

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

/**
 * Live hyper-parameters: change a field and the next step uses it. Assignments are validated
 * against `TABULAR_PARAM_RANGES` (see live-params.ts): a bad value throws a `RangeError`.
 */
export interface TabularParams {
  epsilon: number;
  alpha: number;
  gamma: number;
}

/** The allowed values of each live param: for the agents' checks and for a UI that clamps. */
export const TABULAR_PARAM_RANGES: ParamRanges<TabularParams> = {
  epsilon: { kind: 'number', min: 0, max: 1 },
  alpha: { kind: 'number', min: 0, max: 1 },
  gamma: { kind: 'number', min: 0, max: 1 },
};

/** Range checks shared by the constructor, the loader and the UI store. */
export const tabularParamsSchema = z.object({
  epsilon: finiteNumber.pipe(z.number().min(0).max(1)),
  alpha: finiteNumber.pipe(z.number().min(0).max(1)),
  gamma: finiteNumber.pipe(z.number().min(0).max(1)),
});

const tabularConfigSchema = tabularParamsSchema
  .extend({
    nStates: z.number().int().positive(),
    nActions: z.number().int().positive().max(MAX_TABULAR_ACTIONS, `must be at most ${MAX_TABULAR_ACTIONS}`),
    seed: seedSchema,
    initialQ: finiteNumber,
  })
  .superRefine((c, ctx) => {
    const size = c.nStates * c.nActions;
    if (size <= MAX_Q_TABLE_SIZE) return;
    ctx.addIssue({
      code: 'custom',
      path: ['nStates'],
      message: `nStates × nActions = ${size} is above the limit of ${MAX_Q_TABLE_SIZE} Q-values`,
      ...codedCheck('table-too-large', { size, max: MAX_Q_TABLE_SIZE }),
    });
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
  /** The accepted values of `params`, as plain fields for the hot path. */
  protected readonly live: TabularParams;

  constructor(options: Partial<TabularConfig> & Pick<TabularConfig, 'nStates' | 'nActions'>) {
    const config = { ...TABULAR_DEFAULTS, ...options };
    parseWith(tabularConfigSchema, config, 'tabular agent config');
    this.config = config;
    this.nStates = config.nStates;
    this.nActions = config.nActions;
    const live = { epsilon: config.epsilon, alpha: config.alpha, gamma: config.gamma };
    this.live = live;
    this.params = liveParams(TABULAR_PARAM_RANGES, live, (name, value) => {
      live[name] = value;
    });
    this.q = new Float64Array(config.nStates * config.nActions).fill(config.initialQ);
    this.rng = new Rng(config.seed);
    this.provenance = { seed: config.seed, episodesTrained: 0, stepsTrained: 0 };
  }

  /** ε-greedy: a uniformly random action with probability ε, else greedy with random tie-breaking. */
  act(s: number): number {
    if (s >>> 0 !== s || s >= this.nStates) this.outOfRange('state', s, this.nStates);
    const rng = this.rng;
    if (rng.random() < this.live.epsilon) return rng.int(this.nActions);
    return this.greedyRandomTie(s);
  }

  /** Throw the `RangeError` for a state or action index outside the table. */
  protected outOfRange(what: 'state' | 'action' | 'next state', value: unknown, n: number): never {
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    throw new AgentRangeError(
      'agent-index-out-of-range',
      { agent: this.kind, what, value: shown, n },
      `${this.kind} agent: ${what} ${shown} is outside 0…${n - 1}`,
    );
  }

  /** Check a transition's indices before it touches the table (a bad index would corrupt another cell). */
  protected checkTransition(t: Transition<number>): void {
    const s = t.observation;
    const a = t.action;
    const s2 = t.nextObservation;
    if (s >>> 0 !== s || s >= this.nStates) this.outOfRange('state', s, this.nStates);
    if (a >>> 0 !== a || a >= this.nActions) this.outOfRange('action', a, this.nActions);
    if (s2 >>> 0 !== s2 || s2 >= this.nStates) this.outOfRange('next state', s2, this.nStates);
  }

  /** Refuse an env whose spaces do not match the table (checked when a run starts). */
  assertFits(env: Env<unknown, number>): void {
    const obs = env.observationSpace;
    const act = env.actionSpace;
    if (!(obs instanceof Discrete) || !(act instanceof Discrete)) {
      const space = `${obs}`;
      const agent = this.kind;
      throw new IncompatibleAgentError(
        obs instanceof Discrete ? 'agent-needs-discrete-actions' : 'agent-needs-discrete-observations',
        { agent, env: env.spec.id, space: obs instanceof Discrete ? `${act}` : space },
        `${this.kind} agent: a Q-table needs discrete observations and actions; ${env.spec.id} has ${obs} and ${act}`,
      );
    }
    if (obs.n !== this.nStates || act.n !== this.nActions) {
      throw new IncompatibleAgentError(
        'agent-table-mismatch',
        {
          agent: this.kind,
          env: env.spec.id,
          states: this.nStates,
          actions: this.nActions,
          envStates: obs.n,
          envActions: act.n,
        },
        `${this.kind} agent: its Q-table has ${this.nStates} states × ${this.nActions} actions, but ${env.spec.id} has ${obs.n} states × ${act.n} actions`,
      );
    }
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
    const what = `saved ${kind} agent`;
    const config = parseWith(tabularConfigSchema, saved.config, what, ['config']) as TabularConfig;
    const params = parseWith(tabularParamsSchema, saved.params, what, ['params']);
    const state = parseWith(z.looseObject({ q: finiteNumbers }), saved.state, what, ['state']);
    const expected = config.nStates * config.nActions;
    if (state.q.length !== expected) {
      throw oneProblem(
        what,
        {
          path: ['state', 'q'],
          kind: 'length-mismatch',
          values: {
            length: state.q.length,
            dims: ['nStates', 'nActions'],
            sizes: [config.nStates, config.nActions],
          },
        },
        `state.q: has ${state.q.length} values, but nStates × nActions = ${config.nStates} × ${config.nActions} = ${expected}`,
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
