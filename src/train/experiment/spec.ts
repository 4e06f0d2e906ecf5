/**
 * An experiment: one env, one or more agent configurations (each possibly a grid over one or two
 * hyper-parameters), a number of runs (seeds) and a budget per run, and what to measure. A spec is
 * plain JSON, so it travels in a link, a file, a worker message and a results file unchanged.
 *
 * `parseExperimentSpec` checks the shape and the caps with zod and throws an `ExperimentError`
 * naming the field; `planExperiment` (plan.ts) then checks that the env and each agent can be built.
 */
import { z } from 'zod';
import { AGENT_KINDS } from '../../agents/types.ts';
import { ENV_IDS } from '../../envs/registry.ts';
import { ExperimentError } from './errors.ts';

/** Per-episode (or, with a step budget, per-step) measurements. */
export const CURVE_METRICS = ['return', 'steps', 'success', 'action-share', 'cumulative-reward'] as const;
export type CurveMetric = (typeof CURVE_METRICS)[number];
/** Metrics a per-run summary can average. */
export const SUMMARY_METRICS = ['return', 'steps', 'success', 'action-share'] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

/** Caps, so that a spec from a link or a file cannot ask for more than a page can hold. */
export const EXPERIMENT_LIMITS = {
  runs: 100_000,
  episodes: 1_000_000,
  steps: 10_000_000,
  agents: 12,
  gridParams: 2,
  gridValues: 50,
  conditions: 200,
  /** Curve points kept over all conditions (each point is a mean, an interval and a count). */
  curvePoints: 4_000_000,
  /** Episodes (or steps / 20) over all runs and conditions. */
  work: 2e9,
  labelLength: 80,
} as const;

const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });

const agentSchema = z
  .object({
    /** How the agent is named in charts and files; default: its kind and grid point. */
    label: z.string().min(1).max(EXPERIMENT_LIMITS.labelLength).optional(),
    kind: z.enum(AGENT_KINDS),
    /** `makeAgent` options (ε, α, γ, n, κ, baseline…); `seed` is set per run. */
    options: z.record(z.string(), z.unknown()).default({}),
    /** Hyper-parameter → the values to sweep; the conditions are the Cartesian product. */
    grid: z
      .record(z.string(), z.array(finite).min(1).max(EXPERIMENT_LIMITS.gridValues))
      .refine((g) => Object.keys(g).length <= EXPERIMENT_LIMITS.gridParams, {
        message: `at most ${EXPERIMENT_LIMITS.gridParams} hyper-parameters`,
      })
      .optional(),
  })
  .strict();

export const experimentSpecSchema = z
  .object({
    version: z.literal(1).default(1),
    /** A title for charts and saved results. */
    name: z.string().max(EXPERIMENT_LIMITS.labelLength).default(''),
    env: z
      .object({
        id: z.enum(ENV_IDS as [string, ...string[]]),
        options: z.record(z.string(), z.unknown()).default({}),
      })
      .strict(),
    agents: z.array(agentSchema).min(1).max(EXPERIMENT_LIMITS.agents),
    runs: z.number().int().min(1).max(EXPERIMENT_LIMITS.runs),
    /** Episodes per run; give this or `steps`. */
    episodes: z.number().int().min(1).max(EXPERIMENT_LIMITS.episodes).optional(),
    /** Env steps per run (curves are then per step); give this or `episodes`. */
    steps: z.number().int().min(1).max(EXPERIMENT_LIMITS.steps).optional(),
    /** Run k's seed is derived from this and k (seeds.ts). */
    seed: z.union([z.number().int(), z.string().max(100)]).default(0),
    metrics: z.array(z.enum(CURVE_METRICS)).min(1).max(CURVE_METRICS.length).default(['return']),
    /** For 'action-share': the share of decisions in `state` that chose `action`. */
    actionShare: z
      .object({ state: z.number().int().min(0), action: z.number().int().min(0) })
      .strict()
      .optional(),
    /**
     * A number per run: the mean of `metric` over the first `firstEpisodes` episodes, or over the
     * last `lastEpisodes` (what a run ends at), or over all of them.
     */
    summary: z
      .object({
        metric: z.enum(SUMMARY_METRICS),
        firstEpisodes: z.number().int().min(1).optional(),
        lastEpisodes: z.number().int().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Keep per-episode curves (default true); sweeps over long runs keep only the summaries. */
    curves: z.boolean().default(true),
  })
  .strict();

export type ExperimentSpec = z.output<typeof experimentSpecSchema>;
export type ExperimentSpecInput = z.input<typeof experimentSpecSchema>;
export type AgentSpec = ExperimentSpec['agents'][number];

/** `agents[0].grid.alpha` for a zod path. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** Check a spec's shape and caps; throws `ExperimentError` ('experiment-spec-invalid') naming the field. */
export function parseExperimentSpec(input: unknown): ExperimentSpec {
  const parsed = experimentSpecSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = fieldName(issue.path);
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field, issue: issue.message },
      `experiment spec: ${field || '(top level)'}: ${issue.message}`,
    );
  }
  const spec = parsed.data;
  const budgets = (spec.episodes === undefined ? 0 : 1) + (spec.steps === undefined ? 0 : 1);
  if (budgets !== 1) {
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field: 'episodes', issue: 'give exactly one of episodes and steps' },
      'experiment spec: episodes: give exactly one of episodes and steps',
    );
  }
  if (spec.metrics.includes('action-share') && spec.actionShare === undefined) {
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field: 'actionShare', issue: "the 'action-share' metric needs actionShare: { state, action }" },
      "experiment spec: actionShare: the 'action-share' metric needs actionShare: { state, action }",
    );
  }
  if (spec.summary?.metric === 'action-share' && spec.actionShare === undefined) {
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field: 'actionShare', issue: "the 'action-share' summary needs actionShare: { state, action }" },
      "experiment spec: actionShare: the 'action-share' summary needs actionShare: { state, action }",
    );
  }
  if (spec.steps !== undefined && spec.metrics.some((m) => m !== 'cumulative-reward')) {
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field: 'metrics', issue: "a step budget measures only 'cumulative-reward'" },
      "experiment spec: metrics: a step budget measures only 'cumulative-reward'",
    );
  }
  if (spec.episodes !== undefined && spec.metrics.includes('cumulative-reward')) {
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field: 'metrics', issue: "'cumulative-reward' is measured per step: give steps, not episodes" },
      "experiment spec: metrics: 'cumulative-reward' is measured per step: give steps, not episodes",
    );
  }
  if (spec.summary !== undefined && spec.steps !== undefined) {
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field: 'summary', issue: 'a summary averages episodes: give episodes, not steps' },
      'experiment spec: summary: a summary averages episodes: give episodes, not steps',
    );
  }
  if (spec.summary?.firstEpisodes !== undefined && spec.summary.lastEpisodes !== undefined) {
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field: 'summary.lastEpisodes', issue: 'give firstEpisodes or lastEpisodes, not both' },
      'experiment spec: summary.lastEpisodes: give firstEpisodes or lastEpisodes, not both',
    );
  }
  for (const key of ['firstEpisodes', 'lastEpisodes'] as const) {
    const n = spec.summary?.[key];
    if (n !== undefined && spec.episodes !== undefined && n > spec.episodes) {
      throw new ExperimentError(
        'experiment-spec-invalid',
        { field: `summary.${key}`, issue: `is more than the ${spec.episodes} episodes per run` },
        `experiment spec: summary.${key}: ${n} is more than the ${spec.episodes} episodes per run`,
      );
    }
  }
  if (!spec.curves && spec.summary === undefined) {
    throw new ExperimentError(
      'experiment-spec-invalid',
      { field: 'curves', issue: 'without curves, give a summary to measure' },
      'experiment spec: curves: without curves, give a summary to measure',
    );
  }
  return spec;
}
