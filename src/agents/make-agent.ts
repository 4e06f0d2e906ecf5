/**
 * Build an agent that fits an env, or load a saved one, with a clear refusal for combinations
 * that cannot work (a tabular agent on a continuous observation, a saved Q-table for another maze).
 */
import type { Seed } from '../core/rng.ts';
import { Box, Discrete } from '../envs/spaces.ts';
import type { Env } from '../envs/types.ts';
import { ActorCriticAgent, type ActorCriticConfig } from './actor-critic.ts';
import { DoubleQAgent } from './double-q.ts';
import { DYNA_DEFAULTS, type DynaParams, DynaQAgent } from './dyna-q.ts';
import { AgentRangeError, IncompatibleAgentError } from './errors.ts';
import { ExpectedSarsaAgent } from './expected-sarsa.ts';
import type { FeatureSpec } from './features.ts';
import { LAMBDA_DEFAULTS, type LambdaParams } from './lambda-agent.ts';
import { N_STEP_DEFAULTS, type NStepParams, NStepSarsaAgent } from './n-step-sarsa.ts';
import { QLambdaAgent } from './q-lambda.ts';
import { QLearningAgent } from './q-learning.ts';
import { ReinforceAgent, type ReinforceConfig } from './reinforce.ts';
import { SarsaAgent } from './sarsa.ts';
import { SarsaLambdaAgent } from './sarsa-lambda.ts';
import { AgentFormatError, parseSavedAgent } from './saved-agent.ts';
import type { TabularConfig, TabularOptions } from './tabular.ts';
import {
  AGENT_KINDS,
  AGENT_LABELS,
  type Agent,
  type AgentKind,
  TABULAR_AGENT_KINDS,
  type TabularAgentKind,
} from './types.ts';

export type AnyTabularAgent =
  | QLearningAgent
  | SarsaAgent
  | ExpectedSarsaAgent
  | DoubleQAgent
  | NStepSarsaAgent
  | SarsaLambdaAgent
  | QLambdaAgent
  | DynaQAgent;
export type AnyAgent = AnyTabularAgent | ReinforceAgent | ActorCriticAgent;

export { AGENT_KINDS, AGENT_LABELS, IncompatibleAgentError, TABULAR_AGENT_KINDS };

export type AgentOptions = Partial<Omit<TabularConfig, 'nStates' | 'nActions'>> &
  Partial<LambdaParams & NStepParams & DynaParams> &
  Partial<Omit<ReinforceConfig, 'nActions' | 'obsDim'>> &
  Partial<Omit<ActorCriticConfig, 'nActions' | 'obsDim'>> & { seed?: Seed };

/** How to build and load each tabular kind, and the options of its own beyond ε, α, γ, Q₀, the schedule. */
const TABULAR: {
  [K in TabularAgentKind]: {
    make(config: TabularOptions<object>): AnyTabularAgent;
    load(json: unknown): AnyTabularAgent;
    own: readonly string[];
  };
} = {
  'q-learning': { make: (c) => new QLearningAgent(c), load: (j) => QLearningAgent.fromJSON(j), own: [] },
  sarsa: { make: (c) => new SarsaAgent(c), load: (j) => SarsaAgent.fromJSON(j), own: [] },
  'expected-sarsa': {
    make: (c) => new ExpectedSarsaAgent(c),
    load: (j) => ExpectedSarsaAgent.fromJSON(j),
    own: [],
  },
  'double-q': { make: (c) => new DoubleQAgent(c), load: (j) => DoubleQAgent.fromJSON(j), own: [] },
  'n-step-sarsa': {
    make: (c) => new NStepSarsaAgent(c),
    load: (j) => NStepSarsaAgent.fromJSON(j),
    own: Object.keys(N_STEP_DEFAULTS),
  },
  'sarsa-lambda': {
    make: (c) => new SarsaLambdaAgent(c),
    load: (j) => SarsaLambdaAgent.fromJSON(j),
    own: Object.keys(LAMBDA_DEFAULTS),
  },
  'q-lambda': {
    make: (c) => new QLambdaAgent(c),
    load: (j) => QLambdaAgent.fromJSON(j),
    own: Object.keys(LAMBDA_DEFAULTS),
  },
  'dyna-q': {
    make: (c) => new DynaQAgent(c),
    load: (j) => DynaQAgent.fromJSON(j),
    own: Object.keys(DYNA_DEFAULTS),
  },
};

export function isTabularKind(kind: AgentKind): kind is TabularAgentKind {
  return Object.hasOwn(TABULAR, kind);
}

/**
 * The option names (as `makeAgent` takes them) that `kind` uses. An option outside this list would
 * be ignored: the CLI refuses it, saying which agent it belongs to.
 */
export function agentOptionNames(kind: AgentKind): readonly string[] {
  if (isTabularKind(kind)) return [...TABULAR_KEYS, ...TABULAR[kind].own];
  return kind === 'actor-critic' ? ACTOR_CRITIC_KEYS : REINFORCE_KEYS;
}

/** A fresh agent of `kind` sized for `env`; its provenance records the env. */
export function makeAgent(
  kind: TabularAgentKind,
  env: Env<unknown, number>,
  options?: AgentOptions,
): AnyTabularAgent;
export function makeAgent(kind: AgentKind, env: Env<unknown, number>, options?: AgentOptions): AnyAgent;
export function makeAgent(kind: AgentKind, env: Env<unknown, number>, options: AgentOptions = {}): AnyAgent {
  assertKnownKind(kind);
  assertFits(kind, env);
  const nActions = (env.actionSpace as Discrete).n;
  let agent: AnyAgent;
  if (isTabularKind(kind)) {
    const nStates = (env.observationSpace as Discrete).n;
    const entry = TABULAR[kind];
    agent = entry.make({ ...pick(options, [...TABULAR_KEYS, ...entry.own]), nStates, nActions });
  } else if (kind === 'reinforce' || kind === 'actor-critic') {
    // A Discrete(n) observation gets one-hot features (a number per observation, obsDim 1).
    const obs = env.observationSpace;
    const oneHot: FeatureSpec | null = obs instanceof Discrete ? { kind: 'one-hot', n: obs.n } : null;
    const obsDim = oneHot ? 1 : (obs as Box).shape[0];
    const shape = { nActions, obsDim, ...(oneHot ? { features: oneHot } : {}) };
    agent =
      kind === 'reinforce'
        ? new ReinforceAgent({ ...pick(options, REINFORCE_KEYS), ...shape } as ReinforceConfig)
        : new ActorCriticAgent({ ...pick(options, ACTOR_CRITIC_KEYS), ...shape } as ActorCriticConfig);
  } else {
    throw unknownKind(kind);
  }
  agent.provenance.env = structuredClone(env.spec);
  return agent;
}

/** Rebuild any saved agent (CLI `--in`, browser import). Throws `AgentFormatError` on bad input. */
export function loadAgent(json: unknown): AnyAgent {
  const saved = parseSavedAgent(json);
  if (isTabularKind(saved.kind)) return TABULAR[saved.kind].load(saved);
  if (saved.kind === 'reinforce') return ReinforceAgent.fromJSON(saved);
  if (saved.kind === 'actor-critic') return ActorCriticAgent.fromJSON(saved);
  throw unknownKind(saved.kind);
}

function unknownKind(kind: unknown): AgentRangeError {
  const shown = typeof kind === 'string' ? JSON.stringify(kind) : String(kind);
  return new AgentRangeError(
    'agent-unknown-kind',
    { kind: shown, known: AGENT_KINDS },
    `makeAgent: unknown agent kind ${shown}; known kinds: ${AGENT_KINDS.join(', ')}`,
  );
}

/** Refuse a kind that is not one of `AGENT_KINDS` (own keys only: `toString` is not a kind). */
export function assertKnownKind(kind: unknown): asserts kind is AgentKind {
  if (typeof kind !== 'string' || !Object.hasOwn(AGENT_LABELS, kind)) throw unknownKind(kind);
}

/** Refuse an agent kind that cannot work on this env's spaces, saying why. */
export function assertFits(kind: AgentKind, env: Env<unknown, number>): void {
  assertKnownKind(kind);
  const id = env.spec.id;
  const agent = AGENT_LABELS[kind];
  const values = (space: string) => ({ agent: kind, env: id, space });
  if (!(env.actionSpace instanceof Discrete)) {
    const space = String(env.actionSpace);
    throw new IncompatibleAgentError(
      'agent-needs-discrete-actions',
      values(space),
      `${agent} needs a discrete action space; ${id} has ${space}`,
    );
  }
  if (isTabularKind(kind) && !(env.observationSpace instanceof Discrete)) {
    const space = String(env.observationSpace);
    throw new IncompatibleAgentError(
      'agent-needs-discrete-observations',
      values(space),
      `${agent} is tabular and needs a discrete observation space, but ${id} observes ${space} (continuous). Use the REINFORCE agent there.`,
    );
  }
  const policyGradient = kind === 'reinforce' || kind === 'actor-critic';
  if (policyGradient && !(env.observationSpace instanceof Box || env.observationSpace instanceof Discrete)) {
    const space = String(env.observationSpace);
    throw new IncompatibleAgentError(
      'agent-needs-vector-observations',
      values(space),
      `REINFORCE here is a softmax-linear policy over a vector observation; ${id} observes ${space}. Use Q-learning or SARSA there.`,
    );
  }
}

/**
 * Check that a loaded agent can act in `env` (same kind of spaces and the same sizes). A size
 * mismatch is an `AgentFormatError` (agent-table-mismatch / agent-shape-mismatch): the file does
 * not fit.
 */
export function assertAgentMatchesEnv(agent: AnyAgent, env: Env<unknown, number>): void {
  assertFits(agent.kind, env);
  const id = env.spec.id;
  const nActions = (env.actionSpace as Discrete).n;
  if (agent instanceof ReinforceAgent || agent instanceof ActorCriticAgent) {
    agent.assertFits(env); // one-hot features for a Discrete(n) observation, else a vector of obsDim
    const obsDim = (env.observationSpace as Box).shape[0];
    if (agent.config.obsDim !== obsDim || agent.config.nActions !== nActions) {
      throw new AgentFormatError(
        'agent-shape-mismatch',
        {
          agent: agent.kind,
          env: id,
          obsDim: agent.config.obsDim,
          actions: agent.config.nActions,
          envObsDim: obsDim,
          envActions: nActions,
        },
        `the saved agent expects ${agent.config.obsDim}-dim observations and ${agent.config.nActions} actions; ${id} has ${obsDim} and ${nActions}`,
      );
    }
    return;
  }
  const nStates = (env.observationSpace as Discrete).n;
  if (agent.nStates !== nStates || agent.nActions !== nActions) {
    throw new AgentFormatError(
      'agent-table-mismatch',
      {
        agent: agent.kind,
        env: id,
        states: agent.nStates,
        actions: agent.nActions,
        envStates: nStates,
        envActions: nActions,
      },
      `the saved agent's Q-table is ${agent.nStates} states × ${agent.nActions} actions; ${id} here has ${nStates} × ${nActions} (was it trained on another maze?)`,
    );
  }
}

const TABULAR_KEYS = ['epsilon', 'alpha', 'gamma', 'seed', 'initialQ', 'epsilonSchedule'] as const;
const REINFORCE_KEYS = [
  'learningRate',
  'gamma',
  'batchEpisodes',
  'baseline',
  'seed',
  'initialTheta',
  'features',
  'valueLearningRate',
] as const;
const ACTOR_CRITIC_KEYS = [
  'learningRate',
  'valueLearningRate',
  'gamma',
  'seed',
  'initialTheta',
  'features',
  'criticFeatures',
] as const;

function pick<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as Partial<T>;
}

export type { Agent };
