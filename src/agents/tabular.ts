/**
 * What every tabular agent shares: a flat Q-table, ε-greedy action selection over the legal
 * actions, the ε schedule, the committed next action of the on-policy learners, the update record
 * and serialization. The algorithms differ in `learn` (one file each).
 *
 * Action masks: `act(s, mask)` draws the random action and takes the maximum over the legal actions
 * only (mask[a] = 1); the learners take max_a and expectations over `Transition.nextActionMask`.
 * Without a mask every action is legal and the generator is drawn exactly as before masks existed.
 */
import { z } from 'zod';
import { Rng } from '../core/rng.ts';
import { Discrete } from '../envs/spaces.ts';
import type { Env } from '../envs/types.ts';
import { AgentRangeError, IncompatibleAgentError } from './errors.ts';
import { liveParams, type ParamRanges } from './live-params.ts';
import { finiteNumbers, oneProblem, parseSavedAgent, parseWith } from './saved-agent.ts';
import {
  NO_EXTRA,
  scheduledEpsilon,
  TABULAR_DEFAULTS,
  TABULAR_PARAM_RANGES,
  type TabularConfig,
  type TabularExtra,
  type TabularParams,
  tabularConfigSchema,
  tabularParamsSchema,
} from './tabular-config.ts';
import type { ActionMask, Agent, Provenance, SavedAgent, TabularAgentKind, Transition } from './types.ts';
import type { UpdateRecord } from './update-record.ts';

export * from './tabular-config.ts';

const NONE = -1;
const BASE_KEYS = ['epsilon', 'alpha', 'gamma', 'seed', 'initialQ', 'epsilonSchedule'] as const;

/** The dimensions every tabular constructor needs. */
export type TabularDims = Pick<TabularConfig, 'nStates' | 'nActions'>;
export type TabularOptions<X extends object = object> = Partial<Omit<TabularConfig, keyof TabularDims>> &
  Partial<X> &
  TabularDims;

export abstract class TabularAgent<X extends object = object> implements Agent<number> {
  abstract readonly kind: TabularAgentKind;
  readonly config: TabularConfig & X;
  readonly params: TabularParams & X;
  /** The allowed values of every live param, this algorithm's own included (for a UI that clamps). */
  readonly paramRanges: ParamRanges<TabularParams & X>;
  readonly provenance: Provenance;
  readonly nStates: number;
  readonly nActions: number;
  /** Q(s, a) at `q[s * nActions + a]`: the values the agent acts greedily on. */
  readonly q: Float64Array;
  /** When set, every real update is written here (the cell inspector); null costs one branch. */
  record: UpdateRecord | null = null;
  protected rng: Rng;
  /** The accepted values of `params`, as plain fields for the hot path. */
  protected readonly live: TabularParams & X;
  /** ε in force this episode (ε₀ = params.epsilon under the schedule). */
  protected eps: number;
  /** The on-policy learners' committed next action A′ and the state S′ it was drawn for, or NONE. */
  protected committedAction = NONE;
  protected committedState = NONE;
  private readonly scheduled: boolean;

  constructor(options: TabularOptions<X>, extra: TabularExtra<X> = NO_EXTRA as TabularExtra<X>) {
    const base = { ...TABULAR_DEFAULTS, ...defined(options, BASE_KEYS) };
    const dims = { nStates: options.nStates, nActions: options.nActions };
    parseWith(tabularConfigSchema, { ...base, ...dims }, 'tabular agent config');
    const own = { ...extra.defaults, ...defined(options, Object.keys(extra.defaults)) } as X;
    parseWith(extra.schema, own, 'tabular agent config');
    this.config = { ...base, ...dims, ...own };
    this.nStates = dims.nStates;
    this.nActions = dims.nActions;
    const live = { epsilon: base.epsilon, alpha: base.alpha, gamma: base.gamma, ...own };
    this.live = live;
    this.paramRanges = { ...TABULAR_PARAM_RANGES, ...extra.ranges } as ParamRanges<TabularParams & X>;
    this.params = liveParams(this.paramRanges, live, (name, value) => {
      (live as Record<string, unknown>)[name as string] = value;
      if (name === 'epsilon') this.eps = this.epsilonFor(this.provenance.episodesTrained);
      this.paramChanged(name as string);
    });
    this.q = new Float64Array(this.nStates * this.nActions).fill(base.initialQ);
    this.rng = new Rng(base.seed);
    this.provenance = { seed: base.seed, episodesTrained: 0, stepsTrained: 0 };
    this.scheduled = base.epsilonSchedule.kind !== 'constant';
    this.eps = base.epsilon;
  }

  /** ε in force now: `params.epsilon` under the ε schedule, for the episodes learned so far. */
  get currentEpsilon(): number {
    return this.eps;
  }

  /**
   * ε-greedy over the legal actions. An on-policy learner that has already drawn its next action
   * for this state (while learning) returns that one.
   */
  act(s: number, mask?: ActionMask): number {
    if (this.committedAction !== NONE) {
      const a = this.committedAction;
      this.committedAction = NONE;
      if (this.committedState === s) return a;
    }
    return this.behave(s, mask);
  }

  /** A fresh ε-greedy draw: a random legal action with probability ε, else greedy, ties at random. */
  protected behave(s: number, mask?: ActionMask): number {
    if (s >>> 0 !== s || s >= this.nStates) this.outOfRange('state', s, this.nStates);
    const rng = this.rng;
    if (mask === undefined) {
      if (rng.random() < this.eps) return rng.int(this.nActions);
      return this.greedyRandomTie(s);
    }
    if (rng.random() < this.eps) return this.randomLegal(mask);
    return this.greedyRandomTie(s, mask);
  }

  /** Commit to `a` as the action for `s` at the next `act(s)` (SARSA-style learners). */
  protected commit(s: number, a: number): void {
    this.committedAction = a;
    this.committedState = s;
  }

  protected dropCommitment(): void {
    this.committedAction = NONE;
  }

  /** A uniformly random legal action. */
  protected randomLegal(mask: ActionMask): number {
    const n = this.nActions;
    let legal = 0;
    for (let a = 0; a < n; a++) if (mask[a] === 1) legal++;
    if (legal === 0) this.noLegalAction();
    let k = this.rng.int(legal);
    for (let a = 0; a < n; a++) if (mask[a] === 1 && k-- === 0) return a;
    return 0;
  }

  protected noLegalAction(): never {
    throw new AgentRangeError(
      'agent-no-legal-action',
      { agent: this.kind },
      `${this.kind} agent: the action mask allows no action`,
    );
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

  /**
   * Check a transition's indices before it touches the table (a bad index would corrupt another
   * cell). `x >>> 0 !== x` is true for anything but a whole number in [0, 2^32): one cheap branch.
   */
  protected checkTransition(t: Transition<number>): void {
    const s = t.observation;
    const a = t.action;
    const s2 = t.nextObservation;
    const nS = this.nStates;
    if (s >>> 0 === s && s < nS && s2 >>> 0 === s2 && s2 < nS && a >>> 0 === a && a < this.nActions) return;
    if (s >>> 0 !== s || s >= nS) this.outOfRange('state', s, nS);
    if (a >>> 0 !== a || a >= this.nActions) this.outOfRange('action', a, this.nActions);
    this.outOfRange('next state', s2, nS);
  }

  /** Count a transition in the provenance and move the ε schedule on at an episode's end. */
  protected count(t: Transition<number>): void {
    const p = this.provenance;
    p.stepsTrained++;
    if (t.terminated || t.truncated) {
      p.episodesTrained++;
      this.dropCommitment();
      if (this.scheduled) this.eps = this.epsilonFor(p.episodesTrained);
    }
  }

  private epsilonFor(k: number): number {
    return scheduledEpsilon(this.config.epsilonSchedule, this.live.epsilon, k);
  }

  /**
   * Internal, for the fused kernel (src/train/fused) only: what `act` and `learn` keep between
   * steps (the generator, whose state the kernel steps in locals, and the committed next action).
   */
  kernelState(): { rng: Rng; committedAction: number; committedState: number } {
    return { rng: this.rng, committedAction: this.committedAction, committedState: this.committedState };
  }

  /** Internal, for the fused kernel: take back ε and the committed action after a chunk of steps. */
  setKernelState(eps: number, committedAction: number, committedState: number): void {
    this.eps = eps;
    this.committedAction = committedAction;
    this.committedState = committedState;
  }

  /** Called after a live param was accepted (an algorithm that caches one reacts here). */
  protected paramChanged(_name: string): void {}

  /** Refuse an env whose spaces do not match the table (checked when a run starts). */
  assertFits(env: Env<unknown, number>): void {
    const obs = env.observationSpace;
    const act = env.actionSpace;
    if (!(obs instanceof Discrete) || !(act instanceof Discrete)) {
      const agent = this.kind;
      throw new IncompatibleAgentError(
        obs instanceof Discrete ? 'agent-needs-discrete-actions' : 'agent-needs-discrete-observations',
        { agent, env: env.spec.id, space: obs instanceof Discrete ? `${act}` : `${obs}` },
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

  /** argmax_a Q(s, a) over the legal actions, ties broken by the lowest index (a well-defined rollout). */
  greedyAction(s: number, mask?: ActionMask): number {
    const q = this.q;
    const n = this.nActions;
    const base = s * n;
    let best = -1;
    let bestQ = Number.NEGATIVE_INFINITY;
    for (let a = 0; a < n; a++) {
      if (mask !== undefined && mask[a] !== 1) continue;
      if (best < 0 || q[base + a] > bestQ) {
        bestQ = q[base + a];
        best = a;
      }
    }
    if (best < 0) this.noLegalAction();
    return best;
  }

  /** max_a Q(s, a) over the legal actions. */
  maxQ(s: number, mask?: ActionMask): number {
    return maxOf(this.q, s * this.nActions, this.nActions, mask);
  }

  /** Argmax with ties broken uniformly at random; draws from the generator only when there is a tie. */
  protected greedyRandomTie(s: number, mask?: ActionMask): number {
    const a = argmaxRandomTie(this.q, s * this.nActions, this.nActions, this.rng, mask);
    if (a < 0) this.noLegalAction();
    return a;
  }

  abstract learn(t: Transition<number>): void;

  toJSON(): SavedAgent {
    return {
      format: 'rl-playground-agent',
      version: 1,
      kind: this.kind,
      config: structuredClone(this.config) as Record<string, unknown>,
      params: { ...this.params } as Record<string, unknown>,
      state: { q: Array.from(this.q), rng: this.rng.state(), ...this.extraState() },
      provenance: structuredClone(this.provenance),
    };
  }

  /** Extra state a subclass must carry across a save (the committed next action by default). */
  protected extraState(): Record<string, unknown> {
    return this.committedAction === NONE
      ? {}
      : { committedAction: this.committedAction, committedState: this.committedState };
  }

  /** Restore `extraState()`; throw an `AgentFormatError` (via `parseWith(…, what, ['state'])`) on bad input. */
  protected restoreExtraState(state: Record<string, unknown>, _what: string): void {
    const a = state.committedAction;
    const s = state.committedState;
    if (Number.isInteger(a) && Number.isInteger(s) && (a as number) >= 0 && (s as number) >= 0) {
      if ((a as number) < this.nActions && (s as number) < this.nStates)
        this.commit(s as number, a as number);
    }
  }

  /** Build an agent with `make` from saved JSON; throws `AgentFormatError` and builds nothing on bad input. */
  protected static load<A extends TabularAgent<X>, X extends object>(
    make: (config: TabularOptions<X>) => A,
    kind: TabularAgentKind,
    extra: TabularExtra<X>,
    json: unknown,
  ): A {
    const saved = parseSavedAgent(json, kind);
    const what = `saved ${kind} agent`;
    const config = parseWith(tabularConfigSchema, saved.config, what, ['config']);
    const own = parseWith(extra.schema, saved.config, what, ['config']);
    const params = parseWith(tabularParamsSchema, saved.params, what, ['params']);
    const ownParams = parseWith(extra.schema, saved.params, what, ['params']);
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
    const agent = make({ ...config, ...own } as TabularOptions<X>);
    agent.q.set(state.q);
    Object.assign(agent.params, params, ownParams);
    agent.rng = Rng.fromState(saved.state.rng);
    Object.assign(agent.provenance, structuredClone(saved.provenance));
    agent.eps = agent.epsilonFor(agent.provenance.episodesTrained);
    agent.restoreExtraState(saved.state, what);
    return agent;
  }
}

/** max over `q[base … base + n)` of the legal entries. */
export function maxOf(q: Float64Array, base: number, n: number, mask?: ActionMask): number {
  if (mask === undefined) {
    if (n === 4) {
      // The grid maze's four actions, unrolled: the loop's bound checks cost more than the compares.
      return Math.max(q[base], q[base + 1], q[base + 2], q[base + 3]);
    }
    let m = q[base];
    for (let a = 1; a < n; a++) if (q[base + a] > m) m = q[base + a];
    return m;
  }
  let m = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < n; a++) if (mask[a] === 1 && q[base + a] > m) m = q[base + a];
  return m;
}

/**
 * argmax over `q[base … base + n)` of the legal entries, ties broken uniformly at random with `rng`
 * (drawn only when there is a tie); −1 when no action is legal.
 */
export function argmaxRandomTie(
  q: Float64Array,
  base: number,
  n: number,
  rng: Rng,
  mask: ActionMask | undefined,
): number {
  let best = -1;
  let bestQ = Number.NEGATIVE_INFINITY;
  let ties = 0;
  for (let a = 0; a < n; a++) {
    if (mask !== undefined && mask[a] !== 1) continue;
    const v = q[base + a];
    if (best < 0 || v > bestQ) {
      bestQ = v;
      best = a;
      ties = 1;
    } else if (v === bestQ) {
      ties++;
    }
  }
  if (ties <= 1) return best;
  let k = rng.int(ties);
  for (let a = best; a < n; a++) {
    if ((mask === undefined || mask[a] === 1) && q[base + a] === bestQ && k-- === 0) return a;
  }
  return best;
}

/** The fields of `o` named in `keys` that are not undefined. */
function defined(o: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}
