/**
 * "Compare over N seeds": a scene's current settings (condition A) against the same with one
 * hyper-parameter changed (condition B), as an experiment spec: one agent, a grid over that
 * parameter with A's value and B's, N runs of E episodes, the chosen metric's curve and its per-run
 * summary (the mean over all of a run's episodes), from which the verdict is drawn (verdict.ts).
 */
import { agentOptionNames } from '../../agents/make-agent.ts';
import type { AgentKind } from '../../agents/types.ts';
import type { EnvSpec } from '../../envs/types.ts';
import type { JumpSettings } from '../../state/jump-settings.ts';
import { BATCH_MAX } from '../../state/jump-settings.ts';
import { type MazeSettings, N_STEPS_MAX, PLANNING_STEPS_MAX } from '../../state/maze-settings.ts';
import type { ExperimentSpecInput } from '../../train/experiment/spec.ts';
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
  /** The metrics offered, the default first. */
  metrics: CompareMetric[];
  /** The experiment seed (the scene's seed). */
  seed: number;
}

/** What the user chose for condition B and the experiment's size. */
export interface CompareChoice {
  param: CompareParam;
  /** B's value of `param`. */
  value: number;
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
  const options = ownOptions(s.agentKind, agentOptions(s) as Record<string, unknown>);
  const metrics: CompareMetric[] = s.stepReward !== 0 ? ['return', 'steps'] : ['steps', 'return'];
  return {
    scene: 'maze',
    env: { id: 'GridMaze-v0', options: { layout: maze.preset ?? maze.rows.slice(), ...maze.rewards } },
    kind: s.agentKind,
    options,
    params: offered(options),
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
  const kind: AgentKind = actorCritic ? 'actor-critic' : 'reinforce';
  const all: Record<string, unknown> = actorCritic
    ? { learningRate: s.learningRate, gamma: s.gamma, valueLearningRate: s.criticLearningRate }
    : {
        learningRate: s.learningRate,
        gamma: s.gamma,
        batchEpisodes: s.batchEpisodes,
        baseline: s.baseline,
        valueLearningRate: s.valueLearningRate,
      };
  const options = ownOptions(kind, all);
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
    metrics: ['success', 'return'],
    seed: s.seed,
  };
}

/** Why a choice cannot run, or null: B must be another value of an offered parameter, in range. */
export function choiceProblem(
  base: CompareBase,
  c: CompareChoice,
): 'param' | 'value-range' | 'value-same' | 'runs' | 'episodes' | null {
  const param = base.params.find((p) => p.key === c.param);
  if (param === undefined) return 'param';
  const r = PARAM_RANGES[c.param];
  if (
    !Number.isFinite(c.value) ||
    c.value < r.min ||
    c.value > r.max ||
    (r.integer && !Number.isInteger(c.value))
  )
    return 'value-range';
  if (c.value === param.value) return 'value-same';
  if (!Number.isInteger(c.runs) || c.runs < 2 || c.runs > RUNS_MAX) return 'runs';
  if (!Number.isInteger(c.episodes) || c.episodes < 1 || c.episodes > EPISODES_MAX) return 'episodes';
  return null;
}

/** The experiment: condition 0 is A (the current value), condition 1 is B. */
export function compareSpec(base: CompareBase, c: CompareChoice): ExperimentSpecInput {
  const a = base.params.find((p) => p.key === c.param)?.value;
  if (a === undefined) throw new Error(`compare: ${c.param} is not offered for ${base.kind}`);
  const { [c.param]: _, ...options } = base.options;
  return {
    name: `${base.scene}: ${c.param} ${a} vs ${c.value}`,
    env: { id: base.env.id, options: structuredClone(base.env.options) },
    agents: [{ kind: base.kind, options, grid: { [c.param]: [a, c.value] } }],
    runs: c.runs,
    episodes: c.episodes,
    seed: base.seed,
    metrics: [c.metric],
    summary: { metric: c.metric },
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
