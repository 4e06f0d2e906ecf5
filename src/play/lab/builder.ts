/**
 * The Lab's "build your own" form as data, and the spec it makes: an env (a maze layout for the
 * grid maze), one or more agents with the same ε, α, γ, a grid over one or two of their
 * hyper-parameters, runs, episodes, seed and the metric. The spec is then checked and planned like
 * any other (the error names the spec field).
 */
import { agentOptionNames } from '../../agents/make-agent.ts';
import type { AgentKind } from '../../agents/types.ts';
import type { CurveMetric, ExperimentSpecInput, SummaryMetric } from '../../train/experiment/spec.ts';
import { LabError } from './errors.ts';

export interface BuilderForm {
  name: string;
  env: string;
  /** GridMaze-v0 only: a preset layout name. */
  layout: string;
  agents: AgentKind[];
  epsilon: number;
  alpha: number;
  gamma: number;
  /** '' for none. */
  param1: string;
  values1: string;
  param2: string;
  values2: string;
  runs: number;
  episodes: number;
  seed: number;
  metric: Exclude<CurveMetric, 'cumulative-reward' | 'action-share'>;
}

export const BUILDER_DEFAULTS: BuilderForm = {
  name: 'my experiment',
  env: 'GridMaze-v0',
  layout: 'cliff-book',
  agents: ['sarsa', 'q-learning'],
  epsilon: 0.1,
  alpha: 0.5,
  gamma: 1,
  param1: 'alpha',
  values1: '0.1, 0.5',
  param2: '',
  values2: '',
  runs: 10,
  episodes: 100,
  seed: 0,
  metric: 'return',
};

/** The hyper-parameters a grid may sweep (the ones the form sets for every agent). */
export const GRID_PARAMS = ['alpha', 'epsilon', 'gamma'] as const;

/** "0.1, 0.2 0.5" → [0.1, 0.2, 0.5]; throws `LabError('lab-form-invalid')` naming the field. */
export function parseValues(field: string, text: string): number[] {
  const parts = text.split(/[\s,;]+/).filter((s) => s !== '');
  const values = parts.map(Number);
  if (parts.length === 0 || values.some((v) => !Number.isFinite(v))) {
    throw new LabError('lab-form-invalid', { field, value: text }, `${field}: not a list of numbers`);
  }
  return values;
}

export function specFromForm(f: BuilderForm): ExperimentSpecInput {
  const grid: Record<string, number[]> = {};
  if (f.param1 !== '') grid[f.param1] = parseValues('values1', f.values1);
  if (f.param2 !== '' && f.param2 !== f.param1) grid[f.param2] = parseValues('values2', f.values2);
  const envOptions: Record<string, unknown> = f.env === 'GridMaze-v0' ? { layout: f.layout } : {};
  const agents = f.agents.map((kind) => {
    const known = agentOptionNames(kind);
    const options: Record<string, number> = {};
    for (const [k, v] of [
      ['epsilon', f.epsilon],
      ['alpha', f.alpha],
      ['gamma', f.gamma],
    ] as const) {
      if (known.includes(k) && !Object.hasOwn(grid, k)) options[k] = v;
    }
    const own = Object.fromEntries(Object.entries(grid).filter(([k]) => known.includes(k)));
    return Object.keys(own).length > 0 ? { kind, options, grid: own } : { kind, options };
  });
  const summary: SummaryMetric = f.metric;
  return {
    name: f.name,
    env: { id: f.env, options: envOptions },
    agents,
    runs: f.runs,
    episodes: f.episodes,
    seed: f.seed,
    metrics: [f.metric],
    summary: { metric: summary },
  };
}
