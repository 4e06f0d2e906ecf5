/**
 * "Compare over N seeds": a scene's current settings (condition A) against the same with one
 * hyper-parameter changed (condition B), as an experiment spec: one agent, a grid over that
 * parameter with A's value and B's, N runs of E episodes, the chosen metric's curve and its per-run
 * summary (the mean over all of a run's episodes), from which the verdict is drawn (verdict.ts).
 */
import { agentOptionNames } from '../../agents/make-agent.ts';
import type { AgentKind } from '../../agents/types.ts';
import type { EnvSpec } from '../../envs/types.ts';
import { BATCH_MAX, JUMP_LEARNERS, type JumpLearner, type JumpSettings } from '../../state/jump-settings.ts';
import {
  MAZE_AGENT_KINDS,
  type MazeSettings,
  N_STEPS_MAX,
  PLANNING_STEPS_MAX,
} from '../../state/maze-settings.ts';
import type { ExperimentSpecInput } from '../../train/experiment/spec.ts';
import { mainLearner } from '../jump/learners.ts';
import { agentOptions } from '../maze/agent-settings.ts';
import { mazeSpecOf } from '../maze/source.ts';

export const COMPARE_METRICS = ['return', 'steps', 'success'] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];

/** The hyper-parameters a comparison can change (each scene offers those its agent has). */
export const COMPARE_PARAMS = [
  'epsilon',
  'alpha',
  'gamma',
  'initialQ',
  'nSteps',
  'lambda',
  'planningSteps',
  'kappa',
  'learningRate',
  'valueLearningRate',
  'batchEpisodes',
] as const;
export type CompareParam = (typeof COMPARE_PARAMS)[number];

/** Settings that are a choice, not a number: the maze's algorithm, the jump scene's learner. */
export const COMPARE_ALTERNATIVES = ['agentKind', 'learner'] as const;
export type CompareAlternative = (typeof COMPARE_ALTERNATIVES)[number];
export type CompareKey = CompareParam | CompareAlternative;

/** One choice of an alternative: the agent it makes, with the scene's settings as options. */
export interface AgentChoice {
  value: string;
  kind: AgentKind;
  options: Record<string, unknown>;
}

export function isAlternative(key: CompareKey): key is CompareAlternative {
  return (COMPARE_ALTERNATIVES as readonly string[]).includes(key);
}

export interface ParamRange {
  min: number;
  max: number;
  integer: boolean;
}

/** What a value of each parameter may be (the settings' own ranges). */
export const PARAM_RANGES: Record<CompareParam, ParamRange> = {
  epsilon: { min: 0, max: 1, integer: false },
  alpha: { min: 0, max: 1, integer: false },
  gamma: { min: 0, max: 1, integer: false },
  initialQ: { min: -1000, max: 1000, integer: false },
  nSteps: { min: 1, max: N_STEPS_MAX, integer: true },
  lambda: { min: 0, max: 1, integer: false },
  planningSteps: { min: 0, max: PLANNING_STEPS_MAX, integer: true },
  kappa: { min: 0, max: 1, integer: false },
  learningRate: { min: 0, max: 1e6, integer: false },
  valueLearningRate: { min: 0, max: 1e6, integer: false },
  batchEpisodes: { min: 1, max: BATCH_MAX, integer: true },
};

/** Condition A: the scene's env, its agent and the parameters a comparison may change. */
export interface CompareBase {
  scene: 'maze' | 'jump';
  env: { id: string; options: Record<string, unknown> };
  kind: AgentKind;
  /** `makeAgent` options (no seed: each run sets its own). */
  options: Record<string, unknown>;
  /** The parameters offered, with A's value of each, in the order shown. */
  params: { key: CompareParam; value: number }[];
  /** The agent choices B may make instead (another algorithm, another learner), with A's. */
  alternatives: { key: CompareAlternative; current: string; list: AgentChoice[] };
  /** The metrics offered, the default first. */
  metrics: CompareMetric[];
  /** The experiment seed (the scene's seed). */
  seed: number;
}

/** What the user chose for condition B and the experiment's size. */
export interface CompareChoice {
  param: CompareKey;
  /** B's value of `param` (a number), or with an alternative the value of B's choice. */
  value: number | string;
  runs: number;
  episodes: number;
  metric: CompareMetric;
}

export const DEFAULT_RUNS = 20;
export const RUNS_MAX = 1000;
export const EPISODES_MAX = 100_000;

/** Keep only the options `kind` takes (the experiment refuses any other), and no seed. */
function ownOptions(kind: AgentKind, all: Record<string, unknown>): Record<string, unknown> {
  const known = agentOptionNames(kind);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'seed' && known.includes(k)));
}

function offered(options: Record<string, unknown>): CompareBase['params'] {
  return COMPARE_PARAMS.filter((k) => typeof options[k] === 'number').map((key) => ({
    key,
    value: options[key] as number,
  }));
}

/**
 * The maze's condition A: the maze the settings describe (layout, rewards; the env's own step
 * limit) and the agent they make. Steps per episode come first: with the default rewards every
 * finished episode returns the same 1, and the steps show how fast the agent learned the way.
 */
export function mazeCompareBase(s: MazeSettings): CompareBase {
  const maze = mazeSpecOf(s);
  const all = agentOptions(s) as Record<string, unknown>;
  const options = ownOptions(s.agentKind, all);
  const metrics: CompareMetric[] = s.stepReward !== 0 ? ['return', 'steps'] : ['steps', 'return'];
  return {
    scene: 'maze',
    env: { id: 'GridMaze-v0', options: { layout: maze.preset ?? maze.rows.slice(), ...maze.rewards } },
    kind: s.agentKind,
    options,
    params: offered(options),
    alternatives: {
      key: 'agentKind',
      current: s.agentKind,
      list: MAZE_AGENT_KINDS.map((kind) => ({ value: kind, kind, options: ownOptions(kind, all) })),
    },
    metrics,
    seed: s.seed,
  };
}

/**
 * The jump scene's condition A: the env the main lane runs (`envSpec`, with its time limit) and the
 * main lane's learner (REINFORCE with its baseline, or the actor–critic with its critic's α_w).
 * Success (cleared the hole) first: it is what the posts ask about.
 */
export function jumpCompareBase(s: JumpSettings, envSpec: EnvSpec): CompareBase {
  const actorCritic = s.agent === 'actor-critic';
  const current = mainLearner(s);
  const { kind, options } = learnerChoice(s, current);
  let params = offered(options);
  // REINFORCE reads its α_w only with the learned baseline: changing it otherwise changes nothing.
  if (!actorCritic && s.baseline !== 'learned') params = params.filter((p) => p.key !== 'valueLearningRate');
  return {
    scene: 'jump',
    env: {
      id: envSpec.id,
      options: { ...(envSpec.options as Record<string, unknown>), maxEpisodeSteps: envSpec.maxEpisodeSteps },
    },
    kind,
    options,
    params,
    alternatives: { key: 'learner', current, list: JUMP_LEARNERS.map((l) => learnerChoice(s, l)) },
    metrics: ['success', 'return'],
    seed: s.seed,
  };
}

/** A jump learner as an agent: REINFORCE with that baseline, or the actor–critic with its critic's α_w. */
function learnerChoice(s: JumpSettings, learner: JumpLearner): AgentChoice {
  if (learner === 'actor-critic') {
    return {
      value: learner,
      kind: 'actor-critic',
      options: { learningRate: s.learningRate, gamma: s.gamma, valueLearningRate: s.criticLearningRate },
    };
  }
  return {
    value: learner,
    kind: 'reinforce',
    options: {
      learningRate: s.learningRate,
      gamma: s.gamma,
      batchEpisodes: s.batchEpisodes,
      baseline: learner,
      valueLearningRate: s.valueLearningRate,
    },
  };
}

/** Why a choice cannot run, or null: B must be another value of an offered parameter, in range. */
export function choiceProblem(
  base: CompareBase,
  c: CompareChoice,
): 'param' | 'value-range' | 'value-same' | 'runs' | 'episodes' | null {
  const size = () => {
    if (!Number.isInteger(c.runs) || c.runs < 2 || c.runs > RUNS_MAX) return 'runs';
    if (!Number.isInteger(c.episodes) || c.episodes < 1 || c.episodes > EPISODES_MAX) return 'episodes';
    return null;
  };
  if (isAlternative(c.param)) {
    if (c.param !== base.alternatives.key) return 'param';
    if (!base.alternatives.list.some((a) => a.value === c.value)) return 'value-range';
    if (c.value === base.alternatives.current) return 'value-same';
    return size();
  }
  const param = base.params.find((p) => p.key === c.param);
  if (param === undefined) return 'param';
  const r = PARAM_RANGES[c.param];
  const v = c.value;
  if (
    typeof v !== 'number' ||
    !Number.isFinite(v) ||
    v < r.min ||
    v > r.max ||
    (r.integer && !Number.isInteger(v))
  )
    return 'value-range';
  if (v === param.value) return 'value-same';
  return size();
}

/**
 * The experiment: condition 0 is A (the current settings), condition 1 is B. A changed number is a
 * grid over that parameter with A's value and B's (one agent); another algorithm or learner is a
 * second agent, labelled by its choice.
 */
export function compareSpec(base: CompareBase, c: CompareChoice): ExperimentSpecInput {
  const common = {
    env: { id: base.env.id, options: structuredClone(base.env.options) },
    runs: c.runs,
    episodes: c.episodes,
    seed: base.seed,
    metrics: [c.metric],
    summary: { metric: c.metric },
  };
  if (isAlternative(c.param)) {
    const alt = base.alternatives;
    const b = alt.list.find((x) => x.value === c.value);
    if (b === undefined) throw new Error(`compare: ${String(c.value)} is not a choice of ${c.param}`);
    return {
      name: `${base.scene}: ${c.param} ${alt.current} vs ${b.value}`,
      ...common,
      agents: [
        { label: alt.current, kind: base.kind, options: structuredClone(base.options) },
        { label: b.value, kind: b.kind, options: structuredClone(b.options) },
      ],
    };
  }
  const a = base.params.find((p) => p.key === c.param)?.value;
  if (a === undefined || typeof c.value !== 'number')
    throw new Error(`compare: ${c.param} is not offered for ${base.kind}`);
  const { [c.param]: _, ...options } = base.options;
  return {
    name: `${base.scene}: ${c.param} ${a} vs ${c.value}`,
    ...common,
    agents: [{ kind: base.kind, options, grid: { [c.param]: [a, c.value] } }],
  };
}

/** A suggested value for B: something clearly different from A, within range. */
export function suggestedValue(param: CompareParam, a: number): number {
  const r = PARAM_RANGES[param];
  let v: number;
  if (r.integer)
    v = a <= r.min ? a + 1 : Math.max(r.min, Math.round(a * 2) === a ? a + 1 : Math.round(a * 2));
  else if (r.max === 1 && r.min === 0)
    v = a >= 0.5 ? Number((a / 2).toFixed(4)) : Number(Math.min(1, a * 5 || 0.5).toFixed(4));
  else if (param === 'initialQ') v = a === 0 ? 1 : 0;
  else v = a === 0 ? 0.01 : Number((a * 10).toPrecision(3));
  return Math.min(r.max, Math.max(r.min, v));
}

/** Default episodes per run: enough to see learning, few enough to finish in seconds. */
export function defaultEpisodes(scene: CompareBase['scene']): number {
  return scene === 'maze' ? 200 : 500;
}
